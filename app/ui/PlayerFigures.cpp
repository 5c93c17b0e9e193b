// The figure on the player: live while working, start and end poses while getting ready.
#include <algorithm>

#include "core/FigureAnimation.h"
#include "ui/FigureView.h"
#include "ui/PlayerParts.h"

namespace mc {
namespace {

// The side's working limb in the accent colour. Content says what a side means; an
// exercise that names no limb lights nothing (a whole-body side bend, say).
unsigned litFor(const PlayerScene& s) {
    Side side = s.view.phase->side;
    if (side == Side::None) return 0;
    (void)side;
    return 0;  // TODO(limb): from the exercise's limb
}

FigureFrame baseFrame(const PlayerScene& s) {
    FigureFrame frame;
    frame.dumbbells = s.exercise.uses("dumbbells");
    Side side = s.view.phase->side;
    // A switch leads to the right side: show it as it will be.
    frame.otherSide = side == Side::Right || s.view.phase->kind == PhaseKind::SwitchSides;
    frame.lit = litFor(s);
    return frame;
}

}  // namespace

void drawLiveFigure(Canvas& c, const PlayerScene& s, float x, float y, float w, float h) {
    FigureFrame frame = baseFrame(s);
    if (s.working()) {
        frame.movement = movementAt(s.item.dose, s.view.inPhase);
        if (s.item.dose.kind == Dose::Kind::Hold) frame.breathing = s.view.inPhase;
    }
    drawFigure(c, s.exercise.figure, frame, x, y, w, h);
}

void drawPosePair(Canvas& c, const PlayerScene& s, float x, float y, float w, float h) {
    const Layout& l = c.layout();
    FigureFrame start = baseFrame(s);
    FigureFrame end = start;
    end.movement = 1;
    // A hold's end pose is the pose; its start is how one gets there. Both teach.
    float arrowW = l.gap * 2.5f;
    float each = (w - arrowW) / 2;
    drawFigure(c, s.exercise.figure, start, x, y, each, h);
    drawFigure(c, s.exercise.figure, end, x + each + arrowW, y, each, h);
    // An arrow from the start pose to the end pose.
    float ax = x + each + arrowW * 0.5f, ay = y + h * 0.5f, r = arrowW * 0.28f;
    ImDrawList& dl = c.list();
    dl.AddLine(c.at(ax - r, ay), c.at(ax + r, ay), colors::kQuiet, std::max(3.0f, l.stroke * 0.5f));
    dl.AddTriangleFilled(c.at(ax + r * 1.5f, ay), c.at(ax + r * 0.5f, ay - r * 0.8f), c.at(ax + r * 0.5f, ay + r * 0.8f),
                         colors::kQuiet);
}

}  // namespace mc
