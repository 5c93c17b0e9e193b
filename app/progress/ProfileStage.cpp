#include "progress/ProfileStage.h"

#include <algorithm>

namespace mc {

Profile profileAt(Profile p, std::int64_t stageSetUtc, std::int64_t nowUtc) {
    const std::int64_t weeks = std::max<std::int64_t>(0, nowUtc - stageSetUtc) / kWeekSeconds;
    if (p.situation == Situation::Pregnancy && p.trimester > 0)
        p.trimester = static_cast<int>(std::min<std::int64_t>(3, p.trimester + weeks / kWeeksPerTrimester));
    if (p.situation == Situation::Postpartum)
        p.weeksSinceBirth = static_cast<int>(std::min<std::int64_t>(1000, p.weeksSinceBirth + weeks));
    return p;
}

}  // namespace mc
