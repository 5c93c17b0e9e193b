#include "ui/ScreenMotion.h"

#include <algorithm>
#include <cmath>

#include "core/Timeline.h"
#include "ui/BodyFigureView.h"
#include "ui/BodyView.h"

namespace mc {
namespace {

constexpr Millis kApart{40};  // a frame at the cap: what one step of the motion looks like

float distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

float screenMotionSpeed(const MirrorState& state, const Layout& l, MonoTime now) {
    const SessionEngine* session = state.session();
    const Routine* routine = state.routine();
    if (state.screen() != Screen::Player || !session || !routine || state.howToOpen()) return 0.0f;
    const SessionView v = session->view(now);
    if (v.paused || !v.phase || v.phase->kind != PhaseKind::Work) return 0.0f;
    if (v.phase->item < 0 || v.phase->item >= static_cast<int>(routine->items.size())) return 0.0f;
    const RoutineItem& item = routine->items[static_cast<size_t>(v.phase->item)];
    const Exercise* exercise = state.content().exercise(item.exercise);
    const float seconds = std::chrono::duration<float>(kApart).count();

    // The ring's tip: its circumference over the phase (PlayerScreen's largest ring is
    // 0.3 of the width or 0.3 of the height, whichever is smaller).
    const float radius = std::min(l.width, l.height) * 0.3f;
    const float phase = std::max(1.0f, std::chrono::duration<float>(v.phase->duration).count());
    // The tip is the end of a thick arc that shows progress: steps three times the
    // figure's read as progress, not as jerky motion, so it counts a third as fast.
    const float ring = 2.0f * 3.14159265f * radius / phase / 3.0f;
    if (!exercise) return ring;

    // The figure's box is at most the screen's width by about half its height (portrait)
    // or two thirds of both (landscape): an upper bound, so the rate errs on smoothness.
    const float boxW = l.portrait ? l.width : l.width * 0.66f, boxH = l.height * (l.portrait ? 0.5f : 0.66f);
    const float m0 = movementAt(item.dose, v.inPhase), m1 = movementAt(item.dose, v.inPhase + kApart);
    const bool hold = item.dose.kind == Dose::Kind::Hold;
    if (!exercise->figure.hasBody()) return std::max(ring, std::abs(m1 - m0) * boxH / seconds);
    const bool other = v.phase->side == Side::Right;
    const BodyShape a = bodyFigureAt(exercise->figure, m0, other, hold ? v.inPhase : Millis{0}, routine->body);
    const BodyShape b = bodyFigureAt(exercise->figure, m1, other, hold ? v.inPhase + kApart : Millis{0}, routine->body);
    Extent extent = extentOf(a);
    if (extent.empty()) return ring;
    const float scale = fitInBox(extent, 0, 0, boxW, boxH).scale;
    float most = 0.0f;
    for (size_t i = 0; i < std::min(a.capsules.size(), b.capsules.size()); ++i)
        most = std::max({most, distance(a.capsules[i].a, b.capsules[i].a), distance(a.capsules[i].b, b.capsules[i].b)});
    return std::max(ring, most * scale / seconds);
}

}  // namespace mc
