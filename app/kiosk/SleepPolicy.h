#pragma once
// When the display may sleep and what may wake it, derived from the config.
#include "config/Config.h"
#include "core/Time.h"

namespace mc {

// The sleep hours: dark from `sleepMinute` until `wakeMinute` (minutes after local
// midnight). The window may cross midnight (22:30 -> 07:00). Equal or negative: no window.
struct SleepSchedule {
    int sleepMinute = -1;
    int wakeMinute = -1;

    bool enabled() const { return sleepMinute >= 0 && wakeMinute >= 0 && sleepMinute != wakeMinute; }
    bool contains(int secondOfDay) const;
    // Seconds from `secondOfDay` to the next sleep or wake boundary (1..86400), or -1 without a window.
    int secondsToNextBoundary(int secondOfDay) const;
};

struct SleepPolicy {
    Millis idleTimeout{300'000};  // on the home screen; 0: idleness never darkens the display
    bool idleSleeps = true;       // false (presence = "off"): outside sleep hours only the schedule darkens
    bool presenceWakes = false;   // presence = "gpio": motion counts as activity and wakes the display
    SleepSchedule schedule;
    // After a key press in the sleep hours the display goes dark again after this much idleness,
    // even when idleness alone would not darken it.
    Millis idleTimeoutInSleepHours{300'000};
    // The schedule does not darken the display this soon after someone used it.
    Millis scheduleGrace{60'000};
};

SleepPolicy sleepPolicyFromConfig(const Config& config);

}  // namespace mc
