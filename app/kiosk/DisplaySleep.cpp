#include "kiosk/DisplaySleep.h"

#include <algorithm>

namespace mc {

const char* describe(TransitionReason reason) {
    switch (reason) {
        case TransitionReason::IdleTimeout: return "idle on the home screen";
        case TransitionReason::SleepHours: return "sleep hours began";
        case TransitionReason::Input: return "a key or button was pressed";
        case TransitionReason::Presence: return "the presence sensor saw motion";
        case TransitionReason::WakeTime: return "sleep hours ended";
        case TransitionReason::Routine: return "a routine is running";
    }
    return "";
}

Millis DisplaySleep::currentIdleTimeout() const {
    if (wokenInSleepHours_) return policy_.idleTimeoutInSleepHours;
    return policy_.idleSleeps ? policy_.idleTimeout : Millis(0);
}

std::optional<DisplayTransition> DisplaySleep::wake(const SleepInputs& in, TransitionReason reason) {
    awake_ = true;
    scheduleSleepDue_ = false;
    lastActivity_ = lastUse_ = in.now.mono;
    return DisplayTransition{DisplayAction::On, reason};
}

std::optional<DisplayTransition> DisplaySleep::sleep(TransitionReason reason) {
    awake_ = false;
    scheduleSleepDue_ = false;
    wokenInSleepHours_ = false;
    return DisplayTransition{DisplayAction::Off, reason};
}

std::optional<DisplayTransition> DisplaySleep::step(const SleepInputs& in) {
    const bool first = !started_;
    if (first) {
        started_ = true;
        lastActivity_ = lastUse_ = in.now.mono;
    }
    const bool inSleepHours = policy_.schedule.contains(in.now.secondOfDay);
    // Boundaries are detected as changes, so a key press in the sleep hours keeps the
    // display on, and a wall-clock jump (NTP after boot) still counts as crossing.
    const bool enteredSleepHours = inSleepHours && (first || !wasInSleepHours_);
    const bool leftSleepHours = !inSleepHours && wasInSleepHours_ && !first;
    wasInSleepHours_ = inSleepHours;
    if (!inSleepHours) wokenInSleepHours_ = false;
    const bool motion = in.presence && policy_.presenceWakes;

    if (!awake_) {
        if (in.routineRunning) return wake(in, TransitionReason::Routine);
        if (in.input) {
            wokenInSleepHours_ = inSleepHours;
            return wake(in, TransitionReason::Input);
        }
        // A passer-by at night should not light the mirror up; a key press still does.
        if (motion && !inSleepHours) return wake(in, TransitionReason::Presence);
        if (leftSleepHours) return wake(in, TransitionReason::WakeTime);
        return std::nullopt;
    }

    if (enteredSleepHours) scheduleSleepDue_ = true;
    if (leftSleepHours) scheduleSleepDue_ = false;
    if (in.input || motion || in.routineRunning) lastUse_ = in.now.mono;
    if (in.input || motion || in.routineRunning || !in.onHomeScreen) lastActivity_ = in.now.mono;
    if (in.routineRunning) return std::nullopt;

    if (scheduleSleepDue_ && in.now.mono - lastUse_ >= policy_.scheduleGrace) return sleep(TransitionReason::SleepHours);
    const Millis idleTimeout = currentIdleTimeout();
    if (idleTimeout.count() > 0 && in.onHomeScreen && in.now.mono - lastActivity_ >= idleTimeout) {
        return sleep(TransitionReason::IdleTimeout);
    }
    return std::nullopt;
}

Millis DisplaySleep::timeUntilNextCheck(const KioskTime& now) const {
    Millis wait = Millis(60'000);
    const int toBoundary = policy_.schedule.secondsToNextBoundary(now.secondOfDay);
    if (toBoundary > 0) wait = std::min(wait, Millis(int64_t{toBoundary} * 1000));
    if (awake_) {
        if (scheduleSleepDue_) wait = std::min(wait, std::max(Millis(0), lastUse_ + policy_.scheduleGrace - now.mono));
        const Millis idleTimeout = currentIdleTimeout();
        if (idleTimeout.count() > 0) wait = std::min(wait, std::max(Millis(0), lastActivity_ + idleTimeout - now.mono));
    }
    return wait;
}

}  // namespace mc
