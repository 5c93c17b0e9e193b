// The frame interval for a speed on screen: steps of at most a few pixels, within the
// cap and the minimum rate.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "loop/MotionRate.h"

namespace mc {
namespace {

const MotionRateLimits kLimits{.cap = Millis{33}, .slowest = Millis{500}, .maxStepPx = 4.0f};

TEST(MotionRate, StepsStayWithinTheLargestStep) {
    EXPECT_EQ(frameIntervalFor(40.0f, kLimits), Millis{100});   // 4 px every 100 ms
    EXPECT_EQ(frameIntervalFor(20.0f, kLimits), Millis{200});
    EXPECT_EQ(frameIntervalFor(100.0f, kLimits), Millis{40});
    for (float speed : {9.0f, 13.0f, 57.0f, 99.0f})  // rounding down: never a larger step
        EXPECT_LE(speed * frameIntervalFor(speed, kLimits).count() / 1000.0f, 4.0f) << speed;
}

TEST(MotionRate, FastMotionIsCappedAndStillnessGetsTheMinimumRate) {
    EXPECT_EQ(frameIntervalFor(121.3f, kLimits), Millis{33});  // exactly the cap
    EXPECT_EQ(frameIntervalFor(5000.0f, kLimits), Millis{33});
    EXPECT_EQ(frameIntervalFor(std::numeric_limits<float>::infinity(), kLimits), Millis{33});
    EXPECT_EQ(frameIntervalFor(8.0f, kLimits), Millis{500});  // exactly the slowest
    EXPECT_EQ(frameIntervalFor(1.0f, kLimits), Millis{500});
    EXPECT_EQ(frameIntervalFor(0.0f, kLimits), Millis{500});
    EXPECT_EQ(frameIntervalFor(-3.0f, kLimits), Millis{500});
    EXPECT_EQ(frameIntervalFor(std::nanf(""), kLimits), Millis{500});
}

TEST(MotionRate, FasterNeverMeansFewerFrames) {
    Millis last = frameIntervalFor(0.0f, kLimits);
    for (float speed = 0.5f; speed < 400.0f; speed *= 1.1f) {
        Millis now = frameIntervalFor(speed, kLimits);
        EXPECT_LE(now, last) << speed;
        EXPECT_GE(now, kLimits.cap) << speed;
        EXPECT_LE(now, kLimits.slowest) << speed;
        last = now;
    }
}

TEST(MotionRate, AMinimumRateAboveTheCapIsTheCap) {
    const MotionRateLimits odd{.cap = Millis{100}, .slowest = Millis{50}, .maxStepPx = 4.0f};
    EXPECT_EQ(frameIntervalFor(0.0f, odd), Millis{100});
    EXPECT_EQ(frameIntervalFor(1000.0f, odd), Millis{100});
}

}  // namespace
}  // namespace mc
