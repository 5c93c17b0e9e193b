#pragma once
// Forward kinematics: a BodyModel in a BodyPose gives the 3D joints and the 3D
// capsules of the body in the room (axes in figure/Vec3.h). The root starts at
// standing height; Grounding then moves the body onto the floor or a support.
#include <array>
#include <vector>

#include "figure/BodyModel.h"
#include "figure/BodyPose.h"
#include "figure/Vec3.h"

namespace mc {

enum class Joint {
    Root,  // middle of the pelvis
    HipL, HipR,
    LumbarTop, NeckBase, HeadBase, HeadCenter,
    ShoulderL, ElbowL, WristL, FingertipsL,
    ShoulderR, ElbowR, WristR, FingertipsR,
    KneeL, AnkleL, ToesL,
    KneeR, AnkleR, ToesR,
    Count
};
constexpr int kJointCount = static_cast<int>(Joint::Count);

struct Capsule3 {
    BodyPart part = BodyPart::Pelvis;
    Vec3 a, b;
    float ra = 0.0f, rb = 0.0f;
};

struct PosedBody {
    std::array<Vec3, kJointCount> joints{};
    std::vector<Capsule3> capsules;  // every BodyPart but the Head, in BodyPart order
    Vec3 headCenter;
    float headRadius = 0.0f;
    Mat3 headFrame;    // columns: where the face points, the head's up, its right
    Mat3 pelvisFrame;  // the same for the pelvis (the body's placement in the room)

    Vec3 joint(Joint j) const { return joints[static_cast<int>(j)]; }
    void moveBy(Vec3 offset);  // every point, e.g. to put the body on the floor
};

PosedBody poseBody(const BodyModel& model, const BodyPose& pose);

// Which side of the body a part belongs to: -1 left, +1 right, 0 the trunk and head.
int sideOf(BodyPart part);

}  // namespace mc
