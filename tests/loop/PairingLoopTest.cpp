// The run loop with the phone remote's pairing page (the Q key) opened mid-routine: the
// loop asks the remote for the code only while a code is shown, redraws the page when
// the shown code expires and a fresh one replaces it, the routine waits meanwhile, and
// a phone's pause or resume closes the page.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "loop/MirrorLoop.h"
#include "platform/files/PackReader.h"
#include "support/LoopFakes.h"

namespace mc {
namespace {
using namespace test_support;

constexpr Millis kCodeLife{5'000};

struct NoSound final : SoundSink {
    void schedule(MonoTime, Voice) override {}
    void silence() override {}
    void setGain(float) override {}
};

// A remote whose code changes every kCodeLife of simulated time, as the server's does
// when one expires; it notes the moments and screens it was asked on.
struct ChangingCodeRemote final : RemoteLink {
    explicit ChangingCodeRemote(SimulatedClocks& c) : clocks(c) {}
    void publish(const MirrorStatus&, const LoopCounters&) override {}
    void publishCatalogue(RemoteCatalogue) override {}
    std::optional<PairingOffer> pairingOffer() override {
        const Millis now = clocks.elapsed();
        asked.push_back(now);
        PairingOffer o;
        o.code = std::to_string(10'000'000 + now / kCodeLife);
        o.url = "http://127.0.0.1:8080/#pair=" + o.code;
        o.secondsLeft = (kCodeLife - now % kCodeLife).count() / 1000;
        return o;
    }
    SimulatedClocks& clocks;
    std::vector<Millis> asked;
};

std::shared_ptr<const ContentPack> bundled() {
    auto p = loadValidPack(std::filesystem::path(MC_SOURCE_ASSETS) / "pack");
    EXPECT_TRUE(p.ok()) << p.error().message;
    return std::make_shared<const ContentPack>(p.ok() ? std::move(*p) : ContentPack{});
}

struct PairingRig {
    PairingRig() {
        SleepPolicy policy;
        policy.idleTimeout = Millis(3'600'000);
        policy.idleTimeoutInSleepHours = policy.idleTimeout;
        kiosk = std::make_unique<KioskControl>(policy, KioskPorts{power, service});
        loop = std::make_unique<MirrorLoop>(LoopParts{display, *kiosk, sound, recorder, updates, {}, &remote, nullptr},
                                            bundled(), ViewContext{}, LoopSettings{}, clocks.now().wall);
    }
    void runUntil(Millis end) {
        while (clocks.elapsed() < end) {
            std::vector<InputEvent> events = display.waitForInput(std::min(wait, end - clocks.elapsed()));
            wait = loop->turn(events, clocks.now());
        }
    }
    int asksBetween(Millis from, Millis to) const {
        return static_cast<int>(std::count_if(remote.asked.begin(), remote.asked.end(),
                                              [&](Millis t) { return t >= from && t < to; }));
    }
    SimulatedClocks clocks;
    ScriptedDisplay display{clocks};
    ChangingCodeRemote remote{clocks};
    FakeDisplayPower power;
    FakeServiceStatus service;
    NoSound sink;
    SessionSound sound{sink, nullptr};
    MemoryHistory history;
    SessionRecorder recorder{&history, 3};
    QueuedUpdates updates;
    std::unique_ptr<KioskControl> kiosk;
    std::unique_ptr<MirrorLoop> loop;
    Millis wait{0};
};

TEST(PairingLoop, ThePageMidRoutineShowsAFreshCodeEachTimeOneExpiresAndTheRoutineWaits) {
    PairingRig rig;
    rig.display.keyAt(Millis(1'000), Action::Select);  // the overview
    rig.display.keyAt(Millis(2'000), Action::Select);  // start
    rig.runUntil(Millis(10'000));
    ASSERT_EQ(rig.loop->state().screen(), Screen::Player);
    EXPECT_EQ(rig.asksBetween(Millis(3'000), Millis(10'000)), 0) << "no code is shown during the routine";

    rig.display.keyAt(Millis(10'000), Action::Pairing);
    rig.runUntil(Millis(31'000));
    ASSERT_TRUE(rig.loop->state().pairingOpen());
    const SessionView paused = rig.loop->state().session()->view(rig.clocks.now().mono);
    EXPECT_TRUE(paused.paused);
    // A frame within a moment of each code change (every 5 s), though nothing else moves.
    for (Millis change = Millis(15'000); change <= Millis(30'000); change += kCodeLife) {
        EXPECT_GE(rig.asksBetween(change, change + Millis(100)), 1) << "at " << change.count() << " ms";
        const auto& frames = rig.display.frameTimes;
        EXPECT_TRUE(std::any_of(frames.begin(), frames.end(),
                                [&](Millis t) { return t >= change && t < change + Millis(100); }))
            << "the page kept an expired code at " << change.count() << " ms";
    }

    rig.display.keyAt(Millis(31'000), Action::Next);  // any key: back, and the routine resumes
    rig.runUntil(Millis(40'000));
    EXPECT_FALSE(rig.loop->state().pairingOpen());
    EXPECT_EQ(rig.loop->state().screen(), Screen::Player);
    EXPECT_FALSE(rig.loop->state().session()->view(rig.clocks.now().mono).paused);
    EXPECT_EQ(rig.asksBetween(Millis(31'100), Millis(40'000)), 0);
}

// A phone just paired from the page mid-routine asks to resume or to pause: the page
// closes and the routine takes the asked-for state, instead of the command being lost.
TEST(PairingLoop, APhonesPauseOrResumeClosesThePageAndActsOnTheRoutine) {
    PairingRig rig;
    rig.display.keyAt(Millis(1'000), Action::Select);
    rig.display.keyAt(Millis(2'000), Action::Select);
    rig.display.keyAt(Millis(5'000), Action::Pairing);
    rig.display.inputAt(Millis(8'000), {.activity = true, .paused = false, .client = "phone"});
    rig.runUntil(Millis(9'000));
    ASSERT_EQ(rig.loop->state().screen(), Screen::Player);
    EXPECT_FALSE(rig.loop->state().pairingOpen());
    EXPECT_FALSE(rig.loop->state().session()->view(rig.clocks.now().mono).paused);

    rig.display.keyAt(Millis(10'000), Action::Pairing);
    rig.display.inputAt(Millis(12'000), {.activity = true, .paused = true, .client = "phone"});
    rig.runUntil(Millis(13'000));
    EXPECT_FALSE(rig.loop->state().pairingOpen());
    EXPECT_TRUE(rig.loop->state().session()->view(rig.clocks.now().mono).paused);
}

}  // namespace
}  // namespace mc
