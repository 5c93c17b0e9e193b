#pragma once
// The kiosk's part of each loop turn: decides with DisplaySleep whether the display
// sleeps or wakes, runs the display power commands, reads the presence sensor and keeps
// the service manager informed. The OS side comes in through ports (kiosk/KioskPorts.h),
// the clock readings from the loop, so a soak test can run a day in a minute.
#include <optional>

#include "kiosk/DisplaySleep.h"
#include "kiosk/KioskPorts.h"

namespace mc {

struct KioskTick {
    bool displayOn = true;      // false: draw pure black once, then draw nothing until it is true again
    bool swallowInput = false;  // the key that woke the display only wakes it; do not act on it
    std::optional<DisplayTransition> transition;  // what changed in this tick, if anything
    Millis maxWait{1000};       // wait for events no longer than this before the next tick
};

// The OS side of the kiosk; all outlive the KioskControl. `presence` may be null (no sensor).
struct KioskPorts {
    DisplayPower& power;
    ServiceStatus& service;
    PresenceSource* presence = nullptr;
};

class KioskControl {
public:
    KioskControl(const SleepPolicy& policy, KioskPorts ports);

    // inputSinceLastTick: any key, clicker or controller button since the previous tick.
    KioskTick tick(const KioskTime& now, bool inputSinceLastTick, bool onHomeScreen, bool routineRunning);

    void firstFrameShown();  // READY=1 for systemd (Type=notify)
    void shuttingDown();     // STOPPING=1; turns a dark display back on for whoever comes next

private:
    DisplaySleep sleep_;
    KioskPorts ports_;
};

}  // namespace mc
