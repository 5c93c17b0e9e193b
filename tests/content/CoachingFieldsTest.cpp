// The coaching fields of an exercise read from a real pack folder: setup, limb, pace,
// and the side-switch time that follows the equipment unless the content sets it.
#include <gtest/gtest.h>

#include "platform/files/PackReader.h"

namespace mc {
namespace {

const std::string kCoaching = std::string(MC_TEST_FIXTURES) + "/valid/coaching";

class CoachingFields : public ::testing::Test {
protected:
    void SetUp() override {
        PackLoad load = loadPack(kCoaching);
        ASSERT_TRUE(load.ok()) << describeProblems(load.problems, kCoaching, 50);
        pack = *load.pack;
    }
    const Exercise& exercise(const char* id) const {
        const Exercise* e = pack.exercise(id);
        EXPECT_NE(e, nullptr) << id;
        return *e;
    }
    const RoutineItem& flowItem(std::size_t i) const { return pack.routine("flow")->items.at(i); }
    ContentPack pack;
};

TEST_F(CoachingFields, ReadsTheSetupInEveryLanguage) {
    const Exercise& catCow = exercise("cat-cow");
    EXPECT_EQ(catCow.setup.in("en"), "Kneel on all fours, hands under your shoulders.");
    EXPECT_EQ(catCow.setup.in("ru"), "Встаньте на четвереньки, ладони ровно под плечами, колени под бёдрами.");
    EXPECT_TRUE(exercise("breathing").setup.empty());
}

TEST_F(CoachingFields, ReadsTheLimbAndDefaultsToSide) {
    EXPECT_EQ(exercise("leg-lift").limb, Limb::Leg);
    EXPECT_EQ(exercise("dumbbell-row").limb, Limb::Arm);
    EXPECT_EQ(exercise("strap-stretch").limb, Limb::Side);  // sided, no limb written
}

TEST_F(CoachingFields, ReadsThePaceStageByStage) {
    const Pace& pace = exercise("cat-cow").pace;
    EXPECT_EQ(pace.lift.word.in("en"), "Round");
    EXPECT_EQ(pace.lift.word.in("ru"), "Выгните");
    EXPECT_EQ(pace.lift.cue.in("en"), "Breathe out and round your back up");
    EXPECT_EQ(pace.lower.word.in("ru"), "Прогиб");
    EXPECT_EQ(pace.lower.cue.in("en"), "Breathe in and let the belly sink");
    EXPECT_TRUE(pace.top.word.empty());
    EXPECT_TRUE(pace.top.cue.empty());
    EXPECT_TRUE(pace.bottom.word.empty());
    EXPECT_EQ(pace.bottom.cue.in("en"), "Rest a moment, back level");
    EXPECT_TRUE(exercise("leg-lift").pace.empty());
}

TEST_F(CoachingFields, SwitchTimeFollowsTheEquipmentUnlessWritten) {
    EXPECT_EQ(exercise("leg-lift").dose.switchSides, Millis{5000});       // mat, wall
    EXPECT_EQ(exercise("dumbbell-row").dose.switchSides, Millis{10000});  // dumbbells, bench
    EXPECT_EQ(exercise("strap-stretch").dose.switchSides, Millis{4000});  // a strap, but switch_s: 4
}

TEST_F(CoachingFields, RoutinesTakeTheDefaultAndMayStillOverrideIt) {
    EXPECT_EQ(flowItem(1).exercise, "leg-lift");
    EXPECT_EQ(flowItem(1).dose.switchSides, Millis{5000});
    EXPECT_EQ(flowItem(3).exercise, "dumbbell-row");
    EXPECT_EQ(flowItem(3).dose.switchSides, Millis{7000});  // the item's switch_s
    EXPECT_EQ(flowItem(4).exercise, "strap-stretch");
    EXPECT_EQ(flowItem(4).dose.switchSides, Millis{4000});
}

}  // namespace
}  // namespace mc
