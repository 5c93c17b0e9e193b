// The pose language: every number named once, interpolation exact at the ends.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "SamplePoses.h"
#include "figure/BodyPose.h"

namespace mc {
namespace {

TEST(BodyPose, EveryNumberHasOneUniqueName) {
    std::set<std::string> names;
    for (const PoseField& field : poseFields()) names.insert(std::string(field.name));
    EXPECT_EQ(names.size(), poseFields().size());
    EXPECT_EQ(poseFields().size() * sizeof(float), sizeof(BodyPose));
}

TEST(BodyPose, FieldsAreFoundByNameAndReachTheirNumber) {
    BodyPose pose;
    const PoseField* knee = findPoseField("legL.knee");
    ASSERT_NE(knee, nullptr);
    knee->of(pose) = 42.0f;
    EXPECT_EQ(pose.legL.knee, 42.0f);
    findPoseField("thoracic.side")->of(pose) = -7.0f;
    EXPECT_EQ(pose.thoracic.side, -7.0f);
    findPoseField("placement.yaw")->of(pose) = 90.0f;
    EXPECT_EQ(pose.placement.yaw, 90.0f);
    EXPECT_EQ(findPoseField("legL.elbow"), nullptr);
    EXPECT_EQ(findPoseField("spine.flex"), nullptr);
}

TEST(BodyPose, DefaultsAreAllZero) {
    BodyPose pose;
    for (const PoseField& field : poseFields()) EXPECT_EQ(field.of(pose), 0.0f) << field.name;
}

TEST(BodyPose, InterpolationIsExactAtTheEndsAndLinearBetween) {
    test::RandomPoses random;
    for (int i = 0; i < 100; ++i) {
        BodyPose a = random.next(), b = random.next();
        BodyPose at0 = interpolate(a, b, 0.0f), at1 = interpolate(a, b, 1.0f);
        BodyPose mid = interpolate(a, b, 0.25f);
        for (const PoseField& field : poseFields()) {
            EXPECT_EQ(field.of(at0), field.of(a)) << field.name;
            EXPECT_EQ(field.of(at1), field.of(b)) << field.name;
            EXPECT_NEAR(field.of(mid), 0.75f * field.of(a) + 0.25f * field.of(b), 1e-3f) << field.name;
        }
    }
}

TEST(BodyPose, InterpolationDoesNotWrapAngles) {
    BodyPose a, b;
    b.placement.yaw = 350.0f;
    EXPECT_FLOAT_EQ(interpolate(a, b, 0.5f).placement.yaw, 175.0f);
}

}  // namespace
}  // namespace mc
