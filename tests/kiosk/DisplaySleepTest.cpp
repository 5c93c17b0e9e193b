// The sleep/wake state machine driven by a fake clock: no sleeping, no real time.
#include <gtest/gtest.h>

#include <vector>

#include "kiosk/DisplaySleep.h"

namespace mc {
namespace {

constexpr int kHour = 3600;

// Both clocks of the kiosk, advanced together by the test.
struct FakeClock {
    MonoTime mono{1'000'000};
    int secondOfDay = 12 * kHour;

    void advance(Millis d) {
        mono += d;
        secondOfDay = static_cast<int>((secondOfDay + d.count() / 1000) % (24 * kHour));
    }
    KioskTime now() const { return {mono, secondOfDay}; }
};

SleepPolicy idleOnly(Millis timeout = Millis(300'000)) {
    SleepPolicy p;
    p.idleTimeout = timeout;
    p.idleTimeoutInSleepHours = timeout;
    return p;
}

SleepPolicy withSchedule(int sleepMinute, int wakeMinute) {
    SleepPolicy p = idleOnly();
    p.schedule = {sleepMinute, wakeMinute};
    return p;
}

const DisplayTransition kIdleOff{DisplayAction::Off, TransitionReason::IdleTimeout};
const DisplayTransition kHoursOff{DisplayAction::Off, TransitionReason::SleepHours};
const DisplayTransition kInputOn{DisplayAction::On, TransitionReason::Input};
const DisplayTransition kPresenceOn{DisplayAction::On, TransitionReason::Presence};
const DisplayTransition kWakeTimeOn{DisplayAction::On, TransitionReason::WakeTime};

// Steps the machine every `every` for `total`, with the same inputs, collecting transitions.
std::vector<DisplayTransition> run(DisplaySleep& sleep, FakeClock& clock, Millis total, Millis every,
                                   SleepInputs inputs = {}) {
    std::vector<DisplayTransition> seen;
    for (Millis t{0}; t < total; t += every) {
        clock.advance(every);
        inputs.now = clock.now();
        if (auto change = sleep.step(inputs)) seen.push_back(*change);
    }
    return seen;
}

TEST(SleepSchedule, WindowWithinADay) {
    const SleepSchedule s{13 * 60, 14 * 60};
    EXPECT_FALSE(s.contains(13 * kHour - 1));
    EXPECT_TRUE(s.contains(13 * kHour));
    EXPECT_TRUE(s.contains(14 * kHour - 1));
    EXPECT_FALSE(s.contains(14 * kHour));
    EXPECT_FALSE(s.contains(2 * kHour));
}

TEST(SleepSchedule, WindowCrossingMidnight) {
    const SleepSchedule s{22 * 60 + 30, 7 * 60};
    EXPECT_FALSE(s.contains(22 * kHour + 29 * 60));
    EXPECT_TRUE(s.contains(22 * kHour + 30 * 60));
    EXPECT_TRUE(s.contains(23 * kHour + 59 * 60 + 59));
    EXPECT_TRUE(s.contains(0));
    EXPECT_TRUE(s.contains(7 * kHour - 1));
    EXPECT_FALSE(s.contains(7 * kHour));
    EXPECT_FALSE(s.contains(12 * kHour));
    EXPECT_EQ(s.secondsToNextBoundary(22 * kHour), 30 * 60);
    EXPECT_EQ(s.secondsToNextBoundary(23 * kHour), 8 * kHour);
    EXPECT_EQ(s.secondsToNextBoundary(7 * kHour), 15 * kHour + 30 * 60);
}

TEST(SleepSchedule, EqualOrMissingTimesMeanNoWindow) {
    EXPECT_FALSE((SleepSchedule{420, 420}).enabled());
    EXPECT_FALSE((SleepSchedule{-1, 420}).contains(0));
    EXPECT_EQ((SleepSchedule{}).secondsToNextBoundary(0), -1);
}

TEST(DisplaySleep, IdleTimeoutOnTheHomeScreenTurnsTheDisplayOffOnce) {
    FakeClock clock;
    DisplaySleep sleep(idleOnly());
    EXPECT_TRUE(run(sleep, clock, Millis(299'000), Millis(1000)).empty());
    EXPECT_TRUE(sleep.awake());
    const auto seen = run(sleep, clock, Millis(3'600'000), Millis(1000));
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0], kIdleOff);
    EXPECT_FALSE(sleep.awake());
}

TEST(DisplaySleep, IdlenessCountsOnlyOnTheHomeScreen) {
    FakeClock clock;
    DisplaySleep sleep(idleOnly());
    SleepInputs summary;
    summary.onHomeScreen = false;
    EXPECT_TRUE(run(sleep, clock, Millis(1000'000), Millis(1000), summary).empty());
    // Back home: the timeout starts from there.
    EXPECT_TRUE(run(sleep, clock, Millis(299'000), Millis(1000)).empty());
    EXPECT_EQ(run(sleep, clock, Millis(2000), Millis(1000)).size(), 1u);
}

TEST(DisplaySleep, InputRestartsTheIdleTimeout) {
    FakeClock clock;
    DisplaySleep sleep(idleOnly());
    EXPECT_TRUE(run(sleep, clock, Millis(200'000), Millis(1000)).empty());
    SleepInputs key;
    key.input = true;
    EXPECT_TRUE(run(sleep, clock, Millis(1000), Millis(1000), key).empty());
    EXPECT_TRUE(run(sleep, clock, Millis(299'000), Millis(1000)).empty());
    EXPECT_EQ(run(sleep, clock, Millis(1000), Millis(1000)), std::vector{kIdleOff});
}

TEST(DisplaySleep, ZeroIdleTimeoutOrPresenceOffNeverSleepsByIdleness) {
    FakeClock clock;
    DisplaySleep zero(idleOnly(Millis(0)));
    EXPECT_TRUE(run(zero, clock, Millis(24 * kHour * 1000LL), Millis(60'000)).empty());
    SleepPolicy off = idleOnly();
    off.idleSleeps = false;
    DisplaySleep presenceOff(off);
    EXPECT_TRUE(run(presenceOff, clock, Millis(24 * kHour * 1000LL), Millis(60'000)).empty());
}

TEST(DisplaySleep, WakesOnInputExactlyOnce) {
    FakeClock clock;
    DisplaySleep sleep(idleOnly());
    run(sleep, clock, Millis(400'000), Millis(1000));
    ASSERT_FALSE(sleep.awake());
    SleepInputs key;
    key.input = true;
    key.now = clock.now();
    EXPECT_EQ(sleep.step(key), kInputOn);
    key.now = clock.now();
    EXPECT_EQ(sleep.step(key), std::nullopt);  // already on: no second "on"
    EXPECT_TRUE(sleep.awake());
    // And goes dark again after another idle timeout.
    EXPECT_EQ(run(sleep, clock, Millis(300'000), Millis(1000)), std::vector{kIdleOff});
}

TEST(DisplaySleep, WakesOnPresenceWhenTheSensorIsUsed) {
    FakeClock clock;
    SleepPolicy policy = withSchedule(22 * 60 + 30, 7 * 60);
    policy.presenceWakes = true;
    DisplaySleep sleep(policy);
    run(sleep, clock, Millis(400'000), Millis(1000));
    ASSERT_FALSE(sleep.awake());
    SleepInputs motion;
    motion.presence = true;
    const auto seen = run(sleep, clock, Millis(600'000), Millis(1000), motion);
    // Continuous motion: one "on", and it stays on while the sensor keeps reporting.
    EXPECT_EQ(seen, std::vector{kPresenceOn});
}

TEST(DisplaySleep, PresenceIsIgnoredWithoutTheSensorMode) {
    FakeClock clock;
    DisplaySleep sleep(idleOnly());
    run(sleep, clock, Millis(400'000), Millis(1000));
    SleepInputs motion;
    motion.presence = true;
    EXPECT_TRUE(run(sleep, clock, Millis(60'000), Millis(1000), motion).empty());
    EXPECT_FALSE(sleep.awake());
}

TEST(DisplaySleep, MotionDoesNotWakeInTheSleepHoursButAKeyDoes) {
    FakeClock clock;
    clock.secondOfDay = 23 * kHour;
    SleepPolicy policy = withSchedule(22 * 60 + 30, 7 * 60);
    policy.presenceWakes = true;
    DisplaySleep sleep(policy);
    EXPECT_EQ(run(sleep, clock, Millis(120'000), Millis(1000)), std::vector{kHoursOff});
    SleepInputs motion;
    motion.presence = true;
    EXPECT_TRUE(run(sleep, clock, Millis(60'000), Millis(1000), motion).empty());
    SleepInputs key;
    key.input = true;
    EXPECT_EQ(run(sleep, clock, Millis(1000), Millis(1000), key), std::vector{kInputOn});
    // Woken by hand in the sleep hours: dark again after the idle timeout.
    EXPECT_EQ(run(sleep, clock, Millis(300'000), Millis(1000)), std::vector{kIdleOff});
}

TEST(DisplaySleep, ScheduleCrossingMidnightGivesOneOffAndOneOnPerDay) {
    FakeClock clock;
    clock.secondOfDay = 20 * kHour;
    SleepPolicy policy = withSchedule(22 * 60 + 30, 7 * 60);
    policy.idleSleeps = false;  // presence = "off": only the schedule darkens the display
    DisplaySleep sleep(policy);
    const auto firstDay = run(sleep, clock, Millis(24LL * kHour * 1000), Millis(30'000));
    EXPECT_EQ(firstDay, (std::vector{kHoursOff, kWakeTimeOn}));
    const auto secondDay = run(sleep, clock, Millis(24LL * kHour * 1000), Millis(30'000));
    EXPECT_EQ(secondDay, (std::vector{kHoursOff, kWakeTimeOn}));
}

TEST(DisplaySleep, ScheduleTurnsOffAtTheSleepTimeAndOnAtTheWakeTime) {
    FakeClock clock;
    clock.secondOfDay = 22 * kHour;
    SleepPolicy policy = withSchedule(22 * 60 + 30, 7 * 60);
    policy.idleSleeps = false;
    DisplaySleep sleep(policy);
    EXPECT_TRUE(run(sleep, clock, Millis(30 * 60'000 - 1000), Millis(1000)).empty());  // until 22:29:59
    // Nobody has used it for half an hour: dark right at 22:30.
    clock.advance(Millis(1000));
    EXPECT_EQ(clock.secondOfDay, 22 * kHour + 30 * 60);
    SleepInputs in;
    in.now = clock.now();
    EXPECT_EQ(sleep.step(in), kHoursOff);
    EXPECT_TRUE(run(sleep, clock, Millis((8 * kHour + 30 * 60 - 1) * 1000LL), Millis(1000)).empty());
    EXPECT_EQ(clock.secondOfDay, 7 * kHour - 1);
    EXPECT_EQ(run(sleep, clock, Millis(1000), Millis(1000)), std::vector{kWakeTimeOn});
}

TEST(DisplaySleep, NeverDuringARoutine) {
    FakeClock clock;
    clock.secondOfDay = 22 * kHour;
    DisplaySleep sleep(withSchedule(22 * 60 + 30, 7 * 60));
    SleepInputs routine;
    routine.routineRunning = true;
    routine.onHomeScreen = false;
    // Through the idle timeout and into the sleep hours: the routine keeps the display on.
    EXPECT_TRUE(run(sleep, clock, Millis(kHour * 1000LL), Millis(1000), routine).empty());
    EXPECT_TRUE(sleep.awake());
    // Routine over (back home at 23:00, in the sleep hours): dark once the grace minute passed.
    const auto seen = run(sleep, clock, Millis(120'000), Millis(1000));
    EXPECT_EQ(seen, std::vector{kHoursOff});
}

TEST(DisplaySleep, ARoutineReportedWhileDarkTurnsTheDisplayOn) {
    FakeClock clock;
    DisplaySleep sleep(idleOnly());
    run(sleep, clock, Millis(400'000), Millis(1000));
    SleepInputs routine;
    routine.routineRunning = true;
    routine.now = clock.now();
    EXPECT_EQ(sleep.step(routine), (DisplayTransition{DisplayAction::On, TransitionReason::Routine}));
}

TEST(DisplaySleep, StartingInsideTheSleepHoursGoesDarkAfterTheGraceMinute) {
    FakeClock clock;
    clock.secondOfDay = 3 * kHour;
    DisplaySleep sleep(withSchedule(22 * 60 + 30, 7 * 60));
    EXPECT_TRUE(run(sleep, clock, Millis(59'000), Millis(1000)).empty());
    EXPECT_EQ(run(sleep, clock, Millis(2000), Millis(1000)), std::vector{kHoursOff});
}

TEST(DisplaySleep, AWallClockJumpOutOfTheSleepHoursWakes) {
    // A Pi has no real-time clock: after boot NTP may move the time by hours.
    FakeClock clock;
    clock.secondOfDay = 23 * kHour;
    DisplaySleep sleep(withSchedule(22 * 60 + 30, 7 * 60));
    run(sleep, clock, Millis(120'000), Millis(1000));
    ASSERT_FALSE(sleep.awake());
    clock.secondOfDay = 9 * kHour;
    SleepInputs in;
    in.now = clock.now();
    EXPECT_EQ(sleep.step(in), kWakeTimeOn);
}

TEST(DisplaySleep, TimeUntilNextCheckPointsAtTheNextPossibleChange) {
    FakeClock clock;
    DisplaySleep sleep(idleOnly());
    SleepInputs in;
    in.now = clock.now();
    sleep.step(in);
    EXPECT_EQ(sleep.timeUntilNextCheck(clock.now()), Millis(60'000));  // capped at a minute
    clock.advance(Millis(280'000));
    EXPECT_EQ(sleep.timeUntilNextCheck(clock.now()), Millis(20'000));
    clock.secondOfDay = 22 * kHour + 29 * 60 + 50;
    DisplaySleep scheduled(withSchedule(22 * 60 + 30, 7 * 60));
    in.now = clock.now();
    scheduled.step(in);
    EXPECT_EQ(scheduled.timeUntilNextCheck(clock.now()), Millis(10'000));
}

TEST(SleepPolicy, FromConfig) {
    Config config;
    config.schedule.idle_timeout_s = 120;
    config.schedule.sleep = "23:00";
    config.schedule.wake = "6:30";
    config.presence.mode = PresenceMode::Gpio;
    const SleepPolicy p = sleepPolicyFromConfig(config);
    EXPECT_EQ(p.idleTimeout, Millis(120'000));
    EXPECT_TRUE(p.idleSleeps);
    EXPECT_TRUE(p.presenceWakes);
    EXPECT_EQ(p.schedule.sleepMinute, 23 * 60);
    EXPECT_EQ(p.schedule.wakeMinute, 6 * 60 + 30);

    config.presence.mode = PresenceMode::Off;
    config.schedule.sleep = config.schedule.wake = "";
    const SleepPolicy off = sleepPolicyFromConfig(config);
    EXPECT_FALSE(off.idleSleeps);
    EXPECT_FALSE(off.presenceWakes);
    EXPECT_FALSE(off.schedule.enabled());
}

}  // namespace
}  // namespace mc
