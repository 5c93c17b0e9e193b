// Local weeks: Monday start, ISO numbering, explicit UTC offsets.
#include <gtest/gtest.h>

#include "TestTimes.h"
#include "progress/CalendarWeek.h"

namespace mc {
namespace {
using namespace testing_times;

TEST(CalendarWeek, SundayLateAndMondayEarlyAreInConsecutiveWeeks) {
    WallTime sunday = local(2026, 11, 29, 23, 30, hours(1));
    WallTime monday = local(2026, 11, 30, 0, 10, hours(1));
    EXPECT_EQ(weekNumber(monday), weekNumber(sunday) + 1);
    EXPECT_EQ(isoWeekOf(sunday), (IsoWeek{2026, 48}));
    EXPECT_EQ(isoWeekOf(monday), (IsoWeek{2026, 49}));
}

TEST(CalendarWeek, MondayToSundayIsOneWeek) {
    WallTime mondayStart = local(2026, 11, 23, 0, 0, 0);
    WallTime sundayEnd = local(2026, 11, 29, 23, 59, 0);
    EXPECT_EQ(weekNumber(mondayStart), weekNumber(sundayEnd));
    EXPECT_EQ(weekNumber(mondayStart), weekNumber({sundayEnd.utcSeconds + 59, 0}));
    EXPECT_EQ(weekNumber({mondayStart.utcSeconds - 1, 0}), weekNumber(mondayStart) - 1);
}

TEST(CalendarWeek, TheSameInstantFallsOnDifferentLocalDaysByOffset) {
    // 2026-11-29 22:30 UTC is Sunday in London but already Monday in Moscow.
    WallTime utc = local(2026, 11, 29, 22, 30, 0);
    WallTime moscow{utc.utcSeconds, hours(3)};
    EXPECT_EQ(localDateTimeOf(moscow).weekday, 1);
    EXPECT_EQ(localDateTimeOf(utc).weekday, 7);
    EXPECT_EQ(weekNumber(moscow), weekNumber(utc) + 1);
}

TEST(CalendarWeek, NewYearInsideIsoWeekOneOfTheNextYear) {
    // 2024-12-31 is a Tuesday: that week's Thursday is 2025-01-02, so it is 2025-W01.
    WallTime dec31 = local(2024, 12, 31, 21, 0, hours(2));
    WallTime jan1 = local(2025, 1, 1, 8, 0, hours(2));
    EXPECT_EQ(isoWeekOf(dec31), (IsoWeek{2025, 1}));
    EXPECT_EQ(isoWeekOf(jan1), (IsoWeek{2025, 1}));
    EXPECT_EQ(weekNumber(dec31), weekNumber(jan1));
}

TEST(CalendarWeek, NewYearAfterAWeek53Year) {
    // 2020 had 53 ISO weeks; 2021-01-01 (Friday) still belongs to 2020-W53.
    WallTime dec31 = local(2020, 12, 31, 12, 0, 0);
    WallTime jan1 = local(2021, 1, 1, 12, 0, 0);
    WallTime jan4 = local(2021, 1, 4, 0, 5, 0);  // Monday: 2021-W01
    EXPECT_EQ(isoWeekOf(dec31), (IsoWeek{2020, 53}));
    EXPECT_EQ(isoWeekOf(jan1), (IsoWeek{2020, 53}));
    EXPECT_EQ(isoWeekOf(jan4), (IsoWeek{2021, 1}));
    EXPECT_EQ(weekNumber(dec31), weekNumber(jan1));
    EXPECT_EQ(weekNumber(jan4), weekNumber(jan1) + 1);
}

TEST(CalendarWeek, JanuaryFirstInTheLastWeekOfThePreviousYear) {
    // 2023-01-01 is a Sunday: ISO 2022-W52.
    EXPECT_EQ(isoWeekOf(local(2023, 1, 1, 10, 0, 0)), (IsoWeek{2022, 52}));
    EXPECT_EQ(isoWeekOf(local(2023, 1, 2, 10, 0, 0)), (IsoWeek{2023, 1}));
}

TEST(CalendarWeek, LocalDateTimeHonoursTheOffset) {
    WallTime t = local(2026, 3, 1, 0, 15, -hours(5));
    LocalDateTime d = localDateTimeOf(t);
    EXPECT_EQ(d.year, 2026);
    EXPECT_EQ(d.month, 3);
    EXPECT_EQ(d.day, 1);
    EXPECT_EQ(d.hour, 0);
    EXPECT_EQ(d.minute, 15);
    EXPECT_EQ(d.weekday, 7);
    // Same instant seen in UTC is 05:15.
    EXPECT_EQ(localDateTimeOf({t.utcSeconds, 0}).hour, 5);
}

TEST(CalendarWeek, BeforeNineteenSeventyCountsDownwards) {
    WallTime t = local(1969, 12, 28, 12, 0, 0);  // Sunday
    WallTime u = local(1969, 12, 29, 12, 0, 0);  // Monday
    EXPECT_EQ(weekNumber(u), weekNumber(t) + 1);
    EXPECT_EQ(localDateTimeOf(t).day, 28);
    EXPECT_EQ(isoWeekOf(u), (IsoWeek{1970, 1}));
}

}  // namespace
}  // namespace mc
