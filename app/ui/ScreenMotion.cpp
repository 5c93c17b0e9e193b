#include "ui/ScreenMotion.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/Timeline.h"
#include "ui/BodyFigureView.h"
#include "ui/BodyView.h"

namespace mc {
namespace {

constexpr Millis kApart{40};  // a frame at the cap: what one step of the motion looks like

float distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The routine item being worked on in `v` on the player, or null (another screen or phase).
const RoutineItem* workedItem(const MirrorState& state, const SessionView& v) {
    const Routine* routine = state.routine();
    if (state.screen() != Screen::Player || !routine || !v.phase || v.phase->kind != PhaseKind::Work) return nullptr;
    if (v.phase->item < 0 || v.phase->item >= static_cast<int>(routine->items.size())) return nullptr;
    return &routine->items[static_cast<size_t>(v.phase->item)];
}

}  // namespace

float largestMove(const BodyShape& a, const BodyShape& b) {
    float most = distance(a.head.center, b.head.center);
    // The k-th piece of a part in `a` is the k-th of that part in `b` (a spine has several).
    std::vector<bool> used(b.capsules.size(), false);
    for (const Capsule& from : a.capsules) {
        for (size_t i = 0; i < b.capsules.size(); ++i) {
            if (used[i] || b.capsules[i].part != from.part) continue;
            used[i] = true;
            most = std::max({most, distance(from.a, b.capsules[i].a), distance(from.b, b.capsules[i].b)});
            break;
        }
    }
    return most;
}

float screenMotionSpeed(const MirrorState& state, const Layout& l, MonoTime now) {
    const SessionEngine* session = state.session();
    if (!session || state.howToOpen()) return 0.0f;
    const SessionView v = session->view(now);
    const RoutineItem* worked = v.paused ? nullptr : workedItem(state, v);
    if (!worked) return 0.0f;
    const RoutineItem& item = *worked;
    const Routine* routine = state.routine();
    // Only the figure moves between seconds: the timer ring steps with the digits.
    const Exercise* exercise = state.content().exercise(item.exercise);
    if (!exercise) return 0.0f;
    const float seconds = std::chrono::duration<float>(kApart).count();

    // The figure's box is at most the screen's width by about half its height (portrait)
    // or two thirds of both (landscape): an upper bound, so the rate errs on smoothness.
    const float boxW = l.portrait ? l.width : l.width * 0.66f, boxH = l.height * (l.portrait ? 0.5f : 0.66f);
    const float m0 = movementAt(item.dose, v.inPhase), m1 = movementAt(item.dose, v.inPhase + kApart);
    if (!exercise->figure.hasBody()) return std::abs(m1 - m0) * boxH / seconds;
    const bool other = v.phase->side == Side::Right;
    // A hold's breathing is left out: it steps on whole seconds (breathingTick), with the digits.
    const BodyShape a = bodyFigureAt(exercise->figure, m0, other, Millis{0}, routine->body);
    const BodyShape b = bodyFigureAt(exercise->figure, m1, other, Millis{0}, routine->body);
    Extent extent = extentOf(a);
    if (extent.empty()) return 0.0f;
    const float scale = fitInBox(extent, 0, 0, boxW, boxH).scale;
    return largestMove(a, b) * scale / seconds;
}

bool stillUntilPhaseEnds(const MirrorState& state, MonoTime now) {
    const SessionEngine* session = state.session();
    if (!session) return false;
    const SessionView v = session->view(now);
    const RoutineItem* item = workedItem(state, v);
    return item && item->dose.kind == Dose::Kind::Hold && movementAt(item->dose, v.inPhase) >= 1.0f;
}

}  // namespace mc
