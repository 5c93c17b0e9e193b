// Weekly counts, the time-zone rule and streaks.
#include <gtest/gtest.h>

#include "TestTimes.h"
#include "progress/CalendarWeek.h"
#include "progress/WeekProgress.h"

namespace mc {
namespace {
using namespace testing_times;

const std::vector<std::string> kRoutines = {"gentle", "posture", "strength"};

TEST(WeekProgress, CountsOnlyThisWeeksSessions) {
    WallTime now = local(2026, 11, 25, 18, 0, hours(1));  // Wednesday
    std::vector<SessionRecord> history = {
        finished("gentle", local(2026, 11, 22, 23, 30, hours(1))),   // Sunday of the previous week
        finished("gentle", local(2026, 11, 23, 0, 10, hours(1))),    // Monday just after midnight
        finished("posture", local(2026, 11, 24, 7, 0, hours(1))),
    };
    WeekProgress p = computeWeekProgress(history, now, 3, kRoutines);
    EXPECT_EQ(p.done, 2);
    EXPECT_EQ(p.goal, 3);
}

TEST(WeekProgress, StoppedEarlyCountsOnlyPastHalfway) {
    WallTime now = local(2026, 11, 25, 18, 0, 0);
    SessionRecord quit = finished("gentle", local(2026, 11, 24, 7, 0, 0));
    quit.stoppedEarly = true;
    quit.completedItems = 2;
    quit.totalItems = 6;
    SessionRecord nearlyDone = quit;
    nearlyDone.completedItems = 3;
    SessionRecord unknownTotal = quit;  // migrated from schema 1: total unknown
    unknownTotal.totalItems = 0;
    EXPECT_FALSE(countsTowardGoal(quit));
    EXPECT_TRUE(countsTowardGoal(nearlyDone));
    EXPECT_FALSE(countsTowardGoal(unknownTotal));
    EXPECT_EQ(computeWeekProgress({quit, nearlyDone, unknownTotal}, now, 3, kRoutines).done, 1);
}

TEST(WeekProgress, SessionsKeepTheWeekOfTheirRecordedLocalTime) {
    // Recorded in Moscow (UTC+3) on Monday 01:00 local = Sunday 22:00 UTC. Viewed
    // later from New York (UTC-5), where that instant was Sunday 17:00: it still
    // counts in the week of its Moscow Monday.
    WallTime recorded = local(2026, 11, 23, 1, 0, hours(3));
    std::vector<SessionRecord> history = {finished("gentle", recorded)};
    WallTime nowInNewYork = local(2026, 11, 25, 12, 0, -hours(5));
    EXPECT_EQ(computeWeekProgress(history, nowInNewYork, 3, kRoutines).done, 1);
    // Seen from the previous week in New York's local time, it is not "this week".
    WallTime sundayInNewYork = local(2026, 11, 22, 20, 0, -hours(5));
    EXPECT_EQ(computeWeekProgress(history, sundayInNewYork, 3, kRoutines).done, 0);
}

TEST(WeekProgress, NowUsesItsOwnOffset) {
    // Monday 02:00 in UTC+3 is still Sunday 23:00 UTC: the same instant is in
    // different weeks depending on the offset passed with now.
    std::vector<SessionRecord> history = {finished("gentle", local(2026, 11, 29, 10, 0, 0))};  // Sunday
    WallTime mondayMoscow = local(2026, 11, 30, 2, 0, hours(3));
    WallTime sameInstantUtc{mondayMoscow.utcSeconds, 0};
    EXPECT_EQ(computeWeekProgress(history, sameInstantUtc, 3, kRoutines).done, 1);
    EXPECT_EQ(computeWeekProgress(history, mondayMoscow, 3, kRoutines).done, 0);
}

TEST(WeekProgress, CountsAcrossNewYearInOneIsoWeek) {
    // 2024-12-30 (Mon) .. 2025-01-05 (Sun) is one week.
    std::vector<SessionRecord> history = {
        finished("gentle", local(2024, 12, 30, 9, 0, 0)),
        finished("posture", local(2024, 12, 31, 23, 50, 0)),
        finished("strength", local(2025, 1, 1, 0, 20, 0)),
        finished("gentle", local(2024, 12, 29, 23, 59, 0)),  // Sunday before: previous week
    };
    WeekProgress p = computeWeekProgress(history, local(2025, 1, 3, 12, 0, 0), 3, kRoutines);
    EXPECT_EQ(p.done, 3);
}

std::vector<SessionRecord> weeksMeetingGoal(WallTime mondayOfFirst, int weeks, int perWeek) {
    std::vector<SessionRecord> out;
    for (int w = 0; w < weeks; ++w) {
        for (int s = 0; s < perWeek; ++s) {
            WallTime t{mondayOfFirst.utcSeconds + (w * 7 + s * 2) * 86400LL + 8 * 3600, mondayOfFirst.utcOffsetSeconds};
            out.push_back(finished("gentle", t));
        }
    }
    return out;
}

TEST(WeekStreak, CurrentWeekCountsOnceMet) {
    WallTime firstMonday = local(2026, 11, 2, 0, 0, hours(1));
    auto history = weeksMeetingGoal(firstMonday, 4, 3);  // Nov 2, 9, 16, 23 weeks
    WallTime sundayOfFourth = local(2026, 11, 29, 20, 0, hours(1));
    EXPECT_EQ(weekStreak(history, sundayOfFourth, 3), 4);
}

TEST(WeekStreak, UnfinishedCurrentWeekKeepsThePreviousStreak) {
    WallTime firstMonday = local(2026, 11, 2, 0, 0, hours(1));
    auto history = weeksMeetingGoal(firstMonday, 3, 3);  // weeks of Nov 2, 9, 16
    history.push_back(finished("gentle", local(2026, 11, 24, 8, 0, hours(1))));  // 1 of 3 this week
    WallTime now = local(2026, 11, 26, 12, 0, hours(1));
    WeekProgress p = computeWeekProgress(history, now, 3, kRoutines);
    EXPECT_EQ(p.streakWeeks, 3);
    EXPECT_EQ(p.done, 1);
}

TEST(WeekStreak, AMissedWeekBreaksIt) {
    WallTime firstMonday = local(2026, 11, 2, 0, 0, 0);
    auto history = weeksMeetingGoal(firstMonday, 1, 3);           // week of Nov 2
    auto later = weeksMeetingGoal(local(2026, 11, 16, 0, 0, 0), 2, 3);  // Nov 16 and 23; Nov 9 missed
    history.insert(history.end(), later.begin(), later.end());
    EXPECT_EQ(weekStreak(history, local(2026, 11, 30, 9, 0, 0), 3), 2);
    // A whole week with nothing: streak over.
    EXPECT_EQ(weekStreak(history, local(2026, 12, 8, 9, 0, 0), 3), 0);
}

TEST(WeekStreak, WeekBelowGoalBreaksIt) {
    auto history = weeksMeetingGoal(local(2026, 11, 2, 0, 0, 0), 3, 3);
    history.erase(history.begin() + 4);  // week of Nov 9 now has 2 of 3
    EXPECT_EQ(weekStreak(history, local(2026, 11, 23, 9, 0, 0), 3), 1);
    EXPECT_EQ(weekStreak(history, local(2026, 11, 23, 9, 0, 0), 2), 3);
}

TEST(WeekStreak, RunsAcrossTheYearBoundary) {
    // Weeks of 2020-12-21, 2020-12-28 (W53, holding Jan 1) and 2021-01-04 (W01).
    auto history = weeksMeetingGoal(local(2020, 12, 21, 0, 0, 0), 3, 2);
    EXPECT_EQ(weekStreak(history, local(2021, 1, 8, 12, 0, 0), 2), 3);
}

TEST(WeekStreak, GoalBelowOneIsTreatedAsOne) {
    EXPECT_EQ(weekStreak({}, local(2026, 11, 25, 0, 0, 0), 0), 0);
    WeekProgress p = computeWeekProgress({}, local(2026, 11, 25, 0, 0, 0), 0, kRoutines);
    EXPECT_EQ(p.goal, 1);
    EXPECT_EQ(p.streakWeeks, 0);
}

}  // namespace
}  // namespace mc
