#include "kiosk/KioskShell.h"

#include <algorithm>
#include <cstdio>

namespace mc {

constexpr Millis kSensorPollInterval{250};  // a PIR holds its output for seconds: 4 reads/s suffice

KioskShell::KioskShell(const Config& config)
    : sleep_(sleepPolicyFromConfig(config)),
      power_(config.schedule.display_off_command, config.schedule.display_on_command,
             Millis(int64_t{config.schedule.command_timeout_s} * 1000)) {
    if (config.presence.mode == PresenceMode::Gpio) {
        auto sensor =
            PresenceSensor::open(config.presence.gpio_chip, config.presence.gpio_line, config.presence.active_low);
        if (sensor) {
            sensor_ = std::move(*sensor);
            std::fprintf(stderr, "presence: PIR sensor on %s line %d\n", config.presence.gpio_chip.c_str(),
                         config.presence.gpio_line);
        } else {
            std::fprintf(stderr, "%s\n", sensor.error().message.c_str());
            problems_.push_back(sensor.error().message);
        }
    }
}

KioskTick KioskShell::tick(const KioskTime& now, bool inputSinceLastTick, bool onHomeScreen, bool routineRunning) {
    SleepInputs in;
    in.now = now;
    in.input = inputSinceLastTick;
    in.presence = sensor_ && sensor_->motion();
    in.onHomeScreen = onHomeScreen;
    in.routineRunning = routineRunning;

    KioskTick result;
    result.transition = sleep_.step(in);
    if (result.transition) {
        const bool on = result.transition->action == DisplayAction::On;
        std::fprintf(stderr, "display: %s (%s)\n", on ? "waking" : "going dark", describe(result.transition->reason));
        on ? power_.turnOn() : power_.turnOff();
        notifier_.status(on ? "display on" : "display asleep");
        result.swallowInput = on && result.transition->reason == TransitionReason::Input;
    }
    power_.poll();
    notifier_.watchdog();

    result.displayOn = sleep_.awake();
    result.maxWait = sleep_.timeUntilNextCheck(now);
    if (notifier_.watchdogPingInterval().count() > 0) {
        result.maxWait = std::min(result.maxWait, notifier_.watchdogPingInterval() / 2);
    }
    if (sensor_) result.maxWait = std::min(result.maxWait, kSensorPollInterval);
    if (!power_.idle()) result.maxWait = std::min(result.maxWait, Millis(50));  // reap the command promptly
    result.maxWait = std::max(result.maxWait, Millis(1));
    return result;
}

void KioskShell::firstFrameShown() {
    notifier_.ready();
    notifier_.status("running");
}

void KioskShell::shuttingDown() {
    notifier_.stopping();
    if (!sleep_.awake()) power_.turnOn();
    power_.finish();
}

}  // namespace mc
