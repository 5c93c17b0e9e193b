#pragma once
// Builds UTC instants from local calendar dates, independent of the machine's time zone.
#include <chrono>
#include <cstdint>

#include "progress/SessionRecord.h"
#include "progress/WallTime.h"

namespace mc::testing_times {

constexpr std::int32_t hours(int h) { return h * 3600; }

// The instant whose local time at `offset` is the given date and time.
inline WallTime local(int year, unsigned month, unsigned day, int hour, int minute, std::int32_t offset) {
    using namespace std::chrono;
    sys_days date{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
    std::int64_t localSeconds = date.time_since_epoch().count() * 86400LL + hour * 3600LL + minute * 60LL;
    return {localSeconds - offset, offset};
}

inline SessionRecord finished(const std::string& routine, WallTime start, int minutes = 20) {
    SessionRecord r;
    r.routineId = routine;
    r.contentVersion = "1";
    r.startedUtc = start.utcSeconds;
    r.endedUtc = start.utcSeconds + minutes * 60;
    r.utcOffsetSeconds = start.utcOffsetSeconds;
    r.activeSeconds = minutes * 60;
    r.completedItems = 6;
    r.totalItems = 6;
    return r;
}

}  // namespace mc::testing_times
