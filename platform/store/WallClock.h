#pragma once
// The real-time clock and the OS time zone, read in one place: the progress logic
// is pure and gets these values passed in.
#include "progress/WallTime.h"

namespace mc {

// Now, as UTC epoch seconds and the local UTC offset in force now (from the
// system time zone, TZ honoured; daylight saving included).
WallTime wallTimeNow();

}  // namespace mc
