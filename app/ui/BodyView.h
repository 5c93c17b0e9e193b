#pragma once
// Draws a posed, projected body (figure/BodyShape) for the mirror: every piece a
// tapered dark shape inside a bright outline, limbs merged at their joints, the far
// side dimmer, the working parts in the accent colour, a face mark on the head and a
// floor line underneath. Coordinates: body heights, y up, the floor at y = 0.
#include <cfloat>

#include "figure/BodyShape.h"
#include "ui/Canvas.h"

namespace mc {

constexpr unsigned partBit(BodyPart p) { return 1u << static_cast<unsigned>(p); }

struct BodyStyle {
    unsigned lit = 0;     // partBit()s drawn in the accent colour: the working limb
    float alpha = 1.0f;   // below 1: a ghost or preview pose, faded toward black
    float stroke = 0;     // outline width in pixels; 0 = bodyStroke(scale)
    bool floor = true;    // the floor line under the body
};

// A rectangle in body heights (y up); empty until something is added.
struct Extent {
    float minX = FLT_MAX, minY = FLT_MAX, maxX = -FLT_MAX, maxY = -FLT_MAX;
    void add(Vec2 p, float radius = 0.0f);
    void include(const Extent& e);
    bool empty() const { return minX > maxX; }
};

// How far the floor line reaches beyond the body on each side (body heights).
constexpr float kFloorOverhang = 0.08f;

// Everything drawBody() may touch: the outlines with the head's nose, and with `floor`
// the floor line under them.
Extent extentOf(const BodyShape& body, bool floor = true);

// Where body point (0, 0) lands (layout pixels) and pixels per body height.
struct ScreenPlacement {
    ImVec2 origin;
    float scale = 0;
};

// `extent` as large as fits in the box (x, y, w, h), centred, with room for the outline
// width. A moving figure passes the extent of all its frames so it never changes size.
ScreenPlacement fitInBox(const Extent& extent, float x, float y, float w, float h);

// The outline width for a scale: readable at 3 m, never under 2 pixels.
float bodyStroke(float scale);

// Draws `body` with body point (0, 0) at `origin` (layout pixels), `scale` pixels per
// body height. Costs 72 vertices per piece (an anti-aliased outline and fill of 18
// points each), about 1,330 for a whole body with its face, at any size.
void drawBody(Canvas& canvas, const BodyShape& body, const BodyStyle& style, ImVec2 origin, float scale);

// A still body as large as fits in the box (x, y, w, h).
void drawBodyInBox(Canvas& canvas, const BodyShape& body, const BodyStyle& style, float x, float y, float w,
                   float h);

// The floor line from body x `fromX` to `toX`, just under y = 0.
void drawFloor(Canvas& canvas, float fromX, float toX, ImVec2 origin, float scale, float stroke, float alpha);

}  // namespace mc
