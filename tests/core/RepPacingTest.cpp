// Rep stages and the figure's movement progress at the edges of every stage.
#include <gtest/gtest.h>

#include "core/EngineFixtures.h"
#include "core/Timeline.h"

namespace mc {
namespace {

using namespace mc::test;
using Stage = RepPosition::Stage;

// 2 s up, 1 s at the top, 2 s down, 0.5 s at the bottom: 5.5 s a rep.
const Dose kReps = repsDose(3, tempo(2000, 1000, 2000, 500));

void expectRep(Millis at, int rep, Stage stage, float progress) {
    const RepPosition p = repPositionAt(kReps, at);
    EXPECT_EQ(p.rep, rep) << "at " << at.count();
    EXPECT_EQ(p.reps, 3) << "at " << at.count();
    EXPECT_EQ(p.stage, stage) << "at " << at.count();
    EXPECT_FLOAT_EQ(p.stageProgress, progress) << "at " << at.count();
}

TEST(RepPacing, EachStageStartsOnItsFirstMillisecond) {
    expectRep(0ms, 1, Stage::Up, 0.0f);
    expectRep(1000ms, 1, Stage::Up, 0.5f);
    expectRep(1999ms, 1, Stage::Up, 0.9995f);
    expectRep(2000ms, 1, Stage::Top, 0.0f);
    expectRep(2999ms, 1, Stage::Top, 0.999f);
    expectRep(3000ms, 1, Stage::Down, 0.0f);
    expectRep(4000ms, 1, Stage::Down, 0.5f);
    expectRep(5000ms, 1, Stage::Bottom, 0.0f);
    expectRep(5499ms, 1, Stage::Bottom, 0.998f);
    expectRep(5500ms, 2, Stage::Up, 0.0f);
    expectRep(11000ms, 3, Stage::Up, 0.0f);
    expectRep(16499ms, 3, Stage::Bottom, 0.998f);
}

TEST(RepPacing, AtAndAfterTheEndTheLastRepIsComplete) {
    expectRep(16500ms, 3, Stage::Bottom, 1.0f);
    expectRep(60000ms, 3, Stage::Bottom, 1.0f);
}

TEST(RepPacing, EmptyStagesAreSkipped) {
    const Dose dose = repsDose(2, tempo(2000, 0, 2000, 0));
    EXPECT_EQ(repPositionAt(dose, 1999ms).stage, Stage::Up);
    EXPECT_EQ(repPositionAt(dose, 2000ms).stage, Stage::Down);
    EXPECT_FLOAT_EQ(repPositionAt(dose, 2000ms).stageProgress, 0.0f);
    EXPECT_EQ(repPositionAt(dose, 4000ms).rep, 2);
    EXPECT_EQ(repPositionAt(dose, 4000ms).stage, Stage::Up);
    // The end of the last rep is the end of its lowering.
    EXPECT_EQ(repPositionAt(dose, 8000ms).stage, Stage::Down);
    EXPECT_FLOAT_EQ(repPositionAt(dose, 8000ms).stageProgress, 1.0f);
}

TEST(RepPacing, MovementRisesHoldsFallsAndRests) {
    EXPECT_FLOAT_EQ(movementAt(kReps, 0ms), 0.0f);
    EXPECT_FLOAT_EQ(movementAt(kReps, 1000ms), 0.5f);  // smoothstep is symmetric
    EXPECT_LT(movementAt(kReps, 500ms), 0.25f);        // and eases out of the start
    EXPECT_GT(movementAt(kReps, 1999ms), 0.99f);
    EXPECT_FLOAT_EQ(movementAt(kReps, 2000ms), 1.0f);
    EXPECT_FLOAT_EQ(movementAt(kReps, 2999ms), 1.0f);
    EXPECT_FLOAT_EQ(movementAt(kReps, 3000ms), 1.0f);
    EXPECT_FLOAT_EQ(movementAt(kReps, 4000ms), 0.5f);
    EXPECT_LT(movementAt(kReps, 4999ms), 0.01f);
    EXPECT_FLOAT_EQ(movementAt(kReps, 5000ms), 0.0f);
    EXPECT_FLOAT_EQ(movementAt(kReps, 5500ms), 0.0f);
    EXPECT_FLOAT_EQ(movementAt(kReps, 6500ms), 0.5f);
    EXPECT_FLOAT_EQ(movementAt(kReps, 16500ms), 0.0f);
}

TEST(RepPacing, MovementIsMonotonicWithinTheLift) {
    float last = -1.0f;
    for (int ms = 0; ms < 2000; ms += 10) {
        const float m = movementAt(kReps, Millis{ms});
        EXPECT_GE(m, last);
        last = m;
    }
}

TEST(RepPacing, HoldsEaseIntoThePoseOverAtMostTwoSeconds) {
    const Dose longHold = holdDose(30s);
    EXPECT_FLOAT_EQ(movementAt(longHold, 0ms), 0.0f);
    EXPECT_FLOAT_EQ(movementAt(longHold, 1000ms), 0.5f);
    EXPECT_FLOAT_EQ(movementAt(longHold, 2000ms), 1.0f);
    EXPECT_FLOAT_EQ(movementAt(longHold, 29999ms), 1.0f);

    const Dose shortHold = holdDose(4s);  // eases over a quarter: 1 s
    EXPECT_FLOAT_EQ(movementAt(shortHold, 500ms), 0.5f);
    EXPECT_FLOAT_EQ(movementAt(shortHold, 1000ms), 1.0f);
    EXPECT_FLOAT_EQ(movementAt(shortHold, -1000ms), 0.0f);
}

}  // namespace
}  // namespace mc
