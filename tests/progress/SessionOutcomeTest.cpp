// Items completed when a session ends, from a real expanded timeline.
#include <gtest/gtest.h>

#include "core/Timeline.h"
#include "progress/SessionOutcome.h"

namespace mc {
namespace {

ContentPack twoItemPack() {
    ContentPack pack;
    Exercise hold;
    hold.id = "hold";
    hold.dose.hold = 20000ms;
    hold.dose.sets = 2;
    hold.dose.restBetweenSets = 5000ms;
    Exercise sided = hold;
    sided.id = "sided";
    sided.sided = true;
    sided.dose.sets = 1;
    pack.exercises = {hold, sided};
    Routine routine;
    routine.id = "r";
    routine.getReady = 10000ms;
    routine.restBetweenExercises = 15000ms;
    routine.items = {RoutineItem{"hold", hold.dose, std::nullopt}, RoutineItem{"sided", sided.dose, std::nullopt}};
    pack.routines = {routine};
    return pack;
}

TEST(SessionOutcome, WorkTimeCountsHoldsAndSidesButNoGetReadyRestOrSwitch) {
    ContentPack pack = twoItemPack();
    Timeline timeline = expandRoutine(pack.routines[0], pack);
    // Work: 10-30, 35-55, 70-90, 95-115 (see below); everything else is getting ready or resting.
    EXPECT_EQ(sessionOutcomeAt(timeline, 0ms).workTime, 0ms);
    EXPECT_EQ(sessionOutcomeAt(timeline, 10000ms).workTime, 0ms);       // get-ready only
    EXPECT_EQ(sessionOutcomeAt(timeline, 22000ms).workTime, 12000ms);   // part of the first set
    EXPECT_EQ(sessionOutcomeAt(timeline, 34000ms).workTime, 20000ms);   // the rest adds nothing
    EXPECT_EQ(sessionOutcomeAt(timeline, 93000ms).workTime, 60000ms);   // the switch adds nothing
    EXPECT_EQ(sessionOutcomeAt(timeline, timeline.total).workTime, 80000ms);
}

TEST(SessionOutcome, CountsItemsWhoseLastWorkPhaseEnded) {
    ContentPack pack = twoItemPack();
    Timeline timeline = expandRoutine(pack.routines[0], pack);
    // get ready 10 s, hold set 1 (10-30), rest (30-35), set 2 (35-55), rest (55-70),
    // sided left (70-90), switch (90-95), right (95-115).
    EXPECT_EQ(sessionOutcomeAt(timeline, 0ms).totalItems, 2);
    EXPECT_EQ(sessionOutcomeAt(timeline, 0ms).completedItems, 0);
    EXPECT_EQ(sessionOutcomeAt(timeline, 31000ms).completedItems, 0);   // one set of two
    EXPECT_EQ(sessionOutcomeAt(timeline, 55000ms).completedItems, 1);
    EXPECT_EQ(sessionOutcomeAt(timeline, 94000ms).completedItems, 1);   // left side only
    EXPECT_EQ(sessionOutcomeAt(timeline, timeline.total).completedItems, 2);
}

}  // namespace
}  // namespace mc
