#pragma once
// When the updater asks the server next: the poll interval while things work, and
// exponential backoff after failures. Both are jittered so a fleet of mirrors that
// lost power together does not hit the server in the same second.
#include <random>

#include "core/Time.h"

namespace mc {

struct RetryPolicy {
    Millis pollInterval{15 * 60 * 1000};
    double pollJitter = 0.1;  // ±10% of the interval
    Millis firstRetry{30 * 1000};
    Millis maxRetry{60 * 60 * 1000};
};

// Delay before the next check. `consecutiveFailures` = 0 after a success: the poll
// interval ± jitter. Otherwise firstRetry * 2^(failures-1), capped at maxRetry (and at
// the poll interval, a failure never makes checks rarer than success does), drawn
// uniformly from the upper half [d/2, d] ("equal jitter").
Millis nextCheckDelay(const RetryPolicy& policy, int consecutiveFailures, std::mt19937_64& rng);

}  // namespace mc
