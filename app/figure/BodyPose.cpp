#include "figure/BodyPose.h"

#include <array>

namespace mc {
namespace {

#define MC_FIELD(path) PoseField{#path, [](BodyPose& p) -> float& { return p.path; }}
#define MC_SPINE(piece) MC_FIELD(piece.flex), MC_FIELD(piece.side), MC_FIELD(piece.twist)
#define MC_ARM(arm)                                                                       \
    MC_FIELD(arm.shrug), MC_FIELD(arm.protract), MC_FIELD(arm.flex), MC_FIELD(arm.abduct), \
        MC_FIELD(arm.rotate), MC_FIELD(arm.elbow), MC_FIELD(arm.wrist)
#define MC_LEG(leg) \
    MC_FIELD(leg.flex), MC_FIELD(leg.abduct), MC_FIELD(leg.rotate), MC_FIELD(leg.knee), MC_FIELD(leg.ankle)

// The one list of a pose's numbers; a field added to BodyPose must be added here
// (tests/figure checks the count against the struct's size).
const std::array kFields{
    MC_FIELD(placement.x), MC_FIELD(placement.z),     MC_FIELD(placement.yaw),
    MC_FIELD(placement.pitch), MC_FIELD(placement.roll), MC_SPINE(lumbar),
    MC_SPINE(thoracic),    MC_SPINE(neck),            MC_SPINE(head),
    MC_ARM(armL),          MC_ARM(armR),              MC_LEG(legL),
    MC_LEG(legR),
};

#undef MC_LEG
#undef MC_ARM
#undef MC_SPINE
#undef MC_FIELD

static_assert(kFields.size() * sizeof(float) == sizeof(BodyPose), "every pose number has a name");

}  // namespace

std::span<const PoseField> poseFields() { return kFields; }

const PoseField* findPoseField(std::string_view name) {
    for (const PoseField& field : kFields) {
        if (field.name == name) return &field;
    }
    return nullptr;
}

BodyPose interpolate(const BodyPose& from, const BodyPose& to, float progress) {
    if (progress <= 0.0f) return from;
    if (progress >= 1.0f) return to;
    BodyPose out = from;
    BodyPose a = from, b = to;
    for (const PoseField& field : kFields) {
        float va = field.of(a), vb = field.of(b);
        field.of(out) = va + (vb - va) * progress;
    }
    return out;
}

BodyPose mirrored(const BodyPose& pose) {
    BodyPose out = pose;
    out.placement.z = -pose.placement.z;
    out.placement.yaw = -pose.placement.yaw;
    out.placement.roll = -pose.placement.roll;
    for (SpineBend* bend : {&out.lumbar, &out.thoracic, &out.neck, &out.head}) {
        bend->side = -bend->side;
        bend->twist = -bend->twist;
    }
    // Abduction and rotation are measured outward and inward on each side, so the
    // limbs swap unchanged.
    out.armL = pose.armR;
    out.armR = pose.armL;
    out.legL = pose.legR;
    out.legR = pose.legL;
    return out;
}

}  // namespace mc
