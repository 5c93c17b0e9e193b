#pragma once
// Draws an exercise's body figure (core/Figure: keyframed poses of the 3D body, a
// view, a body variant and props) at a moment of its movement: the pose interpolated,
// done on the other side when asked, rested on the floor and its supports, projected,
// and fitted into a box at a scale that holds for every keyframe.
#include <optional>
#include <utility>
#include <vector>

#include "core/Figure.h"
#include "core/Time.h"
#include "figure/BodyShape.h"
#include "figure/Grounding.h"
#include "ui/Canvas.h"

namespace mc {

struct FigureFrame;

// The authored pose at movement progress `movement` (0..1), between its keyframes.
BodyPose bodyPoseAt(const Figure& figure, float movement);

// The props as drawn: a mat turned to lie along the body, held ones marked as such; on
// the other side reflected with the body (a bench under the right knee goes under the left).
std::vector<FigureProp> figureProps(const Figure& figure, bool otherSide = false);

// The supports (props marked "support") as the figure model's resting places, in the
// room where the view puts them; a bar marked "support" is a grip the body hangs from.
std::vector<Support> figureSupports(const Figure& figure, bool otherSide = false);

// Where a strap held between a hand and a foot meets them in the picture (the palm,
// the ball of the foot; on the other side the other limb's), and whether that limb is far.
std::pair<Vec2, bool> bodyEndAt(const BodyShape& shape, BodyEnd end, bool otherSide);

// The body of `figure` at movement progress `movement` (0..1), grounded and projected.
BodyShape bodyFigureAt(const Figure& figure, float movement, bool otherSide, Millis breathing = Millis{0},
                       std::optional<BodyVariant> body = std::nullopt);

void drawBodyFigure(Canvas& canvas, const Figure& figure, const FigureFrame& frame, float x, float y, float w, float h,
                    float alpha);

}  // namespace mc
