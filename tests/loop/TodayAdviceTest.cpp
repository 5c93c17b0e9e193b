// "Today" as home words it: the programme line, rest days, and why a routine does not suit.
#include <gtest/gtest.h>

#include "locale/Locale.h"
#include "loop/TodayAdvice.h"
#include "progress/CalendarWeek.h"

namespace mc {
namespace {

const WallTime kNow{1796083200 + 8 * 3600, 3 * 3600};  // a Monday morning

TodaySuggestion following(ProgrammePosition::Rest rest, std::int64_t nextDayOffset) {
    TodaySuggestion s;
    s.programmeId = "strong-back-three-times";
    s.routineId = rest == ProgrammePosition::Rest::None ? "strong-back-30" : "";
    ProgrammePosition p;
    p.week = 2;
    p.session = 1;
    p.sessionsPerWeek = 3;
    p.rest = rest;
    p.nextSessionDay = localDayNumber(kNow) + nextDayOffset;
    s.position = p;
    return s;
}

TEST(TodayAdvice, SaysWhereTheProgrammeStandsOrWhenTheNextSessionIs) {
    const Locale& en = localeFor("en");
    EXPECT_EQ(todayLine(following(ProgrammePosition::Rest::None, 0), kNow, en), "Today: week 2, session 1 of 3");
    EXPECT_EQ(todayLine(following(ProgrammePosition::Rest::BetweenDays, 1), kNow, en),
              "Rest day \xE2\x80\x94 next session tomorrow");
    EXPECT_EQ(todayLine(following(ProgrammePosition::Rest::WeekComplete, 3), kNow, en),
              "Rest day \xE2\x80\x94 next session in 3 days");
    EXPECT_EQ(todayLine(following(ProgrammePosition::Rest::DoneForToday, 1), kNow, en),
              "Done for today \xE2\x80\x94 next session tomorrow");
    EXPECT_EQ(todayLine(following(ProgrammePosition::Rest::None, 0), kNow, localeFor("ru")),
              "Сегодня: неделя 2, занятие 1 из 3");
    TodaySuggestion none;
    EXPECT_EQ(todayLine(none, kNow, en), "");  // no programme: home shows "Suggested"
}

TEST(TodayAdvice, NamesTheSituationAnAvoidReasonIsAbout) {
    Profile anna;
    anna.situation = Situation::Pregnancy;
    anna.trimester = 2;
    Unsuitability prone;
    prone.kind = Unsuitability::Kind::Avoid;
    prone.reason.byLanguage["en"] = "lies face down";
    EXPECT_EQ(unsuitableLine(prone, anna, localeFor("en"), "en"), "Pregnancy: lies face down");
    Unsuitability dumbbells;
    dumbbells.kind = Unsuitability::Kind::Equipment;
    dumbbells.detail = "dumbbells";
    EXPECT_EQ(unsuitableLine(dumbbells, anna, localeFor("en"), "en").substr(0, 6), "Needs ");

    TodaySuggestion today = following(ProgrammePosition::Rest::None, 0);
    today.doseScale = 1.2;
    today.unsuitable.push_back({"prone-back", {{prone}}});
    HomeAdvice a = adviceFor(today, anna, kNow, localeFor("en"), "en");
    EXPECT_EQ(a.suggestedRoutine, "strong-back-30");
    EXPECT_EQ(a.programmeId, "strong-back-three-times");
    EXPECT_DOUBLE_EQ(a.doseScale, 1.2);
    EXPECT_EQ(a.unsuitable.at("prone-back"), "Pregnancy: lies face down");
}

}  // namespace
}  // namespace mc
