// The word under the counter and the cue line come from the stage of the repetition
// under way, with top falling back to lift and bottom to lower.
#include <gtest/gtest.h>

#include "core/PaceText.h"

namespace mc {
namespace {

using Stage = RepPosition::Stage;

LocalizedText en(const char* text) { return LocalizedText{{{"en", text}}}; }

Exercise catCow() {
    Exercise e;
    e.id = "cat-cow";
    e.pace.lift = {en("Round"), en("Breathe out and round up")};
    e.pace.lower = {en("Arch"), en("Breathe in and let the belly sink")};
    return e;
}

TEST(PaceText, EachMovingStageHasItsOwnTexts) {
    const Exercise e = catCow();
    EXPECT_EQ(paceTextAt(e, Stage::Up).word.in("en"), "Round");
    EXPECT_EQ(paceTextAt(e, Stage::Up).cue.in("en"), "Breathe out and round up");
    EXPECT_EQ(paceTextAt(e, Stage::Down).word.in("en"), "Arch");
    EXPECT_EQ(paceTextAt(e, Stage::Down).cue.in("en"), "Breathe in and let the belly sink");
}

TEST(PaceText, TopTakesLiftsAndBottomTakesLowersWhenTheyHaveNone) {
    const Exercise e = catCow();
    EXPECT_EQ(paceTextAt(e, Stage::Top).word.in("en"), "Round");
    EXPECT_EQ(paceTextAt(e, Stage::Top).cue.in("en"), "Breathe out and round up");
    EXPECT_EQ(paceTextAt(e, Stage::Bottom).word.in("en"), "Arch");
    EXPECT_EQ(paceTextAt(e, Stage::Bottom).cue.in("en"), "Breathe in and let the belly sink");
}

TEST(PaceText, AStagesOwnTextWinsFieldByField) {
    Exercise e = catCow();
    e.pace.top.word = en("Hold");                  // own word, no own cue
    e.pace.bottom.cue = en("Rest, back level");    // own cue, no own word
    EXPECT_EQ(paceTextAt(e, Stage::Top).word.in("en"), "Hold");
    EXPECT_EQ(paceTextAt(e, Stage::Top).cue.in("en"), "Breathe out and round up");
    EXPECT_EQ(paceTextAt(e, Stage::Bottom).word.in("en"), "Arch");
    EXPECT_EQ(paceTextAt(e, Stage::Bottom).cue.in("en"), "Rest, back level");
}

TEST(PaceText, LiftAndLowerNeverBorrow) {
    Exercise e;
    e.pace.top = {en("Hold"), en("Squeeze")};
    e.pace.bottom = {en("Rest"), en("Relax")};
    EXPECT_TRUE(paceTextAt(e, Stage::Up).word.empty());
    EXPECT_TRUE(paceTextAt(e, Stage::Up).cue.empty());
    EXPECT_TRUE(paceTextAt(e, Stage::Down).word.empty());
    EXPECT_TRUE(paceTextAt(e, Stage::Down).cue.empty());
}

TEST(PaceText, EmptyWhenTheContentBindsNothing) {
    const Exercise e;
    EXPECT_TRUE(e.pace.empty());
    for (Stage s : {Stage::Up, Stage::Top, Stage::Down, Stage::Bottom}) {
        EXPECT_TRUE(paceTextAt(e, s).word.empty());
        EXPECT_TRUE(paceTextAt(e, s).cue.empty());
    }
    EXPECT_FALSE(catCow().pace.empty());
}

TEST(PaceText, FollowsTheRepetitionUnderWay) {
    // The word shown while the counter runs is the one of the stage repPositionAt reports.
    Dose dose;
    dose.kind = Dose::Kind::Reps;
    dose.reps = 2;
    dose.tempo = Tempo{Millis{2000}, Millis{1000}, Millis{2000}, Millis{1000}};
    const Exercise e = catCow();
    auto wordAt = [&](int ms) { return paceTextAt(e, repPositionAt(dose, Millis{ms}).stage).word.in("en"); };
    EXPECT_EQ(wordAt(0), "Round");
    EXPECT_EQ(wordAt(2500), "Round");  // top
    EXPECT_EQ(wordAt(3000), "Arch");
    EXPECT_EQ(wordAt(5500), "Arch");   // bottom
    EXPECT_EQ(wordAt(6000), "Round");  // second rep
}

TEST(SwitchTime, FiveSecondsOnTheFloorTenWhenSomethingMustBeMoved) {
    using V = std::vector<std::string>;
    EXPECT_EQ(switchTimeFor(V{}), Millis{5000});
    EXPECT_EQ(switchTimeFor(V{"none"}), Millis{5000});
    EXPECT_EQ(switchTimeFor(V{"mat", "wall"}), Millis{5000});
    for (const char* moved : {"dumbbells", "bar", "chair", "bench", "fitball", "strap", "towel", "pillow"}) {
        EXPECT_EQ(switchTimeFor(V{"mat", moved}), Millis{10000}) << moved;
    }
}

}  // namespace
}  // namespace mc
