// Hanging from a bar, resting on what is really under the body, and the view from the
// ceiling (issue 14's gaps): a dead hang holds the bar with its palms and no foot
// touches the floor; a bench holds only what is over it; the top view shows the floor
// plane with the body's left side up.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "SamplePoses.h"
#include "figure/BodyPicture.h"
#include "figure/Grounding.h"
#include "figure/PropSolid.h"

namespace mc {
namespace {

const BodyModel kModel = bodyModel(BodyVariant::Standard);

BodyPose deadHang() {
    BodyPose p;
    p.armL.flex = p.armR.flex = 180;  // arms straight overhead
    p.armL.abduct = p.armR.abduct = 12;
    return p;
}

Support grip(float height) {
    Support s{height, -10, 10, -10, 10};
    s.grip = true;
    return s;
}

float lowestFoot(const PosedBody& body) {
    float low = 10;
    for (const Capsule3& c : body.capsules)
        if (c.part == BodyPart::FootL || c.part == BodyPart::FootR)
            low = std::min({low, c.a.y - c.ra, c.b.y - c.rb});
    return low;
}

TEST(Hanging, TheBodyHangsWithItsHigherPalmOnTheBarAndItsFeetOffTheFloor) {
    PosedBody body = poseBody(kModel, deadHang());
    Support bar[] = {grip(1.3f)};
    groundOn(body, bar);
    EXPECT_NEAR(std::max(palm(body, -1).y, palm(body, 1).y), 1.3f, 1e-4f);
    EXPECT_NEAR(palm(body, -1).y, palm(body, 1).y, 1e-4f);  // both hands on it
    EXPECT_GT(lowestFoot(body), 0.05f);                     // 8 cm and more above the floor
    EXPECT_GT(lowestPoint(body), 0.05f);
    // Wherever the bar is, the body follows it: no floating, no sinking.
    Support higher[] = {grip(1.5f)};
    PosedBody again = poseBody(kModel, deadHang());
    groundOn(again, higher);
    EXPECT_NEAR(lowestFoot(again) - lowestFoot(body), 0.2f, 1e-4f);
}

TEST(Hanging, ABarLowerThanTheReachLeavesTheBodyStandingOnTheFloor) {
    PosedBody body = poseBody(kModel, deadHang());
    Support bar[] = {grip(0.9f)};
    groundOn(body, bar);
    EXPECT_NEAR(lowestPoint(body), 0.0f, 1e-4f);  // standing, the bar at the forearms
    EXPECT_GT(palm(body, 1).y, 0.9f);
}

TEST(Hanging, AChinUpBringsTheHeadOverTheBar) {
    BodyPose up;  // elbows bent down by the sides, hands by the shoulders
    up.armL.flex = up.armR.flex = 40;
    up.armL.abduct = up.armR.abduct = 60;
    up.armL.elbow = up.armR.elbow = 140;
    PosedBody body = poseBody(kModel, up);
    Support bar[] = {grip(1.3f)};
    groundOn(body, bar);
    EXPECT_GT(body.headCenter.y, 1.3f);
    EXPECT_GT(lowestFoot(body), 0.2f);
}

TEST(Supports, ABenchHoldsOnlyWhatIsOverIt) {
    // A bench behind the picture's plane (on the body's right) under the right knee.
    Prop bench{PropKind::Bench, {0.1f, 0}, {}, 0.8f};
    bench.depth = 0.12f;
    auto top = supportOf(bench, viewProjection(View::Side));
    ASSERT_TRUE(top.has_value());
    EXPECT_NEAR(top->height, 0.26f, 1e-4f);
    EXPECT_NEAR(top->xMin, -0.3f, 1e-4f);
    EXPECT_NEAR(top->xMax, 0.5f, 1e-4f);
    EXPECT_NEAR(top->zMin, 0.035f, 1e-4f);
    EXPECT_NEAR(top->zMax, 0.205f, 1e-4f);
    // The same bench from the front: the picture's x is the room's z.
    Prop front = bench;
    front.depth = 0;
    auto seen = supportOf(front, viewProjection(View::Front));
    ASSERT_TRUE(seen.has_value());
    // Unturned its length runs away from the viewer; turned, across the picture.
    EXPECT_NEAR(seen->zMin, 0.1f - 0.085f, 1e-4f);
    EXPECT_NEAR(seen->xMax - seen->xMin, 0.8f, 1e-4f);
    Prop along = front;
    along.yaw = 90;
    seen = supportOf(along, viewProjection(View::Front));
    EXPECT_NEAR(seen->zMax - seen->zMin, 0.8f, 1e-4f);
    // A standing body beside the bench keeps its feet on the floor; over it, it stands on it.
    for (float z : {-0.3f, 0.12f}) {
        BodyPose pose;
        pose.placement.z = z;
        pose.placement.x = 0.1f;
        PosedBody body = poseBody(kModel, pose);
        Support supports[] = {*top};
        groundOn(body, supports);
        EXPECT_NEAR(lowestPoint(body), z < 0 ? 0.0f : 0.26f, 1e-4f) << z;
    }
}

TEST(Supports, ABarIsAGripAndAWallHoldsNothing) {
    Prop bar{PropKind::Bar, {0, 1.3f}, {}, 0.6f};
    auto s = supportOf(bar, viewProjection(View::Front));
    ASSERT_TRUE(s.has_value());
    EXPECT_TRUE(s->grip);
    EXPECT_NEAR(s->height, 1.3f, 1e-6f);
    EXPECT_FALSE(supportOf(Prop{PropKind::Wall, {0.3f, 0}}, viewProjection(View::Side)).has_value());
    EXPECT_FALSE(supportOf(Prop{PropKind::Strap, {0, 0}}, viewProjection(View::Side)).has_value());
}

TEST(TopView, TheFloorPlaneIsSeenFromTheCeilingWithTheLeftSideUp) {
    ViewProjection top = viewProjection(View::Top);
    Vec2 p = top.point({0.3f, 0.7f, -0.2f});
    EXPECT_FLOAT_EQ(p.x, 0.3f);  // room x as in the side view
    EXPECT_FLOAT_EQ(p.y, 0.2f);  // the body's left (-z) up
    EXPECT_FLOAT_EQ(top.depth({0, 0.7f, 0}), -0.7f);  // higher is nearer
    EXPECT_FALSE(showsHeight(View::Top));
    EXPECT_TRUE(showsHeight(View::Front));
    Vec3 back = top.room({0.3f, 0.2f});
    EXPECT_FLOAT_EQ(back.x, 0.3f);
    EXPECT_FLOAT_EQ(back.z, -0.2f);
    EXPECT_FLOAT_EQ(back.y, 0.0f);
}

TEST(TopView, ABodyLyingOnItsBackIsLongAndASideBendCurvesItInThePicture) {
    BodyPose lying = test::lyingOnBack();  // head toward +x
    BodyShape straight = bodyPicture(kModel, lying, View::Top);
    auto find = [](const BodyShape& s, BodyPart part) {
        for (const Capsule& c : s.capsules)
            if (c.part == part) return c;
        return Capsule{};
    };
    // Long along x, narrow across; lying still on the floor (heights kept in minY).
    EXPECT_NEAR(straight.minY, 0.0f, 1e-4f);
    float along = straight.head.center.x - find(straight, BodyPart::FootL).b.x;
    EXPECT_GT(along, 0.8f);
    // Face up: seen from the ceiling the face is toward the viewer.
    EXPECT_GT(straight.head.towardViewer, 0.9f);
    // Lying with the head toward +x (yaw 180), the body's own left is toward +z: down.
    EXPECT_LT(find(straight, BodyPart::UpperArmL).a.y, find(straight, BodyPart::UpperArmR).a.y);
    // A side bend moves the head sideways in the picture; the side view does not show it.
    BodyPose bent = lying;
    bent.lumbar.side = bent.thoracic.side = 15;
    BodyShape curved = bodyPicture(kModel, bent, View::Top);
    EXPECT_GT(std::fabs(curved.head.center.y - straight.head.center.y), 0.08f);
    BodyShape sideA = bodyPicture(kModel, lying, View::Side), sideB = bodyPicture(kModel, bent, View::Side);
    EXPECT_LT(std::fabs(sideA.head.center.y - sideB.head.center.y), 0.01f);
}

}  // namespace
}  // namespace mc
