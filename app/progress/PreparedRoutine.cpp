#include "progress/PreparedRoutine.h"

#include <algorithm>
#include <cmath>

#include "progress/Suitability.h"

namespace mc {
namespace {

Millis scaleHold(Millis hold, double scale) {
    const double seconds = static_cast<double>(hold.count()) / 1000.0 * scale;
    double rounded = seconds >= 30.0 ? std::round(seconds / 5.0) * 5.0 : std::round(seconds);
    Millis result{static_cast<Millis::rep>(rounded * 1000.0)};
    if (scale >= 1.0) return std::max(result, hold);
    return std::max(result, std::min(hold, Millis{5000}));
}

int scaleReps(int reps, double scale) {
    const int result = static_cast<int>(std::lround(reps * scale));
    if (scale >= 1.0) return std::max(result, reps);
    return std::max(result, std::min(reps, 1));
}

// The variant a level asks for, if it exists and suits; "" otherwise.
std::string levelVariant(const ContentPack& pack, const Exercise& exercise, const Profile& profile) {
    const std::string* id = profile.level == Level::Gentle         ? &exercise.easier
                            : profile.level == Level::Intermediate ? &exercise.harder
                                                                   : nullptr;
    if (!id || id->empty()) return "";
    const Exercise* variant = pack.exercise(*id);
    return variant && checkExercise(*variant, profile).suits() ? variant->id : "";
}

}  // namespace

Dose scaleDose(const Dose& dose, double scale) {
    Dose scaled = dose;
    if (scale == 1.0) return scaled;
    if (dose.kind == Dose::Kind::Hold) scaled.hold = scaleHold(dose.hold, scale);
    else scaled.reps = scaleReps(dose.reps, scale);
    return scaled;
}

PreparedRoutine prepareRoutine(const Routine& routine, const ContentPack& pack, const Profile& profile,
                               double doseScale) {
    PreparedRoutine prepared{routine, {}};
    for (std::size_t i = 0; i < prepared.routine.items.size(); ++i) {
        RoutineItem& item = prepared.routine.items[i];
        const Exercise* exercise = pack.exercise(item.exercise);
        if (exercise) {
            std::string to;
            VariantSwap::Why why = VariantSwap::Why::Unsuitable;
            if (!checkExercise(*exercise, profile).suits()) {
                to = suitableStandIn(pack, exercise->id, profile);
            } else if (std::string variant = levelVariant(pack, *exercise, profile); !variant.empty()) {
                to = variant;
                why = profile.level == Level::Gentle ? VariantSwap::Why::Easier : VariantSwap::Why::Harder;
            }
            if (!to.empty() && to != exercise->id) {
                const Exercise* variant = pack.exercise(to);
                if (variant->dose.kind != item.dose.kind) item.dose = variant->dose;
                prepared.swaps.push_back({i, exercise->id, to, why});
                item.exercise = to;
            }
        }
        item.dose = scaleDose(item.dose, doseScale);
    }
    return prepared;
}

}  // namespace mc
