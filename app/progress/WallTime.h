#pragma once
// A moment as the mirror's owner lived it: a UTC instant plus the local UTC offset
// in force then. The progress logic never reads a clock; the shell passes these in.
#include <cstdint>

namespace mc {

struct WallTime {
    std::int64_t utcSeconds = 0;        // seconds since 1970-01-01T00:00:00Z
    std::int32_t utcOffsetSeconds = 0;  // local time = UTC + offset (e.g. +10800 for UTC+3)
};

// Seconds since local midnight, 0..86399 (for the clock and the sleep schedule).
inline int secondOfLocalDay(const WallTime& t) {
    const std::int64_t s = (t.utcSeconds + t.utcOffsetSeconds) % 86400;
    return static_cast<int>(s < 0 ? s + 86400 : s);
}

// Offsets beyond this are not real time zones (the widest is UTC-12 .. UTC+14).
inline constexpr std::int32_t kMaxUtcOffsetSeconds = 18 * 3600;

}  // namespace mc
