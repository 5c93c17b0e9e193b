#include <gtest/gtest.h>

#include "kiosk/KioskControl.h"
#include "support/KioskFakes.h"

namespace mc {
namespace {
using test_support::FakeDisplayPower;
using test_support::FakeServiceStatus;

constexpr int kNoon = 12 * 3600;

SleepPolicy idleAfterAMinute() {
    SleepPolicy p;
    p.idleTimeout = Millis(60'000);  // no sleep hours: the test must not depend on the time of day
    return p;
}

struct Motion final : PresenceSource {
    bool motion() override { return moving; }
    bool moving = false;
};

TEST(KioskControl, StaysOnWhileUsedPingsTheWatchdogAndBoundsTheWait) {
    FakeDisplayPower power;
    FakeServiceStatus service;
    service.pingInterval = Millis(10'000);
    KioskControl kiosk(idleAfterAMinute(), {power, service});
    KioskTick tick = kiosk.tick({Millis(1000), kNoon}, true, true, false);
    EXPECT_TRUE(tick.displayOn);
    EXPECT_FALSE(tick.transition.has_value());
    EXPECT_FALSE(tick.swallowInput);  // the display was on: the key is a command
    EXPECT_LE(tick.maxWait, Millis(5'000));  // half the watchdog interval
    tick = kiosk.tick({Millis(2000), kNoon}, false, false, true);
    EXPECT_TRUE(tick.displayOn);
    EXPECT_EQ(service.pings, 2);
    EXPECT_TRUE(power.commands.empty());
}

TEST(KioskControl, IdleHomeGoesDarkAndAKeyWakesItWithoutActing) {
    FakeDisplayPower power;
    FakeServiceStatus service;
    KioskControl kiosk(idleAfterAMinute(), {power, service});
    kiosk.tick({Millis(0), kNoon}, false, true, false);
    KioskTick tick = kiosk.tick({Millis(61'000), kNoon + 61}, false, true, false);
    EXPECT_FALSE(tick.displayOn);
    ASSERT_TRUE(tick.transition.has_value());
    EXPECT_EQ(power.commands, std::vector<std::string>{"off"});
    EXPECT_EQ(service.statuses.back(), "display asleep");

    tick = kiosk.tick({Millis(70'000), kNoon + 70}, true, true, false);
    EXPECT_TRUE(tick.displayOn);
    EXPECT_TRUE(tick.swallowInput);  // the key that woke the display only wakes it
    EXPECT_EQ(power.commands, (std::vector<std::string>{"off", "on"}));
}

TEST(KioskControl, AMovingPersonKeepsItAwakeAndTheSensorIsPolled) {
    FakeDisplayPower power;
    FakeServiceStatus service;
    Motion sensor;
    SleepPolicy policy = idleAfterAMinute();
    policy.presenceWakes = true;
    KioskControl kiosk(policy, {power, service, &sensor});
    sensor.moving = true;
    KioskTick tick{};
    for (int s = 0; s <= 120; s += 10) tick = kiosk.tick({Millis(s * 1000), kNoon + s}, false, true, false);
    EXPECT_TRUE(tick.displayOn);
    EXPECT_LE(tick.maxWait, Millis(250));
    sensor.moving = false;
    tick = kiosk.tick({Millis(190'000), kNoon + 190}, false, true, false);
    EXPECT_FALSE(tick.displayOn);
}

TEST(KioskControl, ShuttingDownTellsSystemdAndLeavesTheDisplayOn) {
    FakeDisplayPower power;
    FakeServiceStatus service;
    KioskControl kiosk(idleAfterAMinute(), {power, service});
    kiosk.tick({Millis(0), kNoon}, false, true, false);
    kiosk.tick({Millis(61'000), kNoon + 61}, false, true, false);  // dark
    kiosk.firstFrameShown();
    EXPECT_EQ(service.readies, 1);
    kiosk.shuttingDown();
    EXPECT_EQ(service.stops, 1);
    EXPECT_EQ(power.commands, (std::vector<std::string>{"off", "on"}));  // the next user gets a lit display
    EXPECT_EQ(power.finished, 1);
}

}  // namespace
}  // namespace mc
