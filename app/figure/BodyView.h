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
// Heights are kept, so a body grounded in 3D is grounded in every view but the top one.
//
//   Top:   seen from the ceiling, for movements on the floor that happen sideways (the
//          banana stretch's crescent): picture x = room x (the body at yaw 0 faces or,
//          lying, has its feet to the right, as in the side view), picture y = -z (the
//          body's own left is up), depth = -y (the floor is farthest). Heights are lost,
//          so the picture shows no floor line; contact is still solved in 3D.
#include "figure/BodyShape.h"
#include "figure/Kinematics.h"

namespace mc {

enum class View { Side, Front, Back, ThreeQuarter, Top };

float viewYaw(View view);  // degrees, as above (the top view: the side view's, 90)
// Whether the picture's y is height above the floor (every view but the top one).
bool showsHeight(View view);

// The projection itself, for anything placed in the room with the body (props,
// a hand's dumbbell): the same picture x, y and depth as the body's.
// The picture's axes in the room: x along `right`, y along `up`, depth along `away`.
struct ViewProjection {
    Vec3 right{1, 0, 0}, up{0, 1, 0}, away{0, 0, 1};  // the side view
    Vec2 point(Vec3 p) const { return {dot(right, p), dot(up, p)}; }
    float depth(Vec3 p) const { return dot(away, p); }
    // The room point on the picture's plane through the origin at picture point q and
    // `depth` (the inverse of point() and depth()): where a prop placed in the picture is.
    Vec3 room(Vec2 q, float depth = 0.0f) const { return right * q.x + up * q.y + away * depth; }
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
