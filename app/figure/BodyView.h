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
//   Back:  the body's back to the viewer, as when following a teacher who stands in
//          front of you facing the mirror: its own RIGHT arm is on the viewer's RIGHT,
//          like the front view's. So the back view has exactly the front view's picture
//          x and y with the depth reversed (the near side becomes the far side).
//   ThreeQuarter: halfway between front and side: the body faces right and toward
//          the viewer, its left side near.
//
// In room axes (figure/Vec3.h) a view turns by `yaw` degrees about the vertical,
// front = 0, three-quarter = 45, side = 90, back = 180:
//   picture x = flip (cos(yaw) z + sin(yaw) x),  picture y = y,
//   depth     = sin(yaw) z - cos(yaw) x   (larger = farther from the viewer),
// where flip is -1 for the back view (the right arm stays on the right) and 1 otherwise.
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
    float flip = 1.0f;         // -1: the back view, seen as one follows a teacher's back
    Vec2 point(Vec3 p) const { return {flip * (c * p.z + s * p.x), p.y}; }
    float depth(Vec3 p) const { return s * p.z - c * p.x; }
};
// Exact at multiples of 90 degrees, so the back view is exactly the flipped front.
ViewProjection viewProjection(float viewYawDegrees);
ViewProjection viewProjection(View view);

// Capsules sorted far to near (ties keep BodyPart order); a limb is `far` when it
// lies more than a little behind the trunk where it attaches (the pelvis for legs,
// the base of the neck for arms); trunk pieces are never far. The head's facing is
// the face's direction in the picture; seen straight from the front or back it has
// none and stays (1, 0): towardViewer (+1 or -1) tells those apart.
BodyShape projectBody(const PosedBody& body, View view);
BodyShape projectBody(const PosedBody& body, float viewYawDegrees);
BodyShape projectBody(const PosedBody& body, const ViewProjection& view);

}  // namespace mc
