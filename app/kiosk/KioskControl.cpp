#include "kiosk/KioskControl.h"

#include <algorithm>

#include "log/Log.h"

namespace mc {

constexpr Millis kSensorPollInterval{250};  // a PIR holds its output for seconds: 4 reads/s suffice

KioskControl::KioskControl(const SleepPolicy& policy, KioskPorts ports) : sleep_(policy), ports_(ports) {}

KioskTick KioskControl::tick(const KioskTime& now, bool inputSinceLastTick, bool onHomeScreen, bool routineRunning) {
    SleepInputs in;
    in.now = now;
    in.input = inputSinceLastTick;
    in.presence = ports_.presence && ports_.presence->motion();
    in.onHomeScreen = onHomeScreen;
    in.routineRunning = routineRunning;

    KioskTick result;
    result.transition = sleep_.step(in);
    if (result.transition) {
        const bool on = result.transition->action == DisplayAction::On;
        logInfo("display", std::string(on ? "waking" : "going dark") + " (" + describe(result.transition->reason) + ")");
        on ? ports_.power.turnOn() : ports_.power.turnOff();
        ports_.service.status(on ? "display on" : "display asleep");
        result.swallowInput = on && result.transition->reason == TransitionReason::Input;
    }
    ports_.power.poll();
    ports_.service.watchdog();

    result.displayOn = sleep_.awake();
    result.maxWait = sleep_.timeUntilNextCheck(now);
    if (Millis ping = ports_.service.watchdogPingInterval(); ping.count() > 0)
        result.maxWait = std::min(result.maxWait, ping / 2);
    if (ports_.presence) result.maxWait = std::min(result.maxWait, kSensorPollInterval);
    if (!ports_.power.idle()) result.maxWait = std::min(result.maxWait, Millis(50));  // reap the command promptly
    result.maxWait = std::max(result.maxWait, Millis(1));
    return result;
}

void KioskControl::firstFrameShown() {
    ports_.service.ready();
    ports_.service.status("running");
}

void KioskControl::shuttingDown() {
    ports_.service.stopping();
    if (!sleep_.awake()) ports_.power.turnOn();
    ports_.power.finish();
}

}  // namespace mc
