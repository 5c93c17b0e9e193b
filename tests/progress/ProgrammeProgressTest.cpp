// Where a person stands in a programme: weeks, sessions, rest days, waiting.
#include <gtest/gtest.h>

#include "TestTimes.h"
#include "progress/CalendarWeek.h"
#include "progress/ProgrammeProgress.h"

namespace mc {
namespace {
using namespace testing_times;

// Two stages: one week of three sessions with a day off between, then two weeks of
// daily sessions, morning and evening, with doses up a fifth.
Programme twoStages() {
    Programme p;
    p.id = "plan";
    ProgrammeStage first;
    first.weeks = 1;
    first.sessionsPerWeek = 3;
    first.restDaysBetween = 1;
    first.routines = {"a", "b"};
    ProgrammeStage second;
    second.weeks = 2;
    second.sessionsPerWeek = 14;
    second.sessionsPerDay = 2;
    second.routines = {"morning", "evening"};
    second.doseScale = 1.2;
    p.stages = {first, second};
    return p;
}

// Days of November 2026 (the 2nd is a Monday), at 08:00 UTC+3.
WallTime nov(int d, int hour = 8) { return local(2026, 11, d, hour, 0, hours(3)); }

SessionRecord done(const std::string& routine, WallTime at, std::int64_t profile = 7) {
    SessionRecord r = finished(routine, at);
    r.profileId = profile;
    r.programmeId = "plan";
    return r;
}

TEST(ProgrammeProgress, StartsAtWeekOneSessionOne) {
    ProgrammePosition p = programmeProgress(twoStages(), {}, 7, nov(2));
    EXPECT_EQ(p.week, 1);
    EXPECT_EQ(p.session, 1);
    EXPECT_EQ(p.sessionsPerWeek, 3);
    EXPECT_EQ(p.totalWeeks, 3);
    EXPECT_EQ(p.routineId, "a");
    EXPECT_FALSE(p.restDay());
    EXPECT_FALSE(p.started);
    EXPECT_EQ(p.nextSessionDay, localDayNumber(nov(2)));
}

TEST(ProgrammeProgress, RestDaysBetweenAndRoutinesInTurn) {
    std::vector<SessionRecord> h = {done("a", nov(2))};
    ProgrammePosition same = programmeProgress(twoStages(), h, 7, nov(2, 20));
    EXPECT_EQ(same.rest, ProgrammePosition::Rest::DoneForToday);
    ProgrammePosition next = programmeProgress(twoStages(), h, 7, nov(3));
    EXPECT_EQ(next.rest, ProgrammePosition::Rest::BetweenDays);
    EXPECT_EQ(next.nextSessionDay, localDayNumber(nov(4)));
    EXPECT_EQ(next.session, 2);
    EXPECT_EQ(next.routineId, "b");
    EXPECT_FALSE(programmeProgress(twoStages(), h, 7, nov(4)).restDay());
}

TEST(ProgrammeProgress, ASessionOnARestDayDoesNotAdvance) {
    std::vector<SessionRecord> h = {done("a", nov(2)), done("b", nov(3))};
    ProgrammePosition p = programmeProgress(twoStages(), h, 7, nov(4));
    EXPECT_EQ(p.session, 2);
    EXPECT_FALSE(p.restDay());
}

TEST(ProgrammeProgress, AWeekDoneWaitsForTheNextCalendarWeekThenTheStageChanges) {
    std::vector<SessionRecord> h = {done("a", nov(2)), done("b", nov(4)), done("a", nov(6))};
    ProgrammePosition sat = programmeProgress(twoStages(), h, 7, nov(8));
    EXPECT_EQ(sat.rest, ProgrammePosition::Rest::WeekComplete);
    EXPECT_EQ(sat.week, 2);
    EXPECT_EQ(sat.nextSessionDay, localDayNumber(nov(9)));
    ProgrammePosition mon = programmeProgress(twoStages(), h, 7, nov(9));
    EXPECT_FALSE(mon.restDay());
    EXPECT_EQ(mon.stage, 1u);
    EXPECT_EQ(mon.weekInStage, 1);
    EXPECT_EQ(mon.sessionsPerWeek, 14);
    EXPECT_EQ(mon.routineId, "morning");
    EXPECT_DOUBLE_EQ(mon.doseScale, 1.2);
}

TEST(ProgrammeProgress, TwoADayThenDoneForToday) {
    std::vector<SessionRecord> h = {done("a", nov(2)), done("b", nov(4)), done("a", nov(6)),
                                    done("morning", nov(9, 8))};
    ProgrammePosition evening = programmeProgress(twoStages(), h, 7, nov(9, 19));
    EXPECT_FALSE(evening.restDay());
    EXPECT_EQ(evening.routineId, "evening");
    EXPECT_EQ(evening.doneToday, 1);
    h.push_back(done("evening", nov(9, 19)));
    h.push_back(done("morning", nov(9, 21)));  // a third on the same day: extra practice
    ProgrammePosition late = programmeProgress(twoStages(), h, 7, nov(9, 22));
    EXPECT_EQ(late.rest, ProgrammePosition::Rest::DoneForToday);
    EXPECT_EQ(late.session, 3);
    EXPECT_FALSE(programmeProgress(twoStages(), h, 7, nov(10)).restDay());  // no rest days in this stage
}

TEST(ProgrammeProgress, StoppedEarlyOtherProfilesAndProgrammesDoNotCount) {
    SessionRecord abandoned = done("a", nov(2));
    abandoned.stoppedEarly = true;
    abandoned.completedItems = 1;
    SessionRecord other = done("a", nov(2));
    other.profileId = 8;
    SessionRecord elsewhere = done("a", nov(2));
    elsewhere.programmeId = "another";
    ProgrammePosition p = programmeProgress(twoStages(), {abandoned, other, elsewhere}, 7, nov(3));
    EXPECT_FALSE(p.started);
    EXPECT_EQ(p.session, 1);
    EXPECT_FALSE(p.restDay());
}

TEST(ProgrammeProgress, ALongGapStepsBackOneWeek) {
    std::vector<SessionRecord> h = {done("a", nov(2)), done("b", nov(4)), done("a", nov(6)),
                                    done("morning", nov(9))};
    ProgrammePosition p = programmeProgress(twoStages(), h, 7, nov(23));  // 14 days: kept
    EXPECT_EQ(p.week, 2);
    EXPECT_EQ(p.session, 2);
    EXPECT_EQ(p.stepsBack, 0);
    p = programmeProgress(twoStages(), h, 7, nov(24));  // 15 days: back to week 1, session 1
    EXPECT_EQ(p.week, 1);
    EXPECT_EQ(p.session, 1);
    EXPECT_EQ(p.stepsBack, 1);
    EXPECT_FALSE(p.restDay());
    EXPECT_EQ(p.routineId, "a");
    h.push_back(done("a", nov(26)));  // the gap is now in the history: stepped back once, then advanced
    p = programmeProgress(twoStages(), h, 7, nov(27));
    EXPECT_EQ(p.week, 1);
    EXPECT_EQ(p.session, 2);
    EXPECT_EQ(p.stepsBack, 1);
}

TEST(ProgrammeProgress, FinishedRepeatsTheLastWeek) {
    Programme p;
    p.id = "plan";
    ProgrammeStage daily;
    daily.weeks = 1;
    daily.sessionsPerWeek = 2;
    daily.routines = {"x"};
    p.stages = {daily};
    std::vector<SessionRecord> h = {done("x", nov(2)), done("x", nov(3))};
    ProgrammePosition at = programmeProgress(p, h, 7, nov(9));
    EXPECT_TRUE(at.finished);
    EXPECT_EQ(at.week, 1);
    EXPECT_EQ(at.routineId, "x");
    EXPECT_FALSE(at.restDay());
    EXPECT_EQ(programmeProgress(p, h, 7, nov(5)).rest, ProgrammePosition::Rest::WeekComplete);
}

}  // namespace
}  // namespace mc
