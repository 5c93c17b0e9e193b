// Authored poses read as what they are: the pose language is enough for the
// back exercises that were unreadable before (cat-cow above all).
#include <gtest/gtest.h>

#include <cmath>

#include "SamplePoses.h"
#include "figure/Grounding.h"

namespace mc {
namespace {

const BodyModel kModel = bodyModel(BodyVariant::Standard);

PosedBody grounded(const BodyPose& pose) {
    PosedBody body = poseBody(kModel, pose);
    groundOn(body);
    return body;
}

TEST(SamplePoses, CatAndCowDifferInSpineCurvatureSeenFromTheSide) {
    float cat = test::spineCurvature(grounded(test::cat()), View::Side);
    float cow = test::spineCurvature(grounded(test::cow()), View::Side);
    EXPECT_GT(cat, 15.0f);   // rounded
    EXPECT_LT(cow, -10.0f);  // sagging
    EXPECT_GT(cat - cow, 30.0f);
}

TEST(SamplePoses, LyingOnTheBackIsFlatOnTheFloorWithTheFaceUp) {
    PosedBody body = grounded(test::lyingOnBack());
    // Buttocks, back and head on the floor (capsules are round: within 1 cm at 1.7 m).
    EXPECT_LT(body.headCenter.y - kModel.headRadius, 0.01f);
    EXPECT_GT(body.headCenter.x, body.joint(Joint::Root).x + 0.3f);  // head toward +x
    EXPECT_NEAR(body.headFrame.cx.y, 1.0f, 1e-5f);                  // looking up
    EXPECT_LT(body.joint(Joint::Root).y - kModel.pelvisRadius, 0.005f);
}

TEST(SamplePoses, OnAllFoursTheKneesHandsAndFeetTouchTheFloor) {
    for (const BodyPose& pose : {test::allFours(), test::cat(), test::cow()}) {
        PosedBody body = grounded(pose);
        for (Joint knee : {Joint::KneeL, Joint::KneeR}) EXPECT_NEAR(body.joint(knee).y, kModel.shinRadiusA, 0.005f);
        for (Joint wrist : {Joint::WristL, Joint::WristR}) EXPECT_NEAR(body.joint(wrist).y, kModel.handRadiusA, 0.005f);
        for (Joint toes : {Joint::ToesL, Joint::ToesR}) EXPECT_NEAR(body.joint(toes).y, kModel.footRadiusB, 0.01f);
        // Hands under the shoulders, knees under the hips: the limbs are vertical.
        EXPECT_NEAR(body.joint(Joint::WristL).x, body.joint(Joint::ShoulderL).x, 1e-4f);
        EXPECT_NEAR(body.joint(Joint::KneeL).x, body.joint(Joint::HipL).x, 1e-4f);
        EXPECT_GT(body.headCenter.x, body.joint(Joint::ShoulderL).x);  // the head ahead
    }
}

TEST(SamplePoses, EverySamplePoseRestsOnTheFloor) {
    for (const BodyPose& pose : {test::standing(), test::lyingOnBack(), test::allFours(), test::cat(), test::cow()}) {
        EXPECT_NEAR(lowestPoint(grounded(pose)), 0.0f, 1e-4f);
    }
}

}  // namespace
}  // namespace mc
