#include "platform/store/WallClock.h"

#include <chrono>
#include <ctime>

namespace mc {

WallTime wallTimeNow() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    if (!localtime_r(&now, &local)) return {static_cast<std::int64_t>(now), 0};
    return {static_cast<std::int64_t>(now), static_cast<std::int32_t>(local.tm_gmtoff)};
}

}  // namespace mc
