#pragma once
// Fakes for the kiosk's OS side: display power commands and the service manager, recorded.
#include <string>
#include <vector>

#include "kiosk/KioskPorts.h"

namespace mc::test_support {

struct FakeDisplayPower final : DisplayPower {
    void turnOff() override { commands.push_back("off"); }
    void turnOn() override { commands.push_back("on"); }
    void poll() override {}
    bool idle() const override { return true; }
    void finish() override { ++finished; }
    std::vector<std::string> commands;
    int finished = 0;
};

struct FakeServiceStatus final : ServiceStatus {
    Millis watchdogPingInterval() const override { return pingInterval; }
    void ready() override { ++readies; }
    void watchdog() override { ++pings; }
    void stopping() override { ++stops; }
    void status(const std::string& text) override { statuses.push_back(text); }
    Millis pingInterval{0};
    int readies = 0, pings = 0, stops = 0;
    std::vector<std::string> statuses;
};

}  // namespace mc::test_support
