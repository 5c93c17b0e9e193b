#pragma once
// The display's sleep/wake state machine: pure, stepped once per main-loop iteration
// with the time and what happened since the last step. It says when to turn the
// display off or on, once per transition; the shell runs the commands and stops drawing.
//
//   - Idle on the home screen for the idle timeout  -> off (not with presence = "off")
//   - Entering the sleep hours (e.g. 22:30)          -> off, once nobody has used it for a minute
//   - Any key or controller button                   -> on (also in the sleep hours, for a while)
//   - PIR motion (presence = "gpio")                 -> on, outside the sleep hours
//   - Leaving the sleep hours (e.g. 07:00)           -> on
//   - A routine in progress never sleeps; if one is reported while dark -> on.
#include <optional>

#include "core/Time.h"
#include "kiosk/SleepPolicy.h"

namespace mc {

// One reading of both clocks: monotonic for durations, local time of day for the schedule.
struct KioskTime {
    MonoTime mono{0};
    int secondOfDay = 0;  // 0..86399, local time
};

struct SleepInputs {
    KioskTime now;
    bool input = false;           // a key, clicker or controller button since the last step
    bool presence = false;        // the PIR sensor reports motion now
    bool onHomeScreen = true;     // idleness only counts on the home screen
    bool routineRunning = false;  // a session exists (running or paused): never sleep
};

enum class DisplayAction { Off, On };
enum class TransitionReason { IdleTimeout, SleepHours, Input, Presence, WakeTime, Routine };

struct DisplayTransition {
    DisplayAction action;
    TransitionReason reason;
    bool operator==(const DisplayTransition&) const = default;
};

const char* describe(TransitionReason reason);

class DisplaySleep {
public:
    explicit DisplaySleep(SleepPolicy policy) : policy_(policy) {}

    // Advances the machine; returns a transition exactly when the display changes state.
    std::optional<DisplayTransition> step(const SleepInputs& in);

    bool awake() const { return awake_; }

    // How long the loop may wait for events before a step could change anything
    // (capped at a minute, since the wall clock may jump).
    Millis timeUntilNextCheck(const KioskTime& now) const;

private:
    std::optional<DisplayTransition> wake(const SleepInputs& in, TransitionReason reason);
    std::optional<DisplayTransition> sleep(TransitionReason reason);
    Millis currentIdleTimeout() const;

    SleepPolicy policy_;
    bool started_ = false;
    bool awake_ = true;
    bool wasInSleepHours_ = false;
    bool scheduleSleepDue_ = false;  // entered the sleep hours while awake and has not slept yet
    bool wokenInSleepHours_ = false;
    MonoTime lastActivity_{0};       // input, motion, waking, or anything but idling at home
    MonoTime lastUse_{0};            // input, motion, waking, or a routine
};

}  // namespace mc
