// Get-ready and the rest before an exercise last long enough to read its setup text,
// the same in every language, within the cap; and the setup is said only the first
// time an exercise comes.
#include <gtest/gtest.h>

#include <algorithm>

#include "EngineFixtures.h"
#include "core/Timeline.h"

namespace mc {
namespace {

using namespace test;

LocalizedText words(int en, int ru = 0) {
    auto text = [](int n) {
        std::string s;
        for (int i = 0; i < n; ++i) s += (i ? " " : "") + std::string("word");
        return s;
    };
    LocalizedText t;
    t.byLanguage["en"] = text(en);
    if (ru > 0) t.byLanguage["ru"] = text(ru);
    return t;
}

ContentPack packWithSetups() {
    ContentPack pack = enginePack();
    pack.exercises[0].setup = words(11);      // plank: 3 s + 11 * 60 / 110 s = 9 s
    pack.exercises[2].setup = words(11, 22);  // bridge: the Russian is longer: 3 s + 12 s = 15 s
    return pack;                              // side-stretch, bird-dog: no setup
}

// Pointers into `t`: a temporary timeline would leave them dangling.
std::vector<const Phase*> phasesOf(const Timeline&& t, PhaseKind kind) = delete;
std::vector<const Phase*> phasesOf(const Timeline& t, PhaseKind kind) {
    std::vector<const Phase*> out;
    for (const Phase& p : t.phases)
        if (p.kind == kind) out.push_back(&p);
    return out;
}

std::vector<Cue> setupCues(const Timeline& t) {
    std::vector<Cue> out;
    std::copy_if(t.cues.begin(), t.cues.end(), std::back_inserter(out),
                 [](const Cue& c) { return c.kind == CueKind::Setup; });
    return out;
}

TEST(ReadingTime, ThreeSecondsPlusTheWordsAtTheReadingPace) {
    EXPECT_EQ(readingTime(words(11), {}), Millis{9000});
    EXPECT_EQ(readingTime(words(22), ReadingPace{220, Millis{30000}}), Millis{9000});
    EXPECT_EQ(readingTime(words(1), {}), Millis{3000 + 60000 / 110});
    EXPECT_EQ(readingTime(LocalizedText{}, {}), Millis{0});
}

TEST(ReadingTime, CountsTheLongestTranslation) {
    EXPECT_EQ(readingTime(words(11, 22), {}), Millis{15000});
    EXPECT_EQ(readingTime(words(22, 11), {}), Millis{15000});
}

TEST(ReadingTime, NeverExceedsTheCap) {
    EXPECT_EQ(readingTime(words(200), {}), Millis{30000});
    EXPECT_EQ(readingTime(words(200), ReadingPace{110, Millis{12000}}), Millis{12000});
}

TEST(ReadingTime, GetReadyAndRestsLastLongEnoughToReadTheNextSetup) {
    const ContentPack pack = packWithSetups();
    const Routine routine = routineOf({item("plank", holdDose(Millis{20000})),
                                       item("side-stretch", holdDose(Millis{20000})),
                                       item("bridge", repsDose(3, tempo(2000, 0, 2000, 0)))},
                                      Millis{5000}, Millis{10000});
    const Timeline t = expandRoutine(routine, pack);
    const auto getReady = phasesOf(t, PhaseKind::GetReady);
    ASSERT_EQ(getReady.size(), 1u);
    EXPECT_EQ(getReady[0]->duration, Millis{9000});  // 5 s written, 9 s to read plank's setup
    const auto rests = phasesOf(t, PhaseKind::ExerciseRest);
    ASSERT_EQ(rests.size(), 2u);
    EXPECT_EQ(rests[0]->duration, Millis{10000});  // side-stretch has no setup: as written
    EXPECT_EQ(rests[1]->duration, Millis{15000});  // bridge: 15 s beats the 10 s written
}

TEST(ReadingTime, ALongerTimeInTheContentStays) {
    const ContentPack pack = packWithSetups();
    const Routine routine = routineOf({item("plank", holdDose(Millis{20000}))}, Millis{40000});
    EXPECT_EQ(expandRoutine(routine, pack).phases.front().duration, Millis{40000});
}

TEST(ReadingTime, AZeroRestBeforeAnExerciseWithASetupBecomesReadable) {
    const ContentPack pack = packWithSetups();
    const Routine routine = routineOf(
        {item("side-stretch", holdDose(Millis{20000}), Millis{0}), item("plank", holdDose(Millis{20000}))});
    const Timeline timeline = expandRoutine(routine, pack);
    const auto rests = phasesOf(timeline, PhaseKind::ExerciseRest);
    ASSERT_EQ(rests.size(), 1u);
    EXPECT_EQ(rests[0]->duration, Millis{9000});
}

TEST(ReadingTime, TheTimelineIsTheSameWhicheverTranslationIsLonger) {
    // A routine lasts the same whether its Russian or its English text is the long one.
    ContentPack a = enginePack(), b = enginePack();
    a.exercises[2].setup = words(11, 22);
    b.exercises[2].setup = words(22, 11);
    const Routine routine = routineOf({item("bridge", repsDose(3, tempo(2000, 0, 2000, 0)))}, Millis{5000});
    const Timeline ta = expandRoutine(routine, a), tb = expandRoutine(routine, b);
    EXPECT_EQ(ta.total, tb.total);
    EXPECT_EQ(ta.phases.front().duration, Millis{15000});
}

TEST(ReadingTime, ThePaceAndTheCapComeFromTheCaller) {
    const ContentPack pack = packWithSetups();
    const Routine routine = routineOf({item("bridge", repsDose(3, tempo(2000, 0, 2000, 0)))}, Millis{2000});
    EXPECT_EQ(expandRoutine(routine, pack, ReadingPace{60, Millis{60000}}).phases.front().duration,
              Millis{3000 + 22000});
    EXPECT_EQ(expandRoutine(routine, pack, ReadingPace{60, Millis{10000}}).phases.front().duration, Millis{10000});
    // The countdown follows the longer phase.
    const Timeline t = expandRoutine(routine, pack, ReadingPace{60, Millis{10000}});
    const auto last = std::find_if(t.cues.begin(), t.cues.end(),
                                   [](const Cue& c) { return c.kind == CueKind::Countdown && c.value == 1; });
    ASSERT_NE(last, t.cues.end());
    EXPECT_EQ(last->at, Millis{9000});
}

TEST(SetupCue, SaidAfterGetReadyAndNextUpTheFirstTimeOnly) {
    const ContentPack pack = packWithSetups();
    const Routine routine = routineOf({item("plank", holdDose(Millis{20000})),      // 0: first plank
                                       item("bridge", repsDose(2, tempo(1000, 0, 1000, 0))),  // 1: first bridge
                                       item("plank", holdDose(Millis{20000})),      // 2: plank again
                                       item("side-stretch", holdDose(Millis{20000})),  // 3: no setup text
                                       item("bridge", repsDose(2, tempo(1000, 0, 1000, 0)))});  // 4: again
    const Timeline t = expandRoutine(routine, pack);
    const auto cues = setupCues(t);
    ASSERT_EQ(cues.size(), 2u);
    EXPECT_EQ(cues[0].value, 0);
    EXPECT_EQ(cues[0].at, Millis{0});
    EXPECT_EQ(t.phases[static_cast<std::size_t>(cues[0].phase)].kind, PhaseKind::GetReady);
    EXPECT_EQ(cues[1].value, 1);
    const Phase& rest = t.phases[static_cast<std::size_t>(cues[1].phase)];
    EXPECT_EQ(rest.kind, PhaseKind::ExerciseRest);
    EXPECT_EQ(cues[1].at, rest.start);
    // In the order they are said: "Get ready: ..." / "Next up: ..." then the setup.
    for (const Cue& setup : cues) {
        const auto at = std::find_if(t.cues.begin(), t.cues.end(), [&](const Cue& c) {
            return c.at == setup.at && c.kind == CueKind::Setup;
        });
        ASSERT_NE(at, t.cues.begin());
        const CueKind before = std::prev(at)->kind;
        EXPECT_TRUE(before == CueKind::GetReady || before == CueKind::NextUp);
    }
}

TEST(SetupCue, NoneWithoutSetupTexts) {
    const ContentPack pack = enginePack();
    const Routine routine = routineOf({item("plank", holdDose(Millis{20000})), item("bridge", repsDose(2, {}))});
    EXPECT_TRUE(setupCues(expandRoutine(routine, pack)).empty());
}

}  // namespace
}  // namespace mc
