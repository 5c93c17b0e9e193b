#pragma once
// How often to draw while something moves: often enough that no step of it exceeds a
// few pixels, never more often than the cap, never less often than the minimum rate.
// Pure, so its bounds are unit-tested (tests/loop/MotionRateTest).
#include "core/Time.h"

namespace mc {

struct MotionRateLimits {
    Millis cap{33};        // the fastest: the configured frame cap
    Millis slowest{500};   // the slowest while anything moves at all
    float maxStepPx = 4.0f;  // the largest step the eye takes for motion, not a jump
};

// The frame interval for something moving `pixelsPerSecond` on screen (0 or less: still).
Millis frameIntervalFor(float pixelsPerSecond, const MotionRateLimits& limits);

}  // namespace mc
