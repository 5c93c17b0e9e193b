#include "progress/CalendarWeek.h"

#include <chrono>

namespace mc {
namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr std::int64_t kSecondsPerDay = 86400;

std::chrono::sys_days sysDay(std::int64_t dayNumber) {
    return std::chrono::sys_days{std::chrono::days{dayNumber}};
}

}  // namespace

std::int64_t localDayNumber(WallTime t) {
    return floorDiv(t.utcSeconds + t.utcOffsetSeconds, kSecondsPerDay);
}

std::int64_t weekNumber(WallTime t) {
    // Day 0 (1970-01-01) was a Thursday, so the Monday of its week is day -3.
    return floorDiv(localDayNumber(t) + 3, 7);
}

IsoWeek isoWeekOf(WallTime t) {
    using namespace std::chrono;
    sys_days day = sysDay(localDayNumber(t));
    auto isoWeekday = static_cast<int>(weekday{day}.iso_encoding());  // 1 = Monday
    sys_days thursday = day + days{4 - isoWeekday};
    year_month_day ymd{thursday};
    sys_days firstOfYear{ymd.year() / January / 1};
    return {static_cast<int>(ymd.year()), static_cast<int>((thursday - firstOfYear).count() / 7 + 1)};
}

LocalDateTime localDateTimeOf(WallTime t) {
    using namespace std::chrono;
    std::int64_t dayNumber = localDayNumber(t);
    std::int64_t secondOfDay = t.utcSeconds + t.utcOffsetSeconds - dayNumber * kSecondsPerDay;
    sys_days day = sysDay(dayNumber);
    year_month_day ymd{day};
    LocalDateTime out;
    out.year = static_cast<int>(ymd.year());
    out.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    out.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    out.weekday = static_cast<int>(weekday{day}.iso_encoding());
    out.hour = static_cast<int>(secondOfDay / 3600);
    out.minute = static_cast<int>(secondOfDay % 3600 / 60);
    out.second = static_cast<int>(secondOfDay % 60);
    return out;
}

}  // namespace mc
