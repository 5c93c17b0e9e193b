// The run loop with a fake for every port, on a simulated clock: what it draws and
// when, sleep and wake, a paused routine timing out, updates taken only on the home
// screen, the watchdog while idle, and a clean stop in the middle of a routine.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "loop/MirrorLoop.h"
#include "platform/files/PackReader.h"
#include "support/LoopFakes.h"

namespace mc {
namespace {
using namespace test_support;

constexpr Millis kMinute{60'000};
constexpr const char* kRoutine = "gentle-lower-back";

struct NoSound final : SoundSink {
    void schedule(MonoTime, Voice) override {}
    void silence() override {}
    void setGain(float) override {}
};

const ContentPack& bundledPack() {
    static const ContentPack pack = [] {
        auto p = loadValidPack(std::filesystem::path(MC_SOURCE_ASSETS) / "pack");
        EXPECT_TRUE(p.ok()) << p.error().message;
        return p.ok() ? std::move(*p) : ContentPack{};
    }();
    return pack;
}

// Everything the loop needs, faked; the sleep hours are off so the day's time does not matter.
struct LoopRig {
    explicit LoopRig(Millis idleTimeout = 5 * kMinute, Millis pauseTimeout = 10 * kMinute) {
        SleepPolicy policy;
        policy.idleTimeout = idleTimeout;
        policy.idleTimeoutInSleepHours = idleTimeout;
        kiosk = std::make_unique<KioskControl>(policy, KioskPorts{power, service});
        LoopSettings settings;
        settings.timings.pauseTimeout = pauseTimeout;
        loop = std::make_unique<MirrorLoop>(LoopParts{display, *kiosk, sound, recorder, updates, textOf},
                                            std::make_shared<const ContentPack>(bundledPack()), ViewContext{},
                                            settings, clocks.now().wall);
    }
    // Turns the loop until `end` on the simulated clock as `run` does, without shutting down.
    void runUntil(Millis end) {
        while (clocks.elapsed() < end) {
            std::vector<InputEvent> events = display.waitForInput(std::min(wait, end - clocks.elapsed()));
            wait = loop->turn(events, clocks.now());
            EXPECT_GT(wait, Millis(0));
        }
    }
    int framesBetween(Millis from, Millis to) const {
        return static_cast<int>(std::count_if(display.frameTimes.begin(), display.frameTimes.end(),
                                              [&](Millis t) { return t >= from && t < to; }));
    }

    SimulatedClocks clocks;
    ScriptedDisplay display{clocks};
    FakeDisplayPower power;
    FakeServiceStatus service;
    NoSound sink;
    SessionSound sound{sink, nullptr};
    MemoryHistory history;
    SessionRecorder recorder{&history, 3};
    QueuedUpdates updates;
    std::function<std::string(const ContentPack&)> textOf = [](const ContentPack& p) { return p.version; };
    std::unique_ptr<KioskControl> kiosk;
    std::unique_ptr<MirrorLoop> loop;
    Millis wait{0};
};

TEST(MirrorLoop, DrawsOnlyWhenThePictureChanges) {
    LoopRig rig(60 * kMinute);
    rig.runUntil(Millis(1));
    EXPECT_EQ(rig.display.frameTimes.size(), 1u);  // the first frame
    // Home for four minutes: the picture changes with the clock's minute, nothing else.
    rig.runUntil(4 * kMinute);
    EXPECT_LE(rig.display.frameTimes.size(), 6u);
    EXPECT_GE(rig.display.frameTimes.size(), 4u);
    // The overview's countdown changes every second: one frame per second, not more.
    rig.display.keyAt(rig.clocks.elapsed(), Action::Select);
    const Millis opened = rig.clocks.elapsed();
    rig.runUntil(opened + Millis(10'000));
    EXPECT_EQ(rig.loop->state().screen(), Screen::Overview);
    const int frames = rig.framesBetween(opened, opened + Millis(10'000));
    EXPECT_GE(frames, 10);
    EXPECT_LE(frames, 13);  // ten digits and the frames that let the layout settle after the key
}

TEST(MirrorLoop, SleepsWhenIdleAndAKeyWakesItWithoutActing) {
    LoopRig rig(2 * kMinute);
    rig.runUntil(10 * kMinute);
    EXPECT_FALSE(rig.loop->displayOn());
    EXPECT_EQ(rig.power.commands, std::vector<std::string>{"off"});
    const size_t framesAsleep = rig.display.frameTimes.size();
    EXPECT_EQ(rig.framesBetween(kMinute + Millis(1), 10 * kMinute), 1);  // the one black frame
    const int selected = rig.loop->state().selectedRoutine();

    rig.display.keyAt(10 * kMinute + Millis(500), Action::Next);
    rig.runUntil(11 * kMinute);
    EXPECT_TRUE(rig.loop->displayOn());
    EXPECT_EQ(rig.power.commands, (std::vector<std::string>{"off", "on"}));
    EXPECT_EQ(rig.loop->state().selectedRoutine(), selected);  // the waking key only woke it
    EXPECT_GT(rig.display.frameTimes.size(), framesAsleep);
}

TEST(MirrorLoop, APausedRoutineEndsAfterThePauseTimeoutAndIsRecordedAsStopped) {
    LoopRig rig(5 * kMinute, 10 * kMinute);
    ASSERT_TRUE(rig.loop->openRoutine(kRoutine, rig.clocks.now().mono));
    rig.display.keyAt(Millis(1000), Action::Select);  // start now
    rig.display.keyAt(Millis(30'000), Action::Select);  // pause
    rig.runUntil(9 * kMinute);
    ASSERT_EQ(rig.loop->state().screen(), Screen::Player);
    ASSERT_TRUE(rig.loop->state().session()->paused());
    EXPECT_TRUE(rig.history.records.empty());

    rig.runUntil(Millis(30'000) + 10 * kMinute + Millis(1500));
    EXPECT_EQ(rig.loop->state().screen(), Screen::Summary);
    ASSERT_EQ(rig.history.records.size(), 1u);
    EXPECT_EQ(rig.history.records[0].routineId, kRoutine);
    EXPECT_TRUE(rig.history.records[0].stoppedEarly);
    // Then home, and the display is free to sleep.
    rig.runUntil(25 * kMinute);
    EXPECT_EQ(rig.loop->state().screen(), Screen::Home);
    EXPECT_FALSE(rig.loop->displayOn());
}

TEST(MirrorLoop, AnUpdateArrivingMidRoutineIsShownOnlyBackHome) {
    LoopRig rig(30 * kMinute);
    ASSERT_TRUE(rig.loop->openRoutine(kRoutine, rig.clocks.now().mono));
    rig.display.keyAt(Millis(1000), Action::Select);
    rig.runUntil(Millis(20'000));
    ASSERT_EQ(rig.loop->state().screen(), Screen::Player);

    InstalledContent fresh{.version = 99, .packDir = {}, .pack = bundledPack()};
    fresh.pack.version = "99";
    rig.updates.ready.push_back(std::move(fresh));
    rig.runUntil(Millis(60'000));
    EXPECT_EQ(rig.loop->state().screen(), Screen::Player);
    EXPECT_NE(rig.loop->state().content().version, "99");  // the session is not interrupted
    EXPECT_EQ(rig.updates.ready.size(), 1u);

    rig.display.keyAt(Millis(61'000), Action::Back);    // stop: summary
    rig.display.keyAt(Millis(62'000), Action::Select);  // and home
    rig.runUntil(Millis(65'000));
    EXPECT_EQ(rig.loop->state().screen(), Screen::Home);
    EXPECT_EQ(rig.loop->state().content().version, "99");
    EXPECT_EQ(rig.display.coveredTexts, std::vector<std::string>{"99"});  // its characters baked before it showed
}

TEST(MirrorLoop, PingsTheWatchdogWhileIdleAndAsleep) {
    LoopRig rig(1 * kMinute);
    rig.service.pingInterval = Millis(20'000);
    rig.runUntil(30 * kMinute);
    EXPECT_FALSE(rig.loop->displayOn());
    // Never waits longer than half the ping interval, so systemd always hears from it.
    for (Millis w : rig.display.waited) EXPECT_LE(w, Millis(10'000));
    EXPECT_GE(rig.service.pings, 30 * 60 / 10);
    EXPECT_EQ(rig.service.readies, 1);
}

TEST(MirrorLoop, QuittingMidRoutineRecordsTheSessionAndTellsTheServiceManager) {
    LoopRig rig;
    ASSERT_TRUE(rig.loop->openRoutine(kRoutine, rig.clocks.now().mono));
    rig.display.keyAt(Millis(1000), Action::Select);
    rig.display.quitAt(Millis(45'000));  // what SIGTERM and the quit keys become
    rig.loop->run(rig.clocks);
    EXPECT_EQ(rig.clocks.elapsed(), Millis(45'000));
    ASSERT_EQ(rig.history.records.size(), 1u);
    EXPECT_TRUE(rig.history.records[0].stoppedEarly);
    EXPECT_EQ(rig.service.stops, 1);
    EXPECT_EQ(rig.power.finished, 1);
}

}  // namespace
}  // namespace mc
