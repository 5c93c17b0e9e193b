// The figure on the player: live while working, start and end poses while getting ready.
#include <algorithm>

#include "core/FigureAnimation.h"
#include "locale/SideLabel.h"
#include "ui/BodyFigureView.h"
#include "ui/FigureView.h"
#include "ui/PlayerParts.h"

namespace mc {
namespace {

// The side's working limb in the accent colour. Content says what a side means; an
// exercise that names no limb lights nothing (a whole-body side bend, say).
unsigned litFor(const PlayerScene& s) {
    Side side = s.view.phase->side;
    if (s.view.phase->kind == PhaseKind::SwitchSides) side = Side::Right;
    if (side == Side::None) return 0;
    bool left = side == Side::Left;
    switch (s.exercise.limb) {
    case Limb::Leg:
    case Limb::Knee:
    case Limb::Foot:
    case Limb::Hip: return legSegments(left);
    case Limb::Arm:
    case Limb::Hand:
    case Limb::Shoulder: return armSegments(left);
    default: return 0;  // a whole side of the trunk: no single limb to light
    }
}

FigureFrame baseFrame(const PlayerScene& s) {
    FigureFrame frame;
    frame.dumbbells = s.exercise.uses("dumbbells");
    Side side = s.view.phase->side;
    // A switch leads to the right side: show it as it will be.
    frame.otherSide = side == Side::Right || s.view.phase->kind == PhaseKind::SwitchSides;
    frame.lit = litFor(s);
    frame.body = s.routine.body;
    return frame;
}

// Getting into position, shown: the previous exercise's last pose (standing before the
// first) moving into this one's start pose; drawn at a progress that reaches the start
// pose half-way through the phase. Only bodies seen from the same view can move from one
// into the other; otherwise (or between sets) the start pose stands still.
Figure gettingIntoPosition(const PlayerScene& s) {
    const Figure& next = s.exercise.figure;
    if (!next.hasBody() || s.view.phase->kind == PhaseKind::SetRest) return next;
    BodyPose from;  // standing
    bool fromRight = false;
    for (int i = s.view.phaseIndex - 1; i >= 0; --i) {
        const Phase& p = s.timeline.phases[static_cast<size_t>(i)];
        if (p.kind != PhaseKind::Work || p.item < 0 || p.item >= static_cast<int>(s.routine.items.size())) continue;
        const Exercise* prev = s.pack.exercise(s.routine.items[static_cast<size_t>(p.item)].exercise);
        if (!prev || !prev->figure.hasBody() || prev->figure.view != next.view) return next;
        // Repetitions end back at the start pose; a hold ends in its pose.
        from = bodyPoseAt(prev->figure, prev->dose.kind == Dose::Kind::Hold ? 1.0f : 0.0f);
        fromRight = p.side == Side::Right;
        break;
    }
    // In the coming side's frame, since the drawing mirrors the whole movement for it.
    bool toRight = s.view.phase->kind == PhaseKind::SwitchSides || s.view.phase->side == Side::Right;
    if (fromRight != toRight) from = mirrored(from);
    Figure moving = next;
    moving.poses = {BodyKeyframe{0.0f, from}, BodyKeyframe{1.0f, bodyPoseAt(next, 0.0f)}};
    return moving;
}

}  // namespace

void drawLiveFigure(Canvas& c, const PlayerScene& s, float x, float y, float w, float h) {
    FigureFrame frame = baseFrame(s);
    if (s.working()) {
        frame.movement = movementAt(s.item.dose, s.view.inPhase);
        if (s.item.dose.kind == Dose::Kind::Hold) frame.breathing = breathingTick(s.view.inPhase);
    }
    drawFigure(c, s.exercise.figure, frame, x, y, w, h);
}

void drawPosePair(Canvas& c, const PlayerScene& s, float x, float y, float w, float h, bool stacked) {
    const Layout& l = c.layout();
    FigureFrame start = baseFrame(s);
    FigureFrame end = start;
    end.movement = 1;
    // A hold's end pose is the pose; its start is how one gets there. Both teach.
    const float arrow = l.gap * 2.5f;
    ImDrawList& dl = c.list();
    const float thick = std::max(3.0f, l.stroke * 0.5f);
    // The start pose is shown being reached, from the pose before it.
    const Figure moving = gettingIntoPosition(s);
    const float phase = static_cast<float>(std::max<int64_t>(1, s.view.phase->duration.count()));
    start.movement = std::min(1.0f, static_cast<float>(s.view.inPhase.count()) / (phase * 0.5f));
    if (stacked) {
        float each = (h - arrow) / 2;
        drawFigure(c, moving, start, x, y, w, each);
        drawFigure(c, s.exercise.figure, end, x, y + each + arrow, w, each);
        float ax = x + w * 0.5f, ay = y + each + arrow * 0.5f, r = arrow * 0.28f;
        dl.AddLine(c.at(ax, ay - r), c.at(ax, ay + r), colors::kQuiet, thick);
        dl.AddTriangleFilled(c.at(ax, ay + r * 1.5f), c.at(ax + r * 0.8f, ay + r * 0.5f), c.at(ax - r * 0.8f, ay + r * 0.5f),
                             colors::kQuiet);
        return;
    }
    float each = (w - arrow) / 2;
    drawFigure(c, moving, start, x, y, each, h);
    drawFigure(c, s.exercise.figure, end, x + each + arrow, y, each, h);
    float ax = x + each + arrow * 0.5f, ay = y + h * 0.5f, r = arrow * 0.28f;
    dl.AddLine(c.at(ax - r, ay), c.at(ax + r, ay), colors::kQuiet, thick);
    dl.AddTriangleFilled(c.at(ax + r * 1.5f, ay), c.at(ax + r * 0.5f, ay - r * 0.8f), c.at(ax + r * 0.5f, ay + r * 0.8f),
                         colors::kQuiet);
}

}  // namespace mc
