#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "sound/StreamClock.h"

namespace mc {
namespace {

// Callbacks arrive every buffer with random wake-up jitter; the device is heard
// `latency` after a buffer is filled. The mapping must stay within a few ms of
// the truth, far inside the 30 ms budget.
TEST(StreamClock, SmoothsCallbackJitter) {
    const int rate = 44100;
    const int buffer = 1024;
    const double latency = 1000.0 * buffer / rate;
    StreamClock clock(rate, latency);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> jitter(0.0, 6.0);  // wake-ups are late, never early
    const double startMs = 5000.0;
    double worst = 0;
    for (int i = 0; i < 2000; ++i) {
        const int64_t sample = int64_t(i) * buffer;
        const double idealFill = startMs + 1000.0 * sample / rate;
        clock.observe(sample, idealFill + jitter(random));
        if (i < 100) continue;  // settling
        // Truth: sample s is heard at startMs + latency + s / rate (plus the mean jitter).
        const double t = idealFill + latency + 3.0 + 500.0;
        const double truthSample = (t - startMs - latency - 3.0) * rate / 1000.0;
        worst = std::max(worst, std::fabs(double(clock.sampleAt(t)) - truthSample) * 1000.0 / rate);
    }
    EXPECT_LT(worst, 4.0);
}

TEST(StreamClock, FollowsASoundCardThatRunsFast) {
    const int rate = 48000;
    StreamClock clock(rate, 20.0);
    // The card consumes 0.1% more samples per second than nominal.
    for (int i = 0; i < 5000; ++i) {
        const int64_t sample = int64_t(i) * 960;
        clock.observe(sample, 1000.0 + 1000.0 * sample / (rate * 1.001));
    }
    const int64_t last = int64_t(4999) * 960;
    const double heard = 1000.0 + 1000.0 * last / (rate * 1.001) + 20.0;
    EXPECT_NEAR(clock.clockAt(last), heard, 2.0);
}

TEST(StreamClock, ReanchorsAfterAStall) {
    StreamClock clock(1000, 10.0);
    clock.observe(0, 100.0);
    EXPECT_EQ(clock.sampleAt(110.0), 0);
    // The device stalled for half a second: sample 100 is filled at 700 ms, not 200.
    clock.observe(100, 700.0);
    EXPECT_EQ(clock.sampleAt(710.0), 100);
    EXPECT_EQ(clock.sampleAt(810.0), 200);
}

}  // namespace
}  // namespace mc
