#pragma once
// A moment as the mirror's owner lived it: a UTC instant plus the local UTC offset
// in force then. The progress logic never reads a clock; the shell passes these in.
#include <cstdint>

namespace mc {

struct WallTime {
    std::int64_t utcSeconds = 0;        // seconds since 1970-01-01T00:00:00Z
    std::int32_t utcOffsetSeconds = 0;  // local time = UTC + offset (e.g. +10800 for UTC+3)
};

// Offsets beyond this are not real time zones (the widest is UTC-12 .. UTC+14).
inline constexpr std::int32_t kMaxUtcOffsetSeconds = 18 * 3600;

}  // namespace mc
