#pragma once
// The clocks the shell reads: monotonic for timers (never jumps), wall for the
// home screen's time of day. The core never reads either; it is handed values.
#include "core/Time.h"

namespace mc {

MonoTime monotonicNow();

struct LocalTime {
    int minutesOfDay = 0;   // 0..1439
    int utcOffsetMinutes = 0;
    long long epochSeconds = 0;
};
LocalTime localTimeNow();

}  // namespace mc
