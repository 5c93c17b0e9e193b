#pragma once
// Draws a prop (ui/Prop) in the figure's style: dark fill, an outline a little quieter
// than the body's so the person stays the first thing seen, simple side-view
// silhouettes that read at 3 m, seen from the figure's view.
//
// Drawing order is the caller's: the floor, then props under or behind the body (mat,
// chair, bench, wall, far props), then the body, then props in front of it (held ones).
// A body on a mat is drawn with BodyStyle::floor off and drawFloor() called first, so
// the mat covers the floor line and the body covers the mat.
#include "ui/BodyView.h"
#include "figure/BodyView.h"
#include "figure/Prop.h"

namespace mc {

// Everything drawProp() touches, in body heights. Solid props (figure/PropSolid: a
// chair, a bench, a wall, a bar...) are drawn as seen from `view`; the others as they are.
Extent extentOf(const Prop& prop, View view = View::Side);

// Draws `prop` in the placement of a body (see drawBody): body point (0, 0) at `origin`,
// `scale` pixels per body height; `stroke` 0 = bodyStroke(scale). At most about 400
// vertices (a chair, a bench or parallel bars: five or six outlined boxes).
void drawProp(Canvas& canvas, const Prop& prop, ImVec2 origin, float scale, float stroke = 0, float alpha = 1.0f,
              View view = View::Side);

}  // namespace mc
