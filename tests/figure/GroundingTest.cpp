// Contact from the pose: on the floor or a support, never below, always touching.
#include <gtest/gtest.h>

#include <algorithm>

#include "SamplePoses.h"
#include "figure/Grounding.h"

namespace mc {
namespace {

TEST(Grounding, AnyPoseRestsOnTheFloorInEveryView) {
    test::RandomPoses random;
    for (BodyVariant variant : {BodyVariant::Standard, BodyVariant::Pregnant}) {
        BodyModel model = bodyModel(variant);
        for (int i = 0; i < 1000; ++i) {
            PosedBody body = poseBody(model, random.next());
            groundOn(body);
            EXPECT_NEAR(lowestPoint(body), 0.0f, 1e-4f);
            for (const Capsule3& c : body.capsules) {
                EXPECT_GE(c.a.y - c.ra, -1e-4f);
                EXPECT_GE(c.b.y - c.rb, -1e-4f);
            }
            for (View view : {View::Side, View::Front, View::Back, View::ThreeQuarter}) {
                BodyShape shape = projectBody(body, view);
                EXPECT_NEAR(shape.minY, 0.0f, 1e-4f);
                EXPECT_NEAR(lowestPoint(shape), 0.0f, 1e-4f);
            }
        }
    }
}

TEST(Grounding, AShapeRestsOnASupportHeight) {
    test::RandomPoses random;
    BodyModel model = bodyModel(BodyVariant::Standard);
    for (int i = 0; i < 1000; ++i) {
        BodyShape shape = projectBody(poseBody(model, random.next()), View::ThreeQuarter);
        groundOn(shape, 0.45f);
        EXPECT_NEAR(lowestPoint(shape), 0.45f, 1e-4f);
        EXPECT_EQ(shape.minY, 0.45f);
        EXPECT_GE(shape.head.center.y - shape.head.radius, 0.45f - 1e-4f);
    }
}

// Clearance above whatever is under a point, sampled like Grounding does not:
// densely, so the test does not share the implementation's sampling.
float lowestClearance(const PosedBody& body, const Support& bench) {
    float low = 1e9f;
    for (const Capsule3& c : body.capsules) {
        for (int i = 0; i <= 100; ++i) {
            float t = i / 100.0f;
            Vec3 p = c.a + (c.b - c.a) * t;
            float r = c.ra + (c.rb - c.ra) * t;
            bool over = p.x >= bench.xMin && p.x <= bench.xMax && p.z >= bench.zMin && p.z <= bench.zMax;
            low = std::min(low, p.y - r - (over ? bench.height : 0.0f));
        }
    }
    return low;
}

TEST(Grounding, LyingOnABenchRestsOnItsTop) {
    BodyModel model = bodyModel(BodyVariant::Standard);
    PosedBody body = poseBody(model, test::lyingOnBack());
    // A bench under the trunk (the head is toward +x), the legs off its end.
    Support bench{0.45f, -0.05f, 0.6f, -0.15f, 0.15f};
    Support supports[] = {bench};
    groundOn(body, supports);
    EXPECT_NEAR(body.joint(Joint::Root).y - model.pelvisRadius, 0.45f, 0.01f);
    EXPECT_GE(lowestClearance(body, bench), -1e-4f);
    EXPECT_LT(lowestClearance(body, bench), 0.01f);
}

TEST(Grounding, SittingOnAChairKeepsTheFeetOnTheFloorWhenTheSeatIsLow) {
    BodyModel model = bodyModel(BodyVariant::Standard);
    BodyPose sit;
    sit.legL.flex = sit.legR.flex = 90.0f;
    sit.legL.knee = sit.legR.knee = 90.0f;
    sit.armL.flex = sit.armR.flex = 90.0f;  // reaching forward, clear of the seat
    PosedBody body = poseBody(model, sit);
    // A seat lower than the knee height: the feet carry the body, the seat does not touch.
    Support seat{0.2f, -0.2f, 0.2f, -0.25f, 0.25f};
    Support supports[] = {seat};
    groundOn(body, supports);
    EXPECT_NEAR(lowestPoint(body), 0.0f, 1e-4f);
    EXPECT_NEAR(body.joint(Joint::AnkleL).y, model.footRadiusA, 1e-4f);  // flat on the floor
    EXPECT_GT(body.joint(Joint::Root).y - model.pelvisRadius, 0.2f);
    // A seat at knee height carries the pelvis and the feet hang just above the floor.
    Support high{0.33f, -0.2f, 0.2f, -0.25f, 0.25f};
    Support highSupports[] = {high};
    body = poseBody(model, sit);
    groundOn(body, highSupports);
    EXPECT_GE(lowestClearance(body, high), -1e-4f);
    EXPECT_NEAR(body.joint(Joint::Root).y - model.pelvisRadius, 0.33f, 0.02f);
}

}  // namespace
}  // namespace mc
