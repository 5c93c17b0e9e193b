#pragma once
// Seeing a posed body from one side: an orthographic picture, as the person in
// front of the mirror would see THEMSELVES in that pose, that is every view is a
// mirror image (a reflection), so the person copies the figure like a reflection.
//
//   Side:  the body (at yaw 0) faces right in the picture with its own LEFT side
//          toward the viewer (the reflection of a person who turned to their right);
//          its right limbs are far.
//   Front: the body faces the viewer, and its own RIGHT arm is drawn on the viewer's
//          RIGHT (as in a mirror: raise your right arm and the reflection's arm on the
//          right of the picture goes up).
//   Back:  the front view turned around in the same mirror: exactly the front view
//          flipped horizontally (x -> -x) with depth reversed; the body's right arm is
//          on the viewer's left, as when turning one's back to a mirror.
//   ThreeQuarter: halfway between front and side: the body faces right and toward
//          the viewer, its left side near.
//
// In room axes (figure/Vec3.h) a view turns by `yaw` degrees about the vertical,
// front = 0, three-quarter = 45, side = 90, back = 180:
//   picture x = cos(yaw) z + sin(yaw) x,  picture y = y,
//   depth     = sin(yaw) z - cos(yaw) x   (larger = farther from the viewer).
// Heights are kept, so a body grounded in 3D is grounded in every view.
#include "figure/BodyShape.h"
#include "figure/Kinematics.h"

namespace mc {

enum class View { Side, Front, Back, ThreeQuarter };

float viewYaw(View view);  // degrees, as above

// The projection itself, for anything placed in the room with the body (props,
// a hand's dumbbell): the same picture x, y and depth as the body's.
struct ViewProjection {
    float c = 0.0f, s = 1.0f;  // cos and sin of the view's yaw
    Vec2 point(Vec3 p) const { return {c * p.z + s * p.x, p.y}; }
    float depth(Vec3 p) const { return s * p.z - c * p.x; }
};
// Exact at multiples of 90 degrees, so the back view is exactly the flipped front.
ViewProjection viewProjection(float viewYawDegrees);
inline ViewProjection viewProjection(View view) { return viewProjection(viewYaw(view)); }

// Capsules sorted far to near (ties keep BodyPart order); a limb is `far` when it
// lies more than a little behind the trunk where it attaches (the pelvis for legs,
// the base of the neck for arms); trunk pieces are never far. The head's facing is
// the face's direction in the picture; seen straight from the front or back it has
// none and stays (1, 0): towardViewer (+1 or -1) tells those apart.
BodyShape projectBody(const PosedBody& body, View view);
BodyShape projectBody(const PosedBody& body, float viewYawDegrees);

}  // namespace mc
