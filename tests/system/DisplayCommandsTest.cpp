// The state machine and the display command runner together, with real commands that
// record each call in a file: every transition runs its command exactly once, in order.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiosk/DisplaySleep.h"
#include "platform/system/DisplayPowerSwitch.h"

namespace mc {
namespace {

class DisplayCommands : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() / ("mc-kiosk-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir_);
        log_ = dir_ / "calls.log";
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::string recorder(const std::string& word) const { return "echo " + word + " >> '" + log_.string() + "'"; }

    std::string calls() const {
        std::ifstream in(log_);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }

    std::filesystem::path dir_;
    std::filesystem::path log_;
};

TEST_F(DisplayCommands, EachTransitionRunsItsCommandOnce) {
    SleepPolicy policy;
    policy.idleTimeout = Millis(300'000);
    policy.schedule = {22 * 60 + 30, 7 * 60};
    policy.presenceWakes = true;
    DisplaySleep sleep(policy);
    DisplayPowerSwitch power(recorder("off"), recorder("on"), Millis(10'000));

    KioskTime now{Millis(0), 18 * 3600};
    int transitions = 0;
    // A simulated day in 10-second steps: idle -> off, motion -> on, idle -> off,
    // 22:30 passes while dark, a key at 23:00 -> on, idle -> off, 07:00 -> on, idle -> off.
    for (int step = 0; step < 24 * 360; ++step) {
        now.mono += Millis(10'000);
        now.secondOfDay = (now.secondOfDay + 10) % 86400;
        SleepInputs in;
        in.now = now;
        in.presence = now.secondOfDay >= 20 * 3600 && now.secondOfDay < 20 * 3600 + 30;
        in.input = now.secondOfDay == 23 * 3600;
        if (auto change = sleep.step(in)) {
            ++transitions;
            change->action == DisplayAction::Off ? power.turnOff() : power.turnOn();
        }
        power.poll();
    }
    power.finish();
    EXPECT_EQ(transitions, 7);
    EXPECT_EQ(calls(), "off\non\noff\non\noff\non\noff\n");
}

TEST_F(DisplayCommands, EmptyCommandsRunNothing) {
    DisplayPowerSwitch power("", "", Millis(1000));
    power.turnOff();
    power.turnOn();
    EXPECT_TRUE(power.idle());
    EXPECT_FALSE(std::filesystem::exists(log_));
}

TEST_F(DisplayCommands, AHangingCommandIsKilledAndTheNextOneStillRuns) {
    DisplayPowerSwitch power("sleep 60", recorder("on"), Millis(200));
    power.turnOff();
    power.turnOn();
    power.finish();
    EXPECT_EQ(calls(), "on\n");
}

}  // namespace
}  // namespace mc
