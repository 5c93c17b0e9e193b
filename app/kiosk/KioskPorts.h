#pragma once
// What the kiosk controls outside the app: the display's power, a presence sensor and
// the service manager. platform/system implements them; tests use fakes.
#include <string>

#include "core/Time.h"

namespace mc {

// Runs the installer's display off/on commands without blocking the loop.
class DisplayPower {
public:
    virtual ~DisplayPower() = default;
    virtual void turnOff() = 0;
    virtual void turnOn() = 0;
    virtual void poll() = 0;  // reaps a finished command, starts the next; every turn
    virtual bool idle() const = 0;
    virtual void finish() = 0;  // at shutdown: waits for the requested commands
};

// A motion sensor (PIR) that tells when someone is in front of the mirror.
class PresenceSource {
public:
    virtual ~PresenceSource() = default;
    virtual bool motion() = 0;
};

// The service manager (systemd Type=notify with a watchdog), or nothing.
class ServiceStatus {
public:
    virtual ~ServiceStatus() = default;
    virtual Millis watchdogPingInterval() const = 0;  // 0: no watchdog
    virtual void ready() = 0;     // the first frame is on screen
    virtual void watchdog() = 0;  // the loop is alive
    virtual void stopping() = 0;  // clean shutdown begins
    virtual void status(const std::string& text) = 0;
};

}  // namespace mc
