#pragma once
// Draws an exercise's body figure (core/Figure: keyframed poses of the 3D body, a
// view, a body variant and props) at a moment of its movement: the pose interpolated,
// done on the other side when asked, rested on the floor and its supports, projected,
// and fitted into a box at a scale that holds for every keyframe.
#include <optional>

#include "core/Figure.h"
#include "core/Time.h"
#include "figure/BodyShape.h"
#include "figure/Grounding.h"
#include "ui/Canvas.h"

namespace mc {

struct FigureFrame;

// The authored pose at movement progress `movement` (0..1), between its keyframes.
BodyPose bodyPoseAt(const Figure& figure, float movement);

// The supports (props marked "support") as the figure model's resting places.
std::vector<Support> figureSupports(const Figure& figure);

// The body of `figure` at movement progress `movement` (0..1), grounded and projected.
BodyShape bodyFigureAt(const Figure& figure, float movement, bool otherSide, Millis breathing = Millis{0},
                       std::optional<BodyVariant> body = std::nullopt);

void drawBodyFigure(Canvas& canvas, const Figure& figure, const FigureFrame& frame, float x, float y, float w, float h,
                    float alpha);

}  // namespace mc
