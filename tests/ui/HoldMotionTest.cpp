// What moves during a hold, and when (issue 17): the timer ring and the figure's
// breathing change only when the digits do, each step small enough to read as motion,
// so a hold costs one frame a second.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "UiTestSupport.h"
#include "core/FigureAnimation.h"
#include "ui/BodyFigureView.h"
#include "ui/BodyView.h"
#include "ui/FigureView.h"
#include "ui/ScreenMotion.h"
#include "ui/Screens.h"

namespace mc::test {
namespace {

TEST(TimerRing, StepsExactlyWhenTheDigitsChange) {
    for (int64_t length : {10'000, 30'000, 2'500}) {
        const Millis duration{length};
        EXPECT_EQ(tickedProgress(duration, duration), 0.0f) << "empty at the start";
        float last = 0.0f;
        for (int64_t t = 0; t < length; t += 10) {
            const Millis remaining = duration - Millis{t}, before = remaining + Millis{10};
            const float p = tickedProgress(remaining, duration);
            EXPECT_GE(p, last) << t;
            EXPECT_LT(p, 1.0f) << t;
            if (t > 0)
                EXPECT_EQ(p != tickedProgress(before, duration), secondsLeft(remaining) != secondsLeft(before))
                    << length << " at " << t;
            last = p;
        }
    }
    EXPECT_EQ(tickedProgress(Millis{0}, Millis{0}), 1.0f);
}

TEST(Breathing, ChangesOnlyOnWholeSeconds) {
    for (int64_t t = 0; t < 12'000; t += 50) {
        const Millis tick = breathingTick(Millis{t});
        EXPECT_LE(tick, Millis{t});
        EXPECT_GT(tick + Millis{1000}, Millis{t});
        EXPECT_EQ(tick.count() % 1000, 0);
    }
}

// The largest step of any point of the body between two breathing ticks, at the scale
// the player draws it in a 1080x1920 portrait mirror (the figure's box at most the full
// width and half the height, as ui/ScreenMotion assumes).
float largestBreathingStep(const Exercise& e) {
    const BodyShape still = bodyFigureAt(e.figure, 1.0f, false);
    const float scale = fitInBox(extentOf(still), 0, 0, 1080, 960).scale;
    float most = 0;
    for (int64_t second = 0; second < 12; ++second) {
        const BodyShape a = bodyFigureAt(e.figure, 1.0f, false, breathingTick(Millis{second * 1000}));
        const BodyShape b = bodyFigureAt(e.figure, 1.0f, false, breathingTick(Millis{(second + 1) * 1000}));
        most = std::max(most, largestMove(a, b) * scale);
    }
    return most;
}

TEST(Breathing, EveryHeldFigureBreathesInStepsOfAFewPixels) {
    auto pack = bundledPack();
    ASSERT_FALSE(pack->exercises.empty());
    int held = 0;
    for (const Exercise& e : pack->exercises) {
        if (!e.figure.hasBody() || e.dose.kind != Dose::Kind::Hold) continue;
        ++held;
        const float step = largestBreathingStep(e);
        EXPECT_GT(step, 0.3f) << e.id << ": the breath should show";
        EXPECT_LE(step, 5.0f) << e.id << ": a jump, not a breath";
    }
    EXPECT_GT(held, 5);
}

}  // namespace
}  // namespace mc::test
