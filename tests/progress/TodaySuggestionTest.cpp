// What the home screen offers today: each rule on a small hand-made pack.
#include <gtest/gtest.h>

#include "TestTimes.h"
#include "progress/TodaySuggestion.h"

namespace mc {
namespace {
using namespace testing_times;

LocalizedText text(const std::string& en) { return LocalizedText{{{"en", en}}}; }

Exercise exercise(const std::string& id, std::vector<std::string> equipment = {"mat"}) {
    Exercise e;
    e.id = id;
    e.equipment = std::move(equipment);
    return e;
}

Routine routine(const std::string& id, std::vector<std::string> exercises) {
    Routine r;
    r.id = id;
    for (const std::string& e : exercises) r.items.push_back({e, Dose{}, std::nullopt});
    return r;
}

// "stretch" suits everyone, "prone" not from the second trimester, "weights" needs
// dumbbells, "mums" is meant for postpartum; programme "plan" alternates stretch and prone.
ContentPack pack() {
    ContentPack p;
    Exercise cobra = exercise("cobra");
    cobra.suitability.avoid.push_back({AudienceCondition{Situation::Pregnancy, 2, {}, {}, {}}, text("face down")});
    p.exercises = {exercise("cat"), cobra, exercise("row", {"dumbbells"})};
    p.routines = {routine("stretch", {"cat"}), routine("prone", {"cat", "cobra"}), routine("weights", {"row"}),
                  routine("mums", {"cat"})};
    p.routines[3].suitability.suits = {AudienceCondition{Situation::Postpartum}};
    Programme plan;
    plan.id = "plan";
    ProgrammeStage stage;
    stage.weeks = 4;
    stage.sessionsPerWeek = 3;
    stage.restDaysBetween = 1;
    stage.routines = {"prone", "stretch"};
    stage.doseScale = 1.1;
    plan.stages = {stage};
    p.programmes = {plan};
    return p;
}

Profile anna(Situation s = Situation::General, int trimester = 0) {
    Profile p;
    p.id = 3;
    p.name = "Anna";
    p.situation = s;
    p.trimester = trimester;
    return p;
}

WallTime nov(int d) { return local(2026, 11, d, 9, 0, 0); }

TEST(TodaySuggestion, WithoutProgrammeTheLeastRecentlyDoneSuitableRoutine) {
    TodaySuggestion t = suggestToday(anna(), pack(), {}, nov(2));
    EXPECT_EQ(t.routineId, "stretch");
    EXPECT_EQ(t.reason, TodaySuggestion::Reason::LeastRecentlyDone);
    EXPECT_EQ(t.weeklyGoal, 3);
    EXPECT_EQ(t.suitable, (std::vector<std::string>{"stretch", "prone"}));
    ASSERT_EQ(t.unsuitable.size(), 2u);
    EXPECT_EQ(t.unsuitable[0].routineId, "weights");
    EXPECT_EQ(t.unsuitable[0].verdict.reasons[0].detail, "dumbbells");
    EXPECT_EQ(t.unsuitable[1].routineId, "mums");

    SessionRecord s = finished("stretch", nov(1));
    s.profileId = 3;
    SessionRecord someoneElse = finished("prone", nov(1));
    someoneElse.profileId = 4;
    EXPECT_EQ(suggestToday(anna(), pack(), {s, someoneElse}, nov(2)).routineId, "prone");
}

TEST(TodaySuggestion, NeverAnUnsuitableRoutine) {
    TodaySuggestion t = suggestToday(anna(Situation::Pregnancy, 2), pack(), {}, nov(2));
    EXPECT_EQ(t.suitable, (std::vector<std::string>{"stretch"}));
    SessionRecord s = finished("stretch", nov(1));
    s.profileId = 3;
    EXPECT_EQ(suggestToday(anna(Situation::Pregnancy, 2), pack(), {s}, nov(2)).routineId, "stretch");
    ContentPack onlyProne = pack();
    onlyProne.routines = {onlyProne.routines[1]};
    TodaySuggestion none = suggestToday(anna(Situation::Pregnancy, 3), onlyProne, {}, nov(2));
    EXPECT_EQ(none.routineId, "");
    EXPECT_EQ(none.reason, TodaySuggestion::Reason::NothingSuitable);
}

TEST(TodaySuggestion, FollowsTheProgrammeAndItsRestDays) {
    Profile p = anna();
    p.programmeId = "plan";
    TodaySuggestion first = suggestToday(p, pack(), {}, nov(2));
    EXPECT_EQ(first.routineId, "prone");
    EXPECT_EQ(first.reason, TodaySuggestion::Reason::ProgrammeNext);
    EXPECT_EQ(first.programmeId, "plan");
    ASSERT_TRUE(first.position);
    EXPECT_EQ(first.position->week, 1);
    EXPECT_EQ(first.position->session, 1);
    EXPECT_DOUBLE_EQ(first.doseScale, 1.1);

    SessionRecord s = finished("prone", nov(2));
    s.profileId = 3;
    s.programmeId = "plan";
    TodaySuggestion rest = suggestToday(p, pack(), {s}, nov(3));
    EXPECT_EQ(rest.routineId, "");
    EXPECT_EQ(rest.reason, TodaySuggestion::Reason::RestDay);
    TodaySuggestion second = suggestToday(p, pack(), {s}, nov(4));
    EXPECT_EQ(second.routineId, "stretch");
    EXPECT_EQ(second.position->session, 2);
}

TEST(TodaySuggestion, ProgrammeRoutineUnsuitableTakesAnotherOfTheStage) {
    Profile p = anna(Situation::Pregnancy, 2);
    p.programmeId = "plan";
    TodaySuggestion t = suggestToday(p, pack(), {}, nov(2));
    EXPECT_EQ(t.routineId, "stretch");
    EXPECT_EQ(t.reason, TodaySuggestion::Reason::ProgrammeStandIn);
}

TEST(TodaySuggestion, NoRoutineOfTheStageSuitsThenTheLeastRecentlyDoneSuitableOne) {
    ContentPack p = pack();
    p.programmes[0].stages[0].routines = {"prone", "weights"};
    Profile mum = anna(Situation::Pregnancy, 3);
    mum.programmeId = "plan";
    TodaySuggestion t = suggestToday(mum, p, {}, nov(2));
    EXPECT_EQ(t.reason, TodaySuggestion::Reason::ProgrammeRoutineUnsuitable);
    EXPECT_EQ(t.routineId, "stretch");
    EXPECT_DOUBLE_EQ(t.doseScale, 1.0);  // the stage's scale is for its own routines
    EXPECT_EQ(t.weeklyGoal, 3);
    EXPECT_EQ(t.programmeId, "plan");
}

TEST(TodaySuggestion, ProgrammeMissingOrUnsuitableIsIgnored) {
    Profile p = anna();
    p.programmeId = "gone";
    TodaySuggestion missing = suggestToday(p, pack(), {}, nov(2));
    EXPECT_EQ(missing.reason, TodaySuggestion::Reason::ProgrammeMissing);
    EXPECT_EQ(missing.routineId, "stretch");
    EXPECT_FALSE(missing.position);

    ContentPack forMums = pack();
    forMums.programmes[0].suitability.suits = {AudienceCondition{Situation::Postpartum}};
    p.programmeId = "plan";
    TodaySuggestion unsuitable = suggestToday(p, forMums, {}, nov(2));
    EXPECT_EQ(unsuitable.reason, TodaySuggestion::Reason::ProgrammeUnsuitable);
    EXPECT_EQ(unsuitable.programmeId, "");
    EXPECT_EQ(unsuitable.routineId, "stretch");
    EXPECT_EQ(reasonName(unsuitable.reason), "programme-unsuitable");
}

}  // namespace
}  // namespace mc
