// Views: each movement shows in the view chosen for it, and the front view is a
// mirror image (the figure's right arm on the viewer's right).
#include <gtest/gtest.h>

#include <cmath>

#include "SamplePoses.h"
#include "figure/BodyPicture.h"
#include "figure/BodyView.h"

namespace mc {
namespace {

const BodyModel kModel = bodyModel(BodyVariant::Standard);

const Capsule& find(const BodyShape& shape, BodyPart part) {
    for (const Capsule& c : shape.capsules) {
        if (c.part == part) return c;
    }
    static const Capsule none;
    ADD_FAILURE() << "no part " << static_cast<int>(part);
    return none;
}

Vec2 neckBaseSeen(const BodyPose& pose, View view) {
    return find(projectBody(poseBody(kModel, pose), view), BodyPart::Thorax).b;
}

TEST(BodyView, SideBendShowsFromTheFrontAndNotFromTheSide) {
    BodyPose bend;
    bend.lumbar.side = bend.thoracic.side = 20.0f;
    BodyPose upright;
    for (View view : {View::Front, View::Back}) {
        float dx = neckBaseSeen(bend, view).x - neckBaseSeen(upright, view).x;
        EXPECT_GT(std::fabs(dx), 0.1f) << static_cast<int>(view);
    }
    EXPECT_LT(std::fabs(neckBaseSeen(bend, View::Side).x - neckBaseSeen(upright, View::Side).x), 1e-5f);
}

TEST(BodyView, FlexionShowsFromTheSideAndNotFromTheFront) {
    BodyPose flex;
    flex.lumbar.flex = flex.thoracic.flex = 30.0f;
    BodyPose upright;
    EXPECT_GT(neckBaseSeen(flex, View::Side).x - neckBaseSeen(upright, View::Side).x, 0.15f);  // forward = right
    EXPECT_LT(std::fabs(neckBaseSeen(flex, View::Front).x - neckBaseSeen(upright, View::Front).x), 1e-5f);
}

TEST(BodyView, TwistShowsInTheThreeQuarterView) {
    BodyPose twist;
    twist.lumbar.twist = twist.thoracic.twist = 30.0f;
    BodyPose upright;
    auto shoulderSpan = [](const BodyPose& pose, View view) {
        BodyShape shape = projectBody(poseBody(kModel, pose), view);
        return find(shape, BodyPart::UpperArmR).a.x - find(shape, BodyPart::UpperArmL).a.x;
    };
    // Turning the chest toward its left changes how wide the shoulders look: in the
    // three-quarter view (left side near) they open toward the viewer.
    EXPECT_GT(shoulderSpan(twist, View::ThreeQuarter) - shoulderSpan(upright, View::ThreeQuarter), 0.05f);
    // The hips stay as they were: only the upper body turned.
    BodyShape turned = projectBody(poseBody(kModel, twist), View::ThreeQuarter);
    BodyShape still = projectBody(poseBody(kModel, upright), View::ThreeQuarter);
    EXPECT_NEAR(find(turned, BodyPart::Pelvis).a.x, find(still, BodyPart::Pelvis).a.x, 1e-6f);
}

TEST(BodyView, FrontViewIsAMirrorImage) {
    BodyPose raiseRight;
    raiseRight.armR.abduct = 170.0f;
    BodyShape front = projectBody(poseBody(kModel, raiseRight), View::Front);
    const Capsule& hand = find(front, BodyPart::HandR);
    const Capsule& thorax = find(front, BodyPart::Thorax);
    EXPECT_GT(hand.b.y, front.head.center.y);  // the raised hand is up ...
    EXPECT_GT(hand.b.x, thorax.b.x);           // ... on the viewer's right
    EXPECT_LT(find(front, BodyPart::HandL).b.x, thorax.b.x);
    EXPECT_NEAR(front.head.towardViewer, 1.0f, 1e-5f);
}

TEST(BodyView, SideViewFacesRightWithTheLeftSideNear) {
    BodyShape side = projectBody(poseBody(kModel, BodyPose{}), View::Side);
    EXPECT_NEAR(side.head.facing.x, 1.0f, 1e-5f);
    EXPECT_NEAR(side.head.towardViewer, 0.0f, 1e-5f);
    for (const Capsule& c : side.capsules) {
        bool right = sideOf(c.part) > 0;
        EXPECT_EQ(c.far, right) << static_cast<int>(c.part);
    }
    for (size_t i = 1; i < side.capsules.size(); ++i) {
        EXPECT_GE(side.capsules[i - 1].depth, side.capsules[i].depth);  // far to near
    }
    EXPECT_EQ(side.capsules.back().far, false);
}

TEST(BodyView, NothingIsFarInTheFrontViewOfAStandingBody) {
    for (const Capsule& c : projectBody(poseBody(kModel, BodyPose{}), View::Front).capsules) {
        EXPECT_FALSE(c.far) << static_cast<int>(c.part);
    }
}

TEST(BodyView, BackViewKeepsTheRightArmOnTheRightWithTheDepthReversed) {
    test::RandomPoses random;
    for (int i = 0; i < 200; ++i) {
        PosedBody body = poseBody(bodyModel(BodyVariant::Pregnant), random.next());
        BodyShape front = projectBody(body, View::Front);
        BodyShape back = projectBody(body, View::Back);
        ASSERT_EQ(front.capsules.size(), back.capsules.size());
        for (const Capsule& f : front.capsules) {
            const Capsule& b = find(back, f.part);
            EXPECT_EQ(b.a.x, f.a.x);
            EXPECT_EQ(b.b.x, f.b.x);
            EXPECT_EQ(b.a.y, f.a.y);
            EXPECT_EQ(b.b.y, f.b.y);
            EXPECT_EQ(b.depth, -f.depth);
            EXPECT_EQ(b.ra, f.ra);
        }
        EXPECT_EQ(back.head.center.x, front.head.center.x);
        EXPECT_EQ(back.head.center.y, front.head.center.y);
        EXPECT_EQ(back.head.towardViewer, -front.head.towardViewer);
        EXPECT_EQ(back.minY, front.minY);
    }
}

TEST(BodyView, ViewsKeepHeights) {
    test::RandomPoses random;
    PosedBody body = poseBody(kModel, random.next());
    BodyShape side = projectBody(body, View::Side);
    for (View view : {View::Front, View::Back, View::ThreeQuarter}) {
        BodyShape other = projectBody(body, view);
        EXPECT_EQ(other.minY, side.minY);
        EXPECT_EQ(other.head.center.y, side.head.center.y);
    }
}

BodyPart otherSide(BodyPart part) {
    int i = static_cast<int>(part);
    int side = sideOf(part);
    // The left pieces of an arm or leg come three before the right ones (BodyShape.h).
    return side < 0 ? static_cast<BodyPart>(i + 3) : side > 0 ? static_cast<BodyPart>(i - 3) : part;
}

TEST(BodyView, TheOtherSideIsTheFrontViewFlippedWithLeftAndRightSwapped) {
    test::RandomPoses random;
    for (int i = 0; i < 200; ++i) {
        BodyPose pose = random.next();
        BodyShape front = bodyPicture(kModel, pose, View::Front);
        BodyShape other = bodyPicture(kModel, mirrored(pose), View::Front);
        for (const Capsule& c : front.capsules) {
            const Capsule& m = find(other, otherSide(c.part));
            // The pelvis runs from the left hip to the right: its ends swap too.
            Vec2 a = c.part == BodyPart::Pelvis ? m.b : m.a, b = c.part == BodyPart::Pelvis ? m.a : m.b;
            EXPECT_NEAR(a.x, -c.a.x, 1e-5f);
            EXPECT_NEAR(a.y, c.a.y, 1e-5f);
            EXPECT_NEAR(b.x, -c.b.x, 1e-5f);
            EXPECT_NEAR(b.y, c.b.y, 1e-5f);
            EXPECT_NEAR(m.depth, c.depth, 1e-5f);
        }
        EXPECT_NEAR(other.head.center.x, -front.head.center.x, 1e-5f);
        EXPECT_NEAR(other.head.towardViewer, front.head.towardViewer, 1e-5f);
    }
}

}  // namespace
}  // namespace mc
