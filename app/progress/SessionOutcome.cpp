#include "progress/SessionOutcome.h"

#include <map>

namespace mc {

SessionOutcome sessionOutcomeAt(const Timeline& timeline, Millis position) {
    std::map<int, Millis> lastWorkEnd;  // item -> end of its last Work phase
    for (const Phase& phase : timeline.phases) {
        if (phase.kind != PhaseKind::Work || phase.item < 0) continue;
        Millis& end = lastWorkEnd[phase.item];
        end = std::max(end, phase.end());
    }
    SessionOutcome outcome;
    for (const Phase& phase : timeline.phases)
        if (phase.kind == PhaseKind::Work && position > phase.start)
            outcome.workTime += std::min(position, phase.end()) - phase.start;
    outcome.totalItems = static_cast<int>(lastWorkEnd.size());
    for (const auto& [item, end] : lastWorkEnd) {
        if (position >= end) ++outcome.completedItems;
    }
    return outcome;
}

}  // namespace mc
