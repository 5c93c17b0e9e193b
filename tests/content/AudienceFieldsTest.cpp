// Whom content suits, variants and programmes read from a valid pack
// (tests/fixtures/valid/audience): every field lands in the content model.
#include <gtest/gtest.h>

#include "content/ProgrammeReader.h"
#include "platform/files/PackReader.h"

namespace mc {
namespace {

const std::string kAudience = std::string(MC_TEST_FIXTURES) + "/valid/audience";

ContentPack loadAudience() {
    PackLoad load = loadPack(kAudience);
    EXPECT_TRUE(load.ok()) << describeProblems(load.problems, kAudience, 50);
    return load.ok() ? *load.pack : ContentPack{};
}

TEST(AudienceFields, ExercisesCarryAvoidSuitsLevelAndVariants) {
    ContentPack pack = loadAudience();
    const Exercise* cat = pack.exercise("cat-cow");
    ASSERT_TRUE(cat);
    ASSERT_EQ(cat->suitability.avoid.size(), 2u);
    const AudienceExclusion& prone = cat->suitability.avoid[0];
    EXPECT_EQ(prone.when.situation, Situation::Pregnancy);
    EXPECT_EQ(prone.when.fromTrimester, 2);
    EXPECT_FALSE(prone.when.toTrimester);
    EXPECT_EQ(prone.reason.in("ru"), "На коленях можно, лёжа на животе нельзя.");
    EXPECT_EQ(cat->suitability.avoid[1].when.situation, Situation::BackPainAcute);
    EXPECT_EQ(cat->easier, "knee-to-chest");
    EXPECT_EQ(cat->harder, "");

    const Exercise* knee = pack.exercise("knee-to-chest");
    ASSERT_TRUE(knee);
    ASSERT_EQ(knee->suitability.suits.size(), 2u);
    EXPECT_EQ(knee->suitability.suits[0].situation, Situation::General);  // the string shorthand
    EXPECT_EQ(knee->suitability.suits[1].situation, Situation::Postpartum);
    EXPECT_EQ(knee->suitability.suits[1].fromWeek, 6);
    EXPECT_EQ(knee->suitability.suits[1].toWeek, 52);
    EXPECT_EQ(knee->suitability.minLevel, Level::Beginner);
    EXPECT_EQ(knee->harder, "cat-cow");
}

TEST(AudienceFields, RoutinesCarryTheirSuitability) {
    ContentPack pack = loadAudience();
    const Routine* gentle = pack.routine("gentle");
    ASSERT_TRUE(gentle);
    ASSERT_EQ(gentle->suitability.suits.size(), 2u);
    EXPECT_EQ(gentle->suitability.suits[0].toTrimester, 2);
    EXPECT_EQ(gentle->suitability.suits[1].situation, Situation::BackPainRecovering);
    ASSERT_EQ(gentle->suitability.avoid.size(), 1u);
    EXPECT_EQ(gentle->suitability.avoid[0].when.situation, Situation::HerniatedDisc);
    EXPECT_EQ(gentle->suitability.minLevel, Level::Gentle);
}

TEST(AudienceFields, ProgrammesAndTheirStages) {
    ContentPack pack = loadAudience();
    const Programme* plan = pack.programme("plan");
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->title.in("ru"), "План");
    EXPECT_EQ(plan->suitability.suits.size(), 1u);
    EXPECT_EQ(plan->suitability.minLevel, Level::Gentle);
    ASSERT_EQ(plan->stages.size(), 2u);
    const ProgrammeStage& first = plan->stages[0];
    EXPECT_EQ(first.weeks, 2);
    EXPECT_EQ(first.sessionsPerWeek, 3);
    EXPECT_EQ(first.sessionsPerDay, 1);  // default
    EXPECT_EQ(first.restDaysBetween, 1);
    EXPECT_DOUBLE_EQ(first.doseScale, 1.0);  // default
    EXPECT_EQ(first.routines, std::vector<std::string>{"gentle"});
    EXPECT_EQ(first.note.in("en"), "Easy does it.");
    const ProgrammeStage& second = plan->stages[1];
    EXPECT_EQ(second.sessionsPerDay, 2);
    EXPECT_EQ(second.restDaysBetween, 0);
    EXPECT_DOUBLE_EQ(second.doseScale, 1.2);
}

TEST(AudienceFields, DaysARhythmNeeds) {
    EXPECT_EQ(daysNeeded(3, 1, 1), 5);   // Mon, Wed, Fri
    EXPECT_EQ(daysNeeded(4, 1, 1), 7);
    EXPECT_EQ(daysNeeded(7, 1, 1), 13);  // cannot be kept
    EXPECT_EQ(daysNeeded(14, 2, 0), 7);  // morning and evening every day
    EXPECT_EQ(daysNeeded(3, 2, 2), 4);   // two days, two rest days between
    EXPECT_EQ(daysNeeded(7, 1, 0), 7);
}

}  // namespace
}  // namespace mc
