#pragma once
// The kiosk's imperative shell around DisplaySleep, for the run loop: reads the PIR
// sensor, runs the display off/on commands, and keeps systemd informed. The caller
// reads the clocks (so a soak test can run a day in a minute).
// One object per `mirrorcoach run`; call tick() once per loop iteration.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/Config.h"
#include "kiosk/DisplaySleep.h"
#include "platform/system/DisplayPowerSwitch.h"
#include "platform/system/PresenceSensor.h"
#include "platform/system/ServiceNotifier.h"

namespace mc {

struct KioskTick {
    bool displayOn = true;      // false: draw pure black once, then draw nothing until it is true again
    bool swallowInput = false;  // the key that woke the display only wakes it; do not act on it
    std::optional<DisplayTransition> transition;  // what changed in this tick, if anything
    Millis maxWait{1000};       // wait for events no longer than this before the next tick
};

class KioskShell {
public:
    // Opens the PIR sensor when presence.mode = "gpio"; a failure is logged, listed in
    // problems() and the mirror carries on as with mode = "input".
    explicit KioskShell(const Config& config);

    // inputSinceLastTick: any key, clicker or controller button since the previous tick.
    KioskTick tick(const KioskTime& now, bool inputSinceLastTick, bool onHomeScreen, bool routineRunning);

    void firstFrameShown();  // READY=1 for systemd (Type=notify)
    void shuttingDown();     // STOPPING=1; turns a dark display back on for whoever comes next

    // Problems to show on the mirror (in addition to config problems).
    const std::vector<std::string>& problems() const { return problems_; }

private:
    DisplaySleep sleep_;
    DisplayPowerSwitch power_;
    ServiceNotifier notifier_;
    std::unique_ptr<PresenceSensor> sensor_;
    std::vector<std::string> problems_;
};

}  // namespace mc
