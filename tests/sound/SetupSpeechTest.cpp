// The setup text is spoken the first time an exercise comes in a routine: after
// "Get ready: ..." and after "Next up: ...", in the language asked for, and never
// again for an exercise that comes back.
#include <gtest/gtest.h>

#include <algorithm>

#include "platform/files/PackReader.h"
#include "sound/CuePlan.h"

namespace mc {
namespace {

const std::string kCoaching = std::string(MC_TEST_FIXTURES) + "/valid/coaching";

ContentPack coachingPack() {
    auto loaded = loadValidPack(kCoaching);
    EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().message);
    return loaded ? std::move(*loaded) : ContentPack{};
}

std::vector<std::string> phrasesAtPhaseStarts(const Timeline& t, const std::vector<PlannedCue>& plan, PhaseKind kind) {
    std::vector<std::string> out;
    for (const Phase& phase : t.phases) {
        if (phase.kind != kind) continue;
        auto at = std::find_if(plan.begin(), plan.end(), [&](const PlannedCue& c) { return c.at == phase.start; });
        out.push_back(at == plan.end() ? "" : at->phrase);
    }
    return out;
}

TEST(SetupSpeech, FollowsGetReadyAndNextUpTheFirstTimeOnly) {
    const ContentPack pack = coachingPack();
    const Routine& flow = *pack.routine("flow");  // cat-cow, leg-lift, cat-cow, dumbbell-row, strap, breathing
    const Timeline t = expandRoutine(flow, pack);
    const auto plan = planCueSounds(t, flow, pack, "en");

    const auto getReady = phrasesAtPhaseStarts(t, plan, PhaseKind::GetReady);
    ASSERT_EQ(getReady.size(), 1u);
    EXPECT_EQ(getReady[0], "Get ready: Cat-cow, four repetitions. Kneel on all fours, hands under your shoulders.");

    const auto rests = phrasesAtPhaseStarts(t, plan, PhaseKind::ExerciseRest);
    ASSERT_EQ(rests.size(), 5u);
    EXPECT_EQ(rests[0], "Rest. Next up: Side-lying leg lift, three repetitions each side. Lie on your side, head on "
                        "your arm.");
    // Cat-cow again: named, its setup not said twice.
    EXPECT_EQ(rests[1], "Rest. Next up: Cat-cow, four repetitions.");
    // The main caution (the first) follows the setup.
    EXPECT_EQ(rests[2], "Rest. Next up: One-arm dumbbell row, three repetitions each side. One hand and knee on "
                        "the bench, the dumbbell in the other hand. Take care: Keep your back flat.");
    // No setup text: only the announcement.
    EXPECT_EQ(rests[3], "Rest. Next up: Hamstring stretch with a strap, twenty seconds each side.");
    // No setup text but a caution: the caution alone.
    EXPECT_EQ(rests[4], "Rest. Next up: Calm breathing, twenty seconds. Take care: Stop if you feel dizzy.");
}

TEST(SetupSpeech, InTheLanguageAskedForWithEnglishAsTheFallback) {
    const ContentPack pack = coachingPack();
    const Routine& flow = *pack.routine("flow");
    const Timeline t = expandRoutine(flow, pack);
    const auto ru = phrasesAtPhaseStarts(t, planCueSounds(t, flow, pack, "ru-RU"), PhaseKind::GetReady);
    ASSERT_EQ(ru.size(), 1u);
    EXPECT_EQ(ru[0], "Приготовьтесь: Кошка-корова, четыре повторения. Встаньте на четвереньки, ладони ровно под "
                     "плечами, колени под бёдрами.");
    // leg-lift's setup has only English: a Russian voice reads the English, as with names.
    const auto rests = phrasesAtPhaseStarts(t, planCueSounds(t, flow, pack, "ru"), PhaseKind::ExerciseRest);
    ASSERT_FALSE(rests.empty());
    EXPECT_NE(rests[0].find("Lie on your side, head on your arm."), std::string::npos) << rests[0];
    // A language with no words of its own speaks English, English setup included.
    const auto de = phrasesAtPhaseStarts(t, planCueSounds(t, flow, pack, "de"), PhaseKind::GetReady);
    EXPECT_EQ(de[0], "Get ready: Cat-cow, four repetitions. Kneel on all fours, hands under your shoulders.");
}

TEST(SetupSpeech, KeepsTheGetReadyToneAndIsNotACount) {
    const ContentPack pack = coachingPack();
    const Routine& flow = *pack.routine("flow");
    const Timeline t = expandRoutine(flow, pack);
    const auto plan = planCueSounds(t, flow, pack, "en");
    ASSERT_FALSE(plan.empty());
    EXPECT_EQ(plan.front().at, Millis{0});
    EXPECT_EQ(plan.front().kind, CueKind::GetReady);
    EXPECT_EQ(plan.front().tone, ToneKind::GetReady);
    EXPECT_FALSE(plan.front().countOnly);
}

}  // namespace
}  // namespace mc
