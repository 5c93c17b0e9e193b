#include "platform/display/Clock.h"

#include <chrono>

namespace mc {

MonoTime monotonicNow() {
    return std::chrono::duration_cast<Millis>(std::chrono::steady_clock::now().time_since_epoch());
}

}  // namespace mc
