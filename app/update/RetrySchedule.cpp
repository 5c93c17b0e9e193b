#include "update/RetrySchedule.h"

#include <algorithm>

namespace mc {

Millis nextCheckDelay(const RetryPolicy& policy, int consecutiveFailures, std::mt19937_64& rng) {
    if (consecutiveFailures <= 0) {
        const double base = static_cast<double>(policy.pollInterval.count());
        std::uniform_real_distribution<double> spread(-policy.pollJitter, policy.pollJitter);
        return Millis(std::max<int64_t>(1, static_cast<int64_t>(base * (1.0 + spread(rng)))));
    }
    const int64_t cap = std::max<int64_t>(1, std::min(policy.maxRetry.count(), policy.pollInterval.count()));
    int64_t delay = std::max<int64_t>(1, policy.firstRetry.count());
    for (int i = 1; i < consecutiveFailures && delay < cap; ++i) delay *= 2;
    delay = std::min(delay, cap);
    std::uniform_int_distribution<int64_t> upperHalf(delay / 2, delay);
    return Millis(std::max<int64_t>(1, upperHalf(rng)));
}

}  // namespace mc
