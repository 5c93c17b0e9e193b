#include "platform/display/Clock.h"

#include <chrono>
#include <ctime>

namespace mc {

MonoTime monotonicNow() {
    return std::chrono::duration_cast<Millis>(std::chrono::steady_clock::now().time_since_epoch());
}

LocalTime localTimeNow() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_hour * 60 + local.tm_min, static_cast<int>(local.tm_gmtoff / 60), static_cast<long long>(now)};
}

}  // namespace mc
