// The run loop with a household: the picker at first start, the saved profile going
// through the ProfileBook port, and sessions recorded with the person who did them.
#include <gtest/gtest.h>

#include <filesystem>

#include "loop/MirrorLoop.h"
#include "platform/files/PackReader.h"
#include "support/LoopFakes.h"

namespace mc {
namespace {
using namespace test_support;

struct NoSound final : SoundSink {
    void schedule(MonoTime, Voice) override {}
    void silence() override {}
    void setGain(float) override {}
};

std::shared_ptr<const ContentPack> bundled() {
    auto p = loadValidPack(std::filesystem::path(MC_SOURCE_ASSETS) / "pack");
    EXPECT_TRUE(p.ok()) << p.error().message;
    return std::make_shared<const ContentPack>(p.ok() ? std::move(*p) : ContentPack{});
}

struct HouseholdRig {
    explicit HouseholdRig(std::vector<Profile> people = {}) {
        profiles.people = std::move(people);
        SleepPolicy policy;
        policy.idleTimeout = Millis(3'600'000);
        policy.idleTimeoutInSleepHours = policy.idleTimeout;
        kiosk = std::make_unique<KioskControl>(policy, KioskPorts{power, service});
        loop = std::make_unique<MirrorLoop>(LoopParts{display, *kiosk, sound, recorder, updates, {}, nullptr, &profiles},
                                            bundled(), ViewContext{}, LoopSettings{}, clocks.now().wall);
    }
    void runUntil(Millis end) {
        while (clocks.elapsed() < end) {
            std::vector<InputEvent> events = display.waitForInput(std::min(wait, end - clocks.elapsed()));
            wait = loop->turn(events, clocks.now());
        }
    }
    SimulatedClocks clocks;
    ScriptedDisplay display{clocks};
    FakeDisplayPower power;
    FakeServiceStatus service;
    NoSound sink;
    SessionSound sound{sink, nullptr};
    MemoryHistory history;
    MemoryProfiles profiles;
    SessionRecorder recorder{&history, 3};
    QueuedUpdates updates;
    std::unique_ptr<KioskControl> kiosk;
    std::unique_ptr<MirrorLoop> loop;
    Millis wait{0};
};

TEST(HouseholdLoop, FirstStartAsksWhoIsExercisingAndSavesThroughThePort) {
    HouseholdRig rig;
    EXPECT_EQ(rig.loop->state().screen(), Screen::Profile);
    // A clicker: name, situation, then the equipment's "Done" (one back from the first
    // item), level, programme and Save each take the step's first (or current) answer.
    const Action keys[] = {Action::Select, Action::Select, Action::Previous, Action::Select,
                           Action::Select, Action::Select, Action::Select};
    for (int i = 0; i < 7; ++i) rig.display.keyAt(Millis(1000 * (i + 1)), keys[i]);
    rig.runUntil(Millis(9000));
    ASSERT_EQ(rig.profiles.people.size(), 1u);
    EXPECT_EQ(rig.profiles.people[0].name, "Person 1");
    EXPECT_EQ(rig.loop->state().screen(), Screen::Home);
    ASSERT_TRUE(rig.loop->state().currentProfile());
    EXPECT_EQ(rig.loop->state().currentProfile()->id, 1);
}

TEST(HouseholdLoop, SessionsAreRecordedWithThePersonChosenOnHome) {
    Profile anna, ivan;
    anna.id = 1;
    anna.name = "Anna";
    ivan.id = 2;
    ivan.name = "Ivan";
    ivan.situation = Situation::Strength;
    ivan.level = Level::Intermediate;
    ivan.equipment = {"dumbbells", "bar", "bench", "chair"};
    HouseholdRig rig({anna, ivan});
    EXPECT_EQ(rig.loop->state().screen(), Screen::Home);
    EXPECT_EQ(rig.loop->state().currentProfile()->name, "Anna");
    rig.display.keyAt(Millis(1000), Action::NextProfile);
    rig.runUntil(Millis(1500));
    ASSERT_EQ(rig.loop->state().currentProfile()->name, "Ivan");
    // Nothing that does not suit Ivan is his suggestion.
    const std::string suggested = rig.loop->state().advice().suggestedRoutine;
    EXPECT_EQ(rig.loop->state().advice().unsuitable.count(suggested), 0u);
    rig.display.keyAt(Millis(2000), Action::Select);  // home -> overview (or the confirmation)
    rig.display.keyAt(Millis(3000), Action::Select);
    rig.display.keyAt(Millis(4000), Action::Select);
    rig.display.keyAt(Millis(20000), Action::Back);  // stop
    rig.runUntil(Millis(21000));
    ASSERT_EQ(rig.history.records.size(), 1u);
    EXPECT_EQ(rig.history.records[0].profileId, 2);
}

}  // namespace
}  // namespace mc
