#pragma once
// The monotonic clock the shell reads for timers (never jumps). The wall clock is
// platform/store/WallClock.h. The core never reads either; it is handed values.
#include "core/Time.h"

namespace mc {

MonoTime monotonicNow();

}  // namespace mc
