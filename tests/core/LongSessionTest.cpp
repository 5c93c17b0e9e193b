// A full hour driven by an irregular clock, as a busy render loop would drive it:
// every phase boundary must fall on its scheduled millisecond, however the frames
// land, and every cue must come due exactly once, in order.
#include <gtest/gtest.h>

#include <random>

#include "core/EngineFixtures.h"
#include "core/SessionEngine.h"

namespace mc {
namespace {

using namespace mc::test;

constexpr MonoTime T0{987'654'321};

// Holds, sided holds, paced reps and sided reps with sets and rests, repeated
// until the routine lasts at least an hour.
Routine hourLongRoutine(const ContentPack& pack) {
    const std::vector<RoutineItem> cycle{
        item("plank", holdDose(45s, 2, 15s)),
        item("side-stretch", holdDose(30s, 2, 10s, 5s), 20s),
        item("bridge", repsDose(12, tempo(2000, 1000, 2000, 0), 2, 20s)),
        item("bird-dog", repsDose(8, tempo(1500, 500, 1500, 500), 1, 15s, 3s), 0s),
        item("plank", holdDose(17321ms, 3, 7777ms)),  // odd lengths: boundaries off the second
    };
    Routine routine = routineOf({}, 10s, 15s);
    while (expandRoutine(routine, pack).total < 60min) {
        routine.items.insert(routine.items.end(), cycle.begin(), cycle.end());
    }
    return routine;
}

// What a test believes the phase is, by walking the schedule forward: an oracle
// independent of the engine's own search.
class ScheduleWalker {
public:
    explicit ScheduleWalker(const Timeline& t) : t_(t) {}
    int advanceTo(Millis at) {
        while (index_ + 1 < t_.phases.size() && t_.phases[index_ + 1].start <= at) ++index_;
        return static_cast<int>(index_);
    }

private:
    const Timeline& t_;
    std::size_t index_ = 0;
};

class LongSessionTest : public ::testing::Test {
protected:
    LongSessionTest() : pack_(enginePack()), routine_(hourLongRoutine(pack_)), timeline_(expandRoutine(routine_, pack_)) {}

    // Checks both sides of every phase boundary in (from, to] on the clock, and
    // returns how many there were.
    int checkBoundariesCrossed(const SessionEngine& engine, Millis from, Millis to) const {
        int crossed = 0;
        for (std::size_t i = 1; i < timeline_.phases.size(); ++i) {
            const Millis boundary = timeline_.phases[i].start;
            if (boundary <= from || boundary > to) continue;
            // Zero-length phases other than Done never exist, so each start is one boundary.
            const std::optional<MonoTime> due = engine.clockTimeOf(boundary);
            EXPECT_TRUE(due.has_value());
            if (!due) continue;
            EXPECT_EQ(engine.view(*due - 1ms).phaseIndex, static_cast<int>(i) - 1) << "boundary " << boundary.count();
            EXPECT_EQ(engine.view(*due).phaseIndex, static_cast<int>(i)) << "boundary " << boundary.count();
            EXPECT_EQ(engine.view(*due).inPhase, 0ms);
            ++crossed;
        }
        return crossed;
    }

    ContentPack pack_;
    Routine routine_;
    Timeline timeline_;
};

TEST_F(LongSessionTest, TheRoutineReallyLastsAnHourWithEveryKindOfPhase) {
    EXPECT_GE(timeline_.total, 60min);
    EXPECT_LT(timeline_.total, 80min);
    int kinds[6] = {};
    for (const Phase& p : timeline_.phases) ++kinds[static_cast<int>(p.kind)];
    for (int count : kinds) EXPECT_GT(count, 0);
}

TEST_F(LongSessionTest, IrregularFramesHitEveryBoundaryAndCueExactly) {
    SessionEngine engine(timeline_, routine_, T0);
    ScheduleWalker walker(timeline_);
    std::mt19937 random(20261125);
    std::uniform_int_distribution<int> step(1, 2000);

    MonoTime now = T0;
    Millis last{0};
    std::size_t nextCue = 0;
    int boundaries = 0;
    int frames = 0;
    while (!engine.finished(now)) {
        now += Millis{step(random)};
        ++frames;
        const SessionView v = engine.view(now);
        // No drift: the position is the elapsed clock time, to the millisecond.
        ASSERT_EQ(v.position, std::min(now - T0, timeline_.total));
        ASSERT_EQ(v.phaseIndex, walker.advanceTo(v.position));
        ASSERT_EQ(v.inPhase, v.position - v.phase->start);
        boundaries += checkBoundariesCrossed(engine, last, v.position);
        // What a cue scheduler does each frame: fire everything now due.
        while (nextCue < timeline_.cues.size() && timeline_.cues[nextCue].at <= v.position) {
            ASSERT_EQ(engine.clockTimeOf(timeline_.cues[nextCue].at), T0 + timeline_.cues[nextCue].at);
            ++nextCue;
        }
        last = v.position;
    }
    EXPECT_EQ(boundaries, static_cast<int>(timeline_.phases.size()) - 1);
    EXPECT_EQ(nextCue, timeline_.cues.size());
    EXPECT_EQ(engine.view(now).phase->kind, PhaseKind::Done);
    EXPECT_GT(frames, 3000);
}

TEST_F(LongSessionTest, PausesAnywhereDoNotMoveAnyBoundary) {
    SessionEngine engine(timeline_, routine_, T0);
    ScheduleWalker walker(timeline_);
    std::mt19937 random(7);
    std::uniform_int_distribution<int> step(1, 2000);
    std::uniform_int_distribution<int> pauseLength(1, 30000);
    std::bernoulli_distribution pauseHere(0.02);

    MonoTime now = T0;
    Millis active{0};  // the test's own count of running time
    Millis last{0};
    int boundaries = 0;
    int pauses = 0;
    while (!engine.finished(now)) {
        if (pauseHere(random)) {
            engine.apply(SessionCommand::Pause, now);
            now += Millis{pauseLength(random)};
            ASSERT_EQ(engine.position(now), last);
            engine.apply(SessionCommand::Resume, now);
            ++pauses;
        }
        const Millis dt{step(random)};
        now += dt;
        active += dt;
        const SessionView v = engine.view(now);
        ASSERT_EQ(v.position, std::min(active, timeline_.total));
        ASSERT_EQ(v.phaseIndex, walker.advanceTo(v.position));
        boundaries += checkBoundariesCrossed(engine, last, v.position);
        last = v.position;
    }
    EXPECT_EQ(boundaries, static_cast<int>(timeline_.phases.size()) - 1);
    EXPECT_GT(pauses, 20);
}

}  // namespace
}  // namespace mc
