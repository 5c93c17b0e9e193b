#include "platform/system/WallClock.h"

#include <ctime>

namespace mc {

int localSecondOfDay() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
}

}  // namespace mc
