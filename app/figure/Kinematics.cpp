#include "figure/Kinematics.h"

#include <cmath>

namespace mc {
namespace {

Mat3 bend(const SpineBend& b) { return rotZ(-b.flex) * rotX(-b.side) * rotY(b.twist); }

// A limb's ball joint; s = -1 for the body's left, +1 for its right, so that
// abduction and inward rotation mirror between the sides.
Mat3 ballJoint(float flex, float abduct, float rotate, float s) {
    return rotZ(flex) * rotX(-s * abduct) * rotY(s * rotate);
}

constexpr Vec3 kDown{0.0f, -1.0f, 0.0f};
constexpr Vec3 kUp{0.0f, 1.0f, 0.0f};

void set(PosedBody& body, Joint j, Vec3 p) { body.joints[static_cast<int>(j)] = p; }

struct Side {
    float s;
    Joint shoulder, elbow, wrist, fingertips, hip, knee, ankle, toes;
    BodyPart upperArm, forearm, hand, thigh, shin, foot;
};

const Side kLeft{-1.0f,          Joint::ShoulderL, Joint::ElbowL,     Joint::WristL,
                 Joint::FingertipsL, Joint::HipL,  Joint::KneeL,      Joint::AnkleL,
                 Joint::ToesL,   BodyPart::UpperArmL, BodyPart::ForearmL, BodyPart::HandL,
                 BodyPart::ThighL, BodyPart::ShinL, BodyPart::FootL};
const Side kRight{1.0f,          Joint::ShoulderR, Joint::ElbowR,     Joint::WristR,
                  Joint::FingertipsR, Joint::HipR, Joint::KneeR,      Joint::AnkleR,
                  Joint::ToesR,  BodyPart::UpperArmR, BodyPart::ForearmR, BodyPart::HandR,
                  BodyPart::ThighR, BodyPart::ShinR, BodyPart::FootR};

void poseArm(PosedBody& body, const BodyModel& m, const ArmPose& arm, const Side& side,
             const Mat3& thorax) {
    float s = side.s;
    Vec3 clavicle = normalized(Vec3{0.0f, -m.clavicleDrop, s * m.clavicleLength}) * m.clavicleLength;
    Vec3 shoulder = body.joint(Joint::NeckBase) +
                    thorax * (rotY(s * arm.protract) * rotX(-s * arm.shrug) * clavicle);
    Mat3 upper = thorax * ballJoint(arm.flex, arm.abduct, arm.rotate, s);
    Vec3 elbow = shoulder + upper * (kDown * m.upperArmLength);
    Mat3 fore = upper * rotZ(arm.elbow);
    Vec3 wrist = elbow + fore * (kDown * m.forearmLength);
    Mat3 hand = fore * rotZ(arm.wrist);
    Vec3 tips = wrist + hand * (kDown * m.handLength);
    set(body, side.shoulder, shoulder);
    set(body, side.elbow, elbow);
    set(body, side.wrist, wrist);
    set(body, side.fingertips, tips);
    body.capsules.push_back({side.upperArm, shoulder, elbow, m.upperArmRadiusA, m.upperArmRadiusB});
    body.capsules.push_back({side.forearm, elbow, wrist, m.forearmRadiusA, m.forearmRadiusB});
    body.capsules.push_back({side.hand, wrist, tips, m.handRadiusA, m.handRadiusB});
}

void poseLeg(PosedBody& body, const BodyModel& m, const LegPose& leg, const Side& side,
             const Mat3& pelvis) {
    Vec3 hip = body.joint(side.hip);
    Mat3 thigh = pelvis * ballJoint(leg.flex, leg.abduct, leg.rotate, side.s);
    Vec3 knee = hip + thigh * (kDown * m.thighLength);
    Mat3 shin = thigh * rotZ(-leg.knee);
    Vec3 ankle = knee + shin * (kDown * m.shinLength);
    Mat3 foot = shin * rotZ(leg.ankle);
    Vec3 footRest{std::sqrt(m.footLength * m.footLength - m.footDrop * m.footDrop), -m.footDrop, 0.0f};
    Vec3 toes = ankle + foot * footRest;
    set(body, side.knee, knee);
    set(body, side.ankle, ankle);
    set(body, side.toes, toes);
    body.capsules.push_back({side.thigh, hip, knee, m.thighRadiusA, m.thighRadiusB});
    body.capsules.push_back({side.shin, knee, ankle, m.shinRadiusA, m.shinRadiusB});
    body.capsules.push_back({side.foot, ankle, toes, m.footRadiusA, m.footRadiusB});
}

}  // namespace

void PosedBody::moveBy(Vec3 offset) {
    for (Vec3& j : joints) j = j + offset;
    for (Capsule3& c : capsules) {
        c.a = c.a + offset;
        c.b = c.b + offset;
    }
    headCenter = headCenter + offset;
}

int sideOf(BodyPart part) {
    switch (part) {
        case BodyPart::UpperArmL: case BodyPart::ForearmL: case BodyPart::HandL:
        case BodyPart::ThighL: case BodyPart::ShinL: case BodyPart::FootL:
            return -1;
        case BodyPart::UpperArmR: case BodyPart::ForearmR: case BodyPart::HandR:
        case BodyPart::ThighR: case BodyPart::ShinR: case BodyPart::FootR:
            return 1;
        default:
            return 0;
    }
}

PosedBody poseBody(const BodyModel& m, const BodyPose& pose) {
    PosedBody body;
    const Placement& at = pose.placement;
    Mat3 pelvis = rotY(at.yaw) * rotZ(-at.pitch) * rotX(-at.roll);
    Vec3 root{at.x, m.standingRootHeight(), at.z};
    set(body, Joint::Root, root);
    set(body, Joint::HipL, root + pelvis * Vec3{0.0f, 0.0f, -m.hipHalfWidth});
    set(body, Joint::HipR, root + pelvis * Vec3{0.0f, 0.0f, m.hipHalfWidth});

    Mat3 lumbar = pelvis * bend(pose.lumbar);
    Vec3 lumbarTop = root + lumbar * (kUp * m.lumbarLength);
    Mat3 thorax = lumbar * bend(pose.thoracic);
    Vec3 neckBase = lumbarTop + thorax * (kUp * m.thoracicLength);
    Mat3 neck = thorax * bend(pose.neck);
    Vec3 headBase = neckBase + neck * (kUp * m.neckLength);
    Mat3 head = neck * bend(pose.head);
    Vec3 headCenter = headBase + head * Vec3{m.headCenterForward, m.headCenterUp, 0.0f};
    set(body, Joint::LumbarTop, lumbarTop);
    set(body, Joint::NeckBase, neckBase);
    set(body, Joint::HeadBase, headBase);
    set(body, Joint::HeadCenter, headCenter);

    // In BodyPart order, so the default drawing order is trunk, left arm, right arm, legs.
    body.capsules.reserve(kBodyPartCount);
    body.capsules.push_back({BodyPart::Pelvis, body.joint(Joint::HipL), body.joint(Joint::HipR),
                             m.pelvisRadius, m.pelvisRadius});
    body.capsules.push_back({BodyPart::Lumbar, root, lumbarTop, m.lumbarRadiusA, m.lumbarRadiusB});
    body.capsules.push_back({BodyPart::Thorax, lumbarTop, neckBase, m.thoraxRadiusA, m.thoraxRadiusB});
    body.capsules.push_back({BodyPart::Neck, neckBase, headBase, m.neckRadius, m.neckRadius});
    poseArm(body, m, pose.armL, kLeft, thorax);
    poseArm(body, m, pose.armR, kRight, thorax);
    poseLeg(body, m, pose.legL, kLeft, pelvis);
    poseLeg(body, m, pose.legR, kRight, pelvis);
    if (m.hasBelly()) {
        body.capsules.push_back({BodyPart::Belly, root + lumbar * Vec3{m.bellyA.x, m.bellyA.y, 0.0f},
                                 root + lumbar * Vec3{m.bellyB.x, m.bellyB.y, 0.0f}, m.bellyRadiusA,
                                 m.bellyRadiusB});
    }
    body.headCenter = headCenter;
    body.headRadius = m.headRadius;
    body.headFrame = head;
    body.pelvisFrame = pelvis;
    return body;
}

}  // namespace mc
