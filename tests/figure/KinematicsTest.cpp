// Forward kinematics: rigid pieces, the zero pose standing, the spine bending.
#include <gtest/gtest.h>

#include <cmath>

#include "SamplePoses.h"
#include "figure/Grounding.h"
#include "figure/Kinematics.h"

namespace mc {
namespace {

float expectedLength(const BodyModel& m, BodyPart part) {
    switch (part) {
        case BodyPart::Pelvis: return 2.0f * m.hipHalfWidth;
        case BodyPart::Lumbar: return m.lumbarLength;
        case BodyPart::Thorax: return m.thoracicLength;
        case BodyPart::Neck: return m.neckLength;
        case BodyPart::UpperArmL: case BodyPart::UpperArmR: return m.upperArmLength;
        case BodyPart::ForearmL: case BodyPart::ForearmR: return m.forearmLength;
        case BodyPart::HandL: case BodyPart::HandR: return m.handLength;
        case BodyPart::ThighL: case BodyPart::ThighR: return m.thighLength;
        case BodyPart::ShinL: case BodyPart::ShinR: return m.shinLength;
        case BodyPart::FootL: case BodyPart::FootR: return m.footLength;
        case BodyPart::Belly: {
            float dx = m.bellyB.x - m.bellyA.x, dy = m.bellyB.y - m.bellyA.y;
            return std::sqrt(dx * dx + dy * dy);
        }
        default: return -1.0f;
    }
}

TEST(Kinematics, PiecesKeepTheirLengthInEveryPose) {
    test::RandomPoses random;
    for (BodyVariant variant : {BodyVariant::Standard, BodyVariant::Pregnant}) {
        BodyModel model = bodyModel(variant);
        for (int i = 0; i < 500; ++i) {
            PosedBody body = poseBody(model, random.next());
            for (const Capsule3& c : body.capsules) {
                EXPECT_NEAR(length(c.b - c.a), expectedLength(model, c.part), 1e-4f)
                    << "part " << static_cast<int>(c.part) << " pose " << i;
            }
            EXPECT_NEAR(length(body.joint(Joint::HeadCenter) - body.joint(Joint::HeadBase)),
                        std::hypot(model.headCenterUp, model.headCenterForward), 1e-4f);
        }
    }
}

TEST(Kinematics, SideViewShowsTrueLengthsOfMovementsInTheSideViewPlane) {
    test::RandomPoses random;
    BodyModel model = bodyModel(BodyVariant::Standard);
    for (int i = 0; i < 500; ++i) {
        PosedBody body = poseBody(model, random.next(/*sagittalOnly=*/true));
        BodyShape side = projectBody(body, View::Side);
        for (const Capsule& c : side.capsules) {
            if (c.part == BodyPart::Pelvis) continue;  // it points at the viewer
            EXPECT_NEAR(std::hypot(c.b.x - c.a.x, c.b.y - c.a.y), expectedLength(model, c.part), 1e-4f)
                << "part " << static_cast<int>(c.part);
        }
    }
}

TEST(Kinematics, TheZeroPoseStandsUprightOnFlatFeetFacingRight) {
    BodyModel model = bodyModel(BodyVariant::Standard);
    PosedBody body = poseBody(model, BodyPose{});
    EXPECT_NEAR(lowestPoint(body), 0.0f, 1e-4f);  // already on the floor
    for (Joint toes : {Joint::ToesL, Joint::ToesR}) {
        EXPECT_NEAR(body.joint(toes).y, model.footRadiusB, 1e-4f);  // the toes touch too
        EXPECT_GT(body.joint(toes).x, body.joint(Joint::Root).x + 0.1f);  // the feet point forward
    }
    EXPECT_NEAR(body.headCenter.y + body.headRadius, 1.0f, 0.01f);  // one body height tall
    // Upright: head, neck and hips on one vertical line; hands hang beside the hips.
    EXPECT_NEAR(body.joint(Joint::NeckBase).x, body.joint(Joint::Root).x, 1e-5f);
    EXPECT_NEAR(body.joint(Joint::NeckBase).z, body.joint(Joint::Root).z, 1e-5f);
    EXPECT_LT(body.joint(Joint::FingertipsL).y, body.joint(Joint::Root).y);
    EXPECT_LT(body.joint(Joint::FingertipsL).z, body.joint(Joint::HipL).z);  // left is -z
    EXPECT_GT(body.joint(Joint::FingertipsR).z, body.joint(Joint::HipR).z);
    EXPECT_NEAR(body.headFrame.cx.x, 1.0f, 1e-5f);  // the face looks along +x
}

TEST(Kinematics, MoreSpineFlexionCurvesTheSpineMore) {
    BodyModel model = bodyModel(BodyVariant::Standard);
    float previous = -1000.0f;
    for (float flex = -40.0f; flex <= 60.0f; flex += 5.0f) {
        BodyPose pose;
        pose.lumbar.flex = flex;
        pose.thoracic.flex = flex;
        float curvature = test::spineCurvature(poseBody(model, pose), View::Side);
        EXPECT_GT(curvature, previous + 4.0f) << flex;
        EXPECT_NEAR(curvature, flex, 1e-2f);  // the thoracic bend, seen true from the side
        previous = curvature;
    }
}

TEST(Kinematics, ThePregnantBodyHasABellyInFrontAndTheStandardOneNone) {
    for (BodyVariant variant : {BodyVariant::Standard, BodyVariant::Pregnant}) {
        BodyModel model = bodyModel(variant);
        PosedBody body = poseBody(model, BodyPose{});
        int bellies = 0;
        for (const Capsule3& c : body.capsules) {
            if (c.part != BodyPart::Belly) continue;
            ++bellies;
            // It stands out at least 0.08 body heights in front of the waist ...
            float front = std::max(c.a.x + c.ra, c.b.x + c.rb);
            EXPECT_GT(front, body.joint(Joint::Root).x + model.lumbarRadiusA + 0.08f);
            // ... between the hips and the chest.
            EXPECT_GT(std::min(c.a.y, c.b.y), body.joint(Joint::Root).y);
            EXPECT_LT(std::max(c.a.y, c.b.y), body.joint(Joint::LumbarTop).y + 0.05f);
        }
        EXPECT_EQ(bellies, variant == BodyVariant::Pregnant ? 1 : 0);
    }
}

TEST(Kinematics, ShruggingLiftsTheShouldersAndProtractingMovesThemForward) {
    BodyModel model = bodyModel(BodyVariant::Standard);
    PosedBody rest = poseBody(model, BodyPose{});
    BodyPose shrug;
    shrug.armL.shrug = shrug.armR.shrug = 25.0f;
    shrug.armL.protract = shrug.armR.protract = 20.0f;
    PosedBody up = poseBody(model, shrug);
    for (Joint s : {Joint::ShoulderL, Joint::ShoulderR}) {
        EXPECT_GT(up.joint(s).y - rest.joint(s).y, 0.04f);
        EXPECT_GT(up.joint(s).x - rest.joint(s).x, 0.03f);
    }
}

}  // namespace
}  // namespace mc
