#include "kiosk/SleepPolicy.h"

namespace mc {

bool SleepSchedule::contains(int secondOfDay) const {
    if (!enabled()) return false;
    const int sleep = sleepMinute * 60;
    const int wake = wakeMinute * 60;
    if (sleep < wake) return secondOfDay >= sleep && secondOfDay < wake;
    return secondOfDay >= sleep || secondOfDay < wake;  // crosses midnight
}

int SleepSchedule::secondsToNextBoundary(int secondOfDay) const {
    if (!enabled()) return -1;
    constexpr int kDay = 24 * 3600;
    auto until = [&](int boundary) {
        const int delta = ((boundary - secondOfDay) % kDay + kDay) % kDay;
        return delta == 0 ? kDay : delta;
    };
    const int toSleep = until(sleepMinute * 60);
    const int toWake = until(wakeMinute * 60);
    return toSleep < toWake ? toSleep : toWake;
}

SleepPolicy sleepPolicyFromConfig(const Config& config) {
    SleepPolicy policy;
    policy.idleTimeout = Millis(int64_t{config.schedule.idle_timeout_s} * 1000);
    policy.idleSleeps = config.presence.mode != PresenceMode::Off && config.schedule.idle_timeout_s > 0;
    policy.presenceWakes = config.presence.mode == PresenceMode::Gpio;
    policy.schedule.sleepMinute = parseClockTime(config.schedule.sleep);
    policy.schedule.wakeMinute = parseClockTime(config.schedule.wake);
    if (config.schedule.idle_timeout_s > 0) policy.idleTimeoutInSleepHours = policy.idleTimeout;
    return policy;
}

}  // namespace mc
