#include "loop/MotionRate.h"

#include <algorithm>
#include <cmath>

namespace mc {

Millis frameIntervalFor(float pixelsPerSecond, const MotionRateLimits& limits) {
    const Millis slowest = std::max(limits.cap, limits.slowest);
    if (!(pixelsPerSecond > 0.0f) || !std::isfinite(pixelsPerSecond)) return pixelsPerSecond > 0.0f ? limits.cap : slowest;
    const double ms = 1000.0 * std::max(0.0f, limits.maxStepPx) / pixelsPerSecond;
    if (ms >= static_cast<double>(slowest.count())) return slowest;
    return std::clamp(Millis(static_cast<int64_t>(ms)), limits.cap, slowest);
}

}  // namespace mc
