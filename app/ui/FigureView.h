#pragma once
// Draws an exercise's stick figure with thick anti-aliased strokes, scaled to a box.
#include <optional>

#include "core/Content.h"
#include "core/FigureAnimation.h"
#include "ui/Canvas.h"

namespace mc {

struct FigureFrame {
    float movement = 0;  // 0..1, from movementAt()
    Millis breathing{0};  // time into a hold, for the breathing motion; 0 = none
    // The second side of a sided exercise: the left and right limbs trade places and
    // the body keeps facing the same way, so a side change never reads as "turn around".
    bool otherSide = false;
    bool dumbbells = false;  // draw a dumbbell in each hand
    // Segments drawn in the accent colour: the limb being worked (bit = Segment index).
    unsigned lit = 0;
    // A body figure drawn with this body instead of the figure's own (a routine's choice).
    std::optional<BodyVariant> body;
};

// A hold's breathing moves only on whole seconds, when the timer's digits change
// anyway: one breath in six steps, each a few pixels, so a hold costs a frame a second.
inline Millis breathingTick(Millis inPhase) { return Millis{inPhase.count() / 1000 * 1000}; }

// The bits of FigureFrame::lit for a side's leg or arm.
unsigned legSegments(bool left);
unsigned armSegments(bool left);

// Draws the figure of `exercise` inside the box (x, y, w, h). The scale comes from
// every keyframe's extent, so the figure never jumps in size while it moves.
void drawFigure(Canvas& canvas, const Figure& figure, const FigureFrame& frame, float x, float y, float w, float h,
                float alpha = 1.0f);

}  // namespace mc
