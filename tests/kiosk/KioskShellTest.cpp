#include <gtest/gtest.h>

#include "kiosk/KioskShell.h"

namespace mc {
namespace {

TEST(KioskShell, AnUnusableSensorIsAProblemNotAFailure) {
    Config config;
    config.presence.mode = PresenceMode::Gpio;
    config.presence.gpio_chip = "no-such-chip-for-mirrorcoach";
    KioskShell shell(config);
    ASSERT_EQ(shell.problems().size(), 1u);
    EXPECT_NE(shell.problems()[0].find("no-such-chip-for-mirrorcoach"), std::string::npos);
    const KioskTick tick = shell.tick({Millis(1000), 12 * 3600}, false, true, false);
    EXPECT_TRUE(tick.displayOn);
}

TEST(KioskShell, StaysOnWhileUsedAndBoundsTheWait) {
    Config config;
    config.schedule.sleep = config.schedule.wake = "";  // the test must not depend on the time of day
    KioskShell shell(config);
    EXPECT_TRUE(shell.problems().empty());
    KioskTick tick = shell.tick({Millis(1000), 12 * 3600}, true, true, false);
    EXPECT_TRUE(tick.displayOn);
    EXPECT_FALSE(tick.transition.has_value());
    EXPECT_FALSE(tick.swallowInput);  // the display was on: the key is a command
    EXPECT_GT(tick.maxWait, Millis(0));
    EXPECT_LE(tick.maxWait, Millis(60'000));
    tick = shell.tick({Millis(2000), 12 * 3600}, false, false, true);
    EXPECT_TRUE(tick.displayOn);
    shell.shuttingDown();
}

}  // namespace
}  // namespace mc
