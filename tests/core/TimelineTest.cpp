// Expansion of routines into phases and cues: exact starts, lengths, order.
#include <gtest/gtest.h>

#include <vector>

#include "core/EngineFixtures.h"
#include "core/Timeline.h"

namespace mc {
namespace {

using namespace mc::test;

// The fields a test pins down, comparable in one EXPECT_EQ with a readable diff.
struct PhaseShape {
    PhaseKind kind;
    long start;
    long duration;
    int item;
    int set;
    Side side;
    bool operator==(const PhaseShape&) const = default;
};

std::ostream& operator<<(std::ostream& os, const PhaseShape& p) {
    return os << "{kind " << static_cast<int>(p.kind) << ", start " << p.start << ", dur " << p.duration
              << ", item " << p.item << ", set " << p.set << ", side " << static_cast<int>(p.side) << "}";
}

std::vector<PhaseShape> shapes(const Timeline& t) {
    std::vector<PhaseShape> out;
    for (const Phase& p : t.phases) {
        out.push_back({p.kind, static_cast<long>(p.start.count()), static_cast<long>(p.duration.count()), p.item,
                       p.set, p.side});
    }
    return out;
}

struct CueShape {
    long at;
    CueKind kind;
    int phase;
    int value;
    bool operator==(const CueShape&) const = default;
};

std::ostream& operator<<(std::ostream& os, const CueShape& c) {
    return os << "{at " << c.at << ", kind " << static_cast<int>(c.kind) << ", phase " << c.phase << ", value "
              << c.value << "}";
}

std::vector<CueShape> cueShapes(const Timeline& t) {
    std::vector<CueShape> out;
    for (const Cue& c : t.cues) out.push_back({static_cast<long>(c.at.count()), c.kind, c.phase, c.value});
    return out;
}

constexpr auto GR = PhaseKind::GetReady;
constexpr auto W = PhaseKind::Work;
constexpr auto SS = PhaseKind::SwitchSides;
constexpr auto SR = PhaseKind::SetRest;
constexpr auto ER = PhaseKind::ExerciseRest;
constexpr auto D = PhaseKind::Done;
constexpr auto N = Side::None;
constexpr auto L = Side::Left;
constexpr auto R = Side::Right;

TEST(Timeline, SingleHoldIsGetReadyWorkDone) {
    const ContentPack pack = enginePack();
    const Routine routine = routineOf({item("plank", holdDose(30s))});
    const Timeline t = expandRoutine(routine, pack);
    EXPECT_EQ(shapes(t), (std::vector<PhaseShape>{
                             {GR, 0, 10000, 0, 1, N},
                             {W, 10000, 30000, 0, 1, N},
                             {D, 40000, 0, -1, 0, N},
                         }));
    EXPECT_EQ(t.total, 40s);
    EXPECT_FALSE(t.phases[1].paced);
}

TEST(Timeline, SetsAreSeparatedBySetRestsButNotFollowedByOne) {
    const ContentPack pack = enginePack();
    const Routine routine = routineOf({item("plank", holdDose(20s, 3, 15s))});
    const Timeline t = expandRoutine(routine, pack);
    EXPECT_EQ(shapes(t), (std::vector<PhaseShape>{
                             {GR, 0, 10000, 0, 1, N},
                             {W, 10000, 20000, 0, 1, N},
                             {SR, 30000, 15000, 0, 2, N},
                             {W, 45000, 20000, 0, 2, N},
                             {SR, 65000, 15000, 0, 3, N},
                             {W, 80000, 20000, 0, 3, N},
                             {D, 100000, 0, -1, 0, N},
                         }));
    EXPECT_EQ(t.phases[2].sets, 3);
}

TEST(Timeline, SidedExerciseWorksLeftThenSwitchesThenRightInEverySet) {
    const ContentPack pack = enginePack();
    const Routine routine = routineOf({item("side-stretch", holdDose(20s, 2, 10s, 5s))}, 5s);
    const Timeline t = expandRoutine(routine, pack);
    EXPECT_EQ(shapes(t), (std::vector<PhaseShape>{
                             {GR, 0, 5000, 0, 1, L},
                             {W, 5000, 20000, 0, 1, L},
                             {SS, 25000, 5000, 0, 1, R},
                             {W, 30000, 20000, 0, 1, R},
                             {SR, 50000, 10000, 0, 2, L},
                             {W, 60000, 20000, 0, 2, L},
                             {SS, 80000, 5000, 0, 2, R},
                             {W, 85000, 20000, 0, 2, R},
                             {D, 105000, 0, -1, 0, N},
                         }));
}

TEST(Timeline, PacedRepsLastRepsTimesTheTempo) {
    const ContentPack pack = enginePack();
    const Routine routine = routineOf({item("bridge", repsDose(10, tempo(2000, 1000, 2000, 0)))});
    const Timeline t = expandRoutine(routine, pack);
    ASSERT_EQ(t.phases.size(), 3u);
    EXPECT_EQ(t.phases[1].kind, PhaseKind::Work);
    EXPECT_TRUE(t.phases[1].paced);
    EXPECT_EQ(t.phases[1].start, 10s);
    EXPECT_EQ(t.phases[1].duration, 50s);
    EXPECT_EQ(t.total, 60s);
}

TEST(Timeline, ExerciseRestsUseTheItemOverrideOrTheRoutineDefaultAndLeadToTheNextItem) {
    const ContentPack pack = enginePack();
    const Routine routine = routineOf(
        {
            item("plank", holdDose(30s), 20s),
            item("bridge", repsDose(5, tempo(2000, 0, 2000, 0))),
            item("plank", holdDose(10s)),
        },
        10s, 12s);
    const Timeline t = expandRoutine(routine, pack);
    EXPECT_EQ(shapes(t), (std::vector<PhaseShape>{
                             {GR, 0, 10000, 0, 1, N},
                             {W, 10000, 30000, 0, 1, N},
                             {ER, 40000, 20000, 1, 1, N},
                             {W, 60000, 20000, 1, 1, N},
                             {ER, 80000, 12000, 2, 1, N},
                             {W, 92000, 10000, 2, 1, N},
                             {D, 102000, 0, -1, 0, N},
                         }));
}

TEST(Timeline, UnknownExercisesAndZeroLengthRestsAreLeftOut) {
    const ContentPack pack = enginePack();
    const Routine routine = routineOf(
        {
            item("no-such-exercise", holdDose(30s)),
            item("plank", holdDose(10s, 2, 0s), 0s),
            item("no-such-exercise", holdDose(30s)),
            item("plank", holdDose(10s)),
            item("no-such-exercise", holdDose(30s)),
        },
        0s);
    const Timeline t = expandRoutine(routine, pack);
    // Item indices still point into Routine::items.
    EXPECT_EQ(shapes(t), (std::vector<PhaseShape>{
                             {W, 0, 10000, 1, 1, N},
                             {W, 10000, 10000, 1, 2, N},
                             {W, 20000, 10000, 3, 1, N},
                             {D, 30000, 0, -1, 0, N},
                         }));
}

TEST(Timeline, RoutineWithoutPlayableItemsIsOnlyDone) {
    const ContentPack pack = enginePack();
    const Timeline t = expandRoutine(routineOf({item("missing", holdDose(30s))}), pack);
    ASSERT_EQ(t.phases.size(), 1u);
    EXPECT_EQ(t.phases[0].kind, PhaseKind::Done);
    EXPECT_EQ(t.total, 0ms);
    EXPECT_EQ(cueShapes(t), (std::vector<CueShape>{{0, CueKind::Done, 0, 0}}));
}

// GetReady 5 s; a sided 10 s hold with a 4 s switch, 6 s rest after; then two
// sets of 2 reps at 1 s up, 0.5 s top, 1.5 s down with a 3 s set rest.
Timeline mixedTimeline(Routine& routine) {
    routine = routineOf(
        {
            item("side-stretch", holdDose(10s, 1, 15s, 4s), 6s),
            item("bridge", repsDose(2, tempo(1000, 500, 1500, 0), 2, 3s)),
        },
        5s);
    return expandRoutine(routine, enginePack());
}

TEST(Timeline, CuesHaveExactTimesKindsAndOrder) {
    Routine routine;
    const Timeline t = mixedTimeline(routine);
    ASSERT_EQ(shapes(t), (std::vector<PhaseShape>{
                             {GR, 0, 5000, 0, 1, L},
                             {W, 5000, 10000, 0, 1, L},
                             {SS, 15000, 4000, 0, 1, R},
                             {W, 19000, 10000, 0, 1, R},
                             {ER, 29000, 6000, 1, 1, N},
                             {W, 35000, 6000, 1, 1, N},
                             {SR, 41000, 3000, 1, 2, N},
                             {W, 44000, 6000, 1, 2, N},
                             {D, 50000, 0, -1, 0, N},
                         }));
    using K = CueKind;
    EXPECT_EQ(cueShapes(t), (std::vector<CueShape>{
                                {0, K::GetReady, 0, 0},
                                {2000, K::Countdown, 0, 3},
                                {3000, K::Countdown, 0, 2},
                                {4000, K::Countdown, 0, 1},
                                {5000, K::Start, 1, 0},
                                {10000, K::Halfway, 1, 0},
                                {12000, K::Countdown, 1, 3},
                                {13000, K::Countdown, 1, 2},
                                {14000, K::Countdown, 1, 1},
                                {15000, K::SwitchSides, 2, 0},
                                {16000, K::Countdown, 2, 3},
                                {17000, K::Countdown, 2, 2},
                                {18000, K::Countdown, 2, 1},
                                {19000, K::Start, 3, 0},
                                {24000, K::Halfway, 3, 0},
                                {26000, K::Countdown, 3, 3},
                                {27000, K::Countdown, 3, 2},
                                {28000, K::Countdown, 3, 1},
                                {29000, K::Rest, 4, 0},
                                {29000, K::NextUp, 4, 1},
                                {32000, K::Countdown, 4, 3},
                                {33000, K::Countdown, 4, 2},
                                {34000, K::Countdown, 4, 1},
                                {35000, K::Start, 5, 1},
                                {35000, K::RepUp, 5, 1},
                                {36500, K::RepDown, 5, 1},
                                {38000, K::RepUp, 5, 2},
                                {39500, K::RepDown, 5, 2},
                                {41000, K::Rest, 6, 0},  // 3 s: too short for 3-2-1
                                {44000, K::Start, 7, 1},
                                {44000, K::RepUp, 7, 1},
                                {45500, K::RepDown, 7, 1},
                                {47000, K::RepUp, 7, 2},
                                {48500, K::RepDown, 7, 2},
                                {50000, K::Done, 8, 0},
                            }));
}

TEST(Timeline, ShortHoldsGetNoHalfwayAndFourSecondPhasesGetACountdown) {
    const ContentPack pack = enginePack();
    const Timeline t = expandRoutine(routineOf({item("plank", holdDose(9999ms))}, 4s), pack);
    using K = CueKind;
    EXPECT_EQ(cueShapes(t), (std::vector<CueShape>{
                                {0, K::GetReady, 0, 0},
                                {1000, K::Countdown, 0, 3},
                                {2000, K::Countdown, 0, 2},
                                {3000, K::Countdown, 0, 1},
                                {4000, K::Start, 1, 0},
                                {10999, K::Countdown, 1, 3},
                                {11999, K::Countdown, 1, 2},
                                {12999, K::Countdown, 1, 1},
                                {13999, K::Done, 2, 0},
                            }));
}

TEST(Timeline, EveryCueLiesInsideItsPhase) {
    Routine routine;
    const Timeline t = mixedTimeline(routine);
    for (const Cue& c : t.cues) {
        const Phase& p = t.phases[static_cast<std::size_t>(c.phase)];
        EXPECT_GE(c.at, p.start);
        if (p.kind != PhaseKind::Done) {
            EXPECT_LT(c.at, p.end());
        }
        EXPECT_EQ(t.phaseAt(c.at), c.phase);
    }
}

TEST(Timeline, PhaseAtFindsThePhaseAtEachBoundaryAndClamps) {
    Routine routine;
    const Timeline t = mixedTimeline(routine);
    EXPECT_EQ(t.phaseAt(-5s), 0);
    for (std::size_t i = 0; i < t.phases.size(); ++i) {
        EXPECT_EQ(t.phaseAt(t.phases[i].start), static_cast<int>(i));
        if (i > 0) {
            EXPECT_EQ(t.phaseAt(t.phases[i].start - 1ms), static_cast<int>(i) - 1);
        }
    }
    EXPECT_EQ(t.phaseAt(t.total + 1h), static_cast<int>(t.phases.size()) - 1);
    EXPECT_EQ(Timeline{}.phaseAt(0ms), -1);
}

TEST(Timeline, FirstCueAtResumesSchedulingFromAnyPosition) {
    Routine routine;
    const Timeline t = mixedTimeline(routine);
    EXPECT_EQ(t.firstCueAt(0ms), 0u);
    EXPECT_EQ(t.firstCueAt(1ms), 1u);
    const std::size_t i = t.firstCueAt(29000ms);
    ASSERT_LT(i, t.cues.size());
    EXPECT_EQ(t.cues[i].kind, CueKind::Rest);
    EXPECT_EQ(t.cues[i + 1].kind, CueKind::NextUp);
    EXPECT_EQ(t.firstCueAt(t.total), t.cues.size() - 1);
    EXPECT_EQ(t.firstCueAt(t.total + 1ms), t.cues.size());
}

TEST(Timeline, SameRoutineGivesTheSameTimeline) {
    Routine routine;
    const Timeline a = mixedTimeline(routine);
    const Timeline b = mixedTimeline(routine);
    EXPECT_EQ(shapes(a), shapes(b));
    EXPECT_EQ(cueShapes(a), cueShapes(b));
}

}  // namespace
}  // namespace mc
