#include <gtest/gtest.h>

#include "SoundTestSupport.h"
#include "sound/CuePlan.h"

namespace mc {
namespace {

TEST(CuePlan, OneSoundPerMomentWithTheMostImportantTone) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    const auto plan = planCueSounds(timeline, routine, pack, "en");

    std::set<int64_t> cueTimes;
    for (const Cue& cue : timeline.cues) cueTimes.insert(cue.at.count());
    ASSERT_EQ(plan.size(), cueTimes.size());
    for (std::size_t i = 1; i < plan.size(); ++i) EXPECT_LT(plan[i - 1].at, plan[i].at);

    // Paced work starts with the start tone, and its first count is the words.
    const Phase& work = timeline.phases[1];
    ASSERT_TRUE(work.paced);
    const auto start = std::find_if(plan.begin(), plan.end(), [&](const PlannedCue& c) { return c.at == work.start; });
    ASSERT_NE(start, plan.end());
    EXPECT_EQ(start->tone, ToneKind::Start);
    EXPECT_EQ(start->phrase, "One.");
    EXPECT_TRUE(start->countOnly);

    // A rest between exercises sounds the "next exercise" tone and says both.
    const auto next = std::find_if(plan.begin(), plan.end(), [](const PlannedCue& c) { return c.kind == CueKind::NextUp; });
    ASSERT_NE(next, plan.end());
    EXPECT_EQ(next->tone, ToneKind::NextUp);
    EXPECT_FALSE(next->countOnly);
}

TEST(CuePlan, SidedPacedStartNamesTheSideBeforeTheCount) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    const auto plan = planCueSounds(timeline, routine, pack, "en");
    std::vector<std::string> starts;
    for (std::size_t p = 0; p < timeline.phases.size(); ++p) {
        const Phase& phase = timeline.phases[p];
        if (phase.kind != PhaseKind::Work || phase.side == Side::None) continue;
        for (const PlannedCue& c : plan) {
            if (c.at == phase.start) {
                starts.push_back(c.phrase);
                EXPECT_FALSE(c.countOnly);
            }
        }
    }
    EXPECT_EQ(starts, (std::vector<std::string>{"Left side. One.", "Right side. One.", "Left side. One.", "Right side. One."}));
}

}  // namespace
}  // namespace mc
