#pragma once
// Runs the installer's display-off / display-on commands without blocking the render
// loop: one command at a time, in the order requested, each with a timeout, each logged.
// With no command configured, "off" is just the black screen the app already draws.
#include <deque>
#include <optional>
#include <string>

#include "core/Time.h"
#include "kiosk/KioskPorts.h"
#include "platform/system/ShellCommand.h"

namespace mc {

class DisplayPowerSwitch final : public DisplayPower {
public:
    DisplayPowerSwitch(std::string offCommand, std::string onCommand, Millis timeout);

    void turnOff() override { request(false); }
    void turnOn() override { request(true); }

    // Reaps a finished command and starts the next one; call every loop iteration.
    void poll() override;

    bool idle() const override { return !running_ && pending_.empty(); }

    // Polls until every requested command has run (at shutdown, and in tests).
    void finish() override;

private:
    void request(bool on);
    void startNext();

    std::string offCommand_;
    std::string onCommand_;
    Millis timeout_;
    std::deque<bool> pending_;
    std::optional<ShellProcess> running_;
    bool runningOn_ = false;
};

}  // namespace mc
