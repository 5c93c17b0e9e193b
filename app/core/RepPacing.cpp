// Where a movement stands inside a Work phase: which rep and stage for paced
// repetitions, and the 0..1 movement progress the figure is posed from.
#include <algorithm>
#include <array>

#include "core/Timeline.h"

namespace mc {
namespace {

constexpr Millis kHoldEaseMax{2000};

// Starts and stops gently, like a body does.
float smoothstep(float x) {
    x = std::clamp(x, 0.0f, 1.0f);
    return x * x * (3.0f - 2.0f * x);
}

}  // namespace

RepPosition repPositionAt(const Dose& dose, Millis inPhase) {
    RepPosition position;
    position.reps = std::max(1, dose.reps);
    const Millis repLength = dose.tempo.rep();
    if (repLength <= Millis{0}) return position;

    const Millis total = repLength * position.reps;
    const bool pastEnd = inPhase >= total;
    const Millis t = std::clamp(inPhase, Millis{0}, total - Millis{1});
    position.rep = static_cast<int>(t / repLength) + 1;
    Millis inRep = t - repLength * (position.rep - 1);

    const std::array<std::pair<RepPosition::Stage, Millis>, 4> stages{{
        {RepPosition::Stage::Up, dose.tempo.up},
        {RepPosition::Stage::Top, dose.tempo.top},
        {RepPosition::Stage::Down, dose.tempo.down},
        {RepPosition::Stage::Bottom, dose.tempo.bottom},
    }};
    for (const auto& [stage, length] : stages) {
        if (length <= Millis{0}) continue;
        if (inRep < length) {
            position.stage = stage;
            position.stageProgress = pastEnd ? 1.0f : fraction(inRep, length);
            return position;
        }
        inRep -= length;
    }
    return position;  // unreachable: inRep < repLength
}

float movementAt(const Dose& dose, Millis inPhase) {
    if (inPhase <= Millis{0}) return 0.0f;
    if (dose.kind == Dose::Kind::Hold) {
        const Millis ease = std::min(kHoldEaseMax, dose.hold / 4);
        if (ease <= Millis{0}) return 1.0f;
        return smoothstep(fraction(inPhase, ease));
    }
    if (dose.tempo.rep() <= Millis{0}) return 0.0f;
    const RepPosition at = repPositionAt(dose, inPhase);
    switch (at.stage) {
        case RepPosition::Stage::Up: return smoothstep(at.stageProgress);
        case RepPosition::Stage::Top: return 1.0f;
        case RepPosition::Stage::Down: return 1.0f - smoothstep(at.stageProgress);
        case RepPosition::Stage::Bottom: return 0.0f;
    }
    return 0.0f;
}

}  // namespace mc
