#pragma once
// Local calendar arithmetic for weekly goals: weeks start on Monday (ISO 8601)
// and are taken in local time, i.e. UTC shifted by an explicit offset.
#include <cstdint>

#include "progress/WallTime.h"

namespace mc {

// Days since 1970-01-01 of the local date of `t` (floor, also before 1970).
std::int64_t localDayNumber(WallTime t);

// A running number for the Monday-to-Sunday week holding the local date of `t`:
// consecutive weeks have consecutive numbers, across year boundaries.
std::int64_t weekNumber(WallTime t);

// ISO 8601 week-numbering: the week belongs to the year of its Thursday, so
// 31 December can be in week 1 of the next year and 1 January in week 52 or 53.
struct IsoWeek {
    int year = 1970;
    int week = 1;  // 1..53
    bool operator==(const IsoWeek&) const = default;
};
IsoWeek isoWeekOf(WallTime t);

// The local date and time of `t`, for display.
struct LocalDateTime {
    int year = 1970;
    int month = 1;    // 1..12
    int day = 1;      // 1..31
    int weekday = 4;  // ISO: 1 = Monday .. 7 = Sunday
    int hour = 0;
    int minute = 0;
    int second = 0;
};
LocalDateTime localDateTimeOf(WallTime t);

}  // namespace mc
