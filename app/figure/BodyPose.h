#pragma once
// A body's pose as an author writes it: joint angles in degrees with anatomical
// names, plus where the body is in the room. All zeros is standing upright,
// facing +x (to the right in the side view), arms hanging, feet flat.
//
// Signs (for a body in its own frame: forward, up, its own left/right):
//   flex    + bends forward (spine, neck: rounding; head: chin down), - extends (arches)
//   side    + bends toward the body's own left
//   twist   + turns the upper piece toward the body's own left
//   shoulder flex + lifts the arm forward (90 = pointing ahead, 180 = overhead),
//            abduct + lifts it out to its own side, rotate + turns it inward
//            (a forearm bent at 90 swings across the belly)
//   shrug   + lifts the shoulder, protract + moves it forward (rounds the shoulders)
//   elbow   + bends (forearm forward/up from hanging), wrist + bends the hand the same way
//   hip flex + lifts the thigh forward, abduct + out to its own side, rotate + inward
//   knee    + bends (the shin swings back), ankle + pulls the toes up, - points them
//   placement: x, z where the root (middle of the pelvis) is above the floor; yaw +
//            turns the whole body to its left (counter-clockwise seen from above);
//            pitch + tips it forward (90 = face down, head toward the facing; -90 =
//            on the back, head away from it); roll + tips it toward its left
//            (90 = lying on the left side). Applied in that order: yaw, pitch, roll.
// The body's height above the floor is not part of the pose: Grounding puts it on
// the floor or on a support.
#include <span>
#include <string_view>

namespace mc {

struct Placement {
    float x = 0.0f, z = 0.0f;                 // body heights, room floor plane
    float yaw = 0.0f, pitch = 0.0f, roll = 0.0f;  // degrees
};

// One piece of the spine (lumbar, thoracic, neck) or the head, relative to the piece below.
struct SpineBend {
    float flex = 0.0f, side = 0.0f, twist = 0.0f;
};

struct ArmPose {
    float shrug = 0.0f, protract = 0.0f;  // shoulder girdle
    float flex = 0.0f, abduct = 0.0f, rotate = 0.0f;  // shoulder joint, relative to the thorax
    float elbow = 0.0f, wrist = 0.0f;
};

struct LegPose {
    float flex = 0.0f, abduct = 0.0f, rotate = 0.0f;  // hip, relative to the pelvis
    float knee = 0.0f, ankle = 0.0f;
};

struct BodyPose {
    Placement placement;  // the pelvis in the room
    SpineBend lumbar, thoracic, neck, head;
    ArmPose armL, armR;  // the body's own left and right
    LegPose legL, legR;
};

// Every number of a pose by a stable name ("placement.yaw", "lumbar.flex",
// "armR.shrug", "legL.knee"), for content parsing, validation and interpolation.
struct PoseField {
    std::string_view name;
    float& (*of)(BodyPose&);
};
std::span<const PoseField> poseFields();
const PoseField* findPoseField(std::string_view name);  // nullptr if unknown

// The pose at `progress` (0 = from, 1 = to; clamped to that range) of a movement:
// every number is interpolated linearly as written, with no wrap-around (a yaw from
// 0 to 350 turns almost a full circle; write -10 for the short way). Endpoints are exact.
BodyPose interpolate(const BodyPose& from, const BodyPose& to, float progress);

// The same pose done on the other side (for exercises done left then right): the
// body reflected through the room's x-y plane (z -> -z), so left and right limbs
// swap, side bends, twists, yaw and roll change sign, and z is negated.
BodyPose mirrored(const BodyPose& pose);

}  // namespace mc
