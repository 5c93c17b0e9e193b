// The session as a function of an injected clock and commands: pause, jumps, stop.
#include <gtest/gtest.h>

#include "core/EngineFixtures.h"
#include "core/SessionEngine.h"

namespace mc {
namespace {

using namespace mc::test;
using C = SessionCommand;

constexpr MonoTime T0{1'000'000};

// Phases: 0 GetReady [0,5) | 1 Work L [5,15) | 2 Switch [15,19) | 3 Work R [19,29) |
// 4 ExerciseRest [29,35) | 5 Reps set 1 [35,41) | 6 SetRest [41,44) | 7 Reps set 2 [44,50) | 8 Done 50 s.
class SessionEngineTest : public ::testing::Test {
protected:
    SessionEngineTest()
        : routine_(routineOf(
              {
                  item("side-stretch", holdDose(10s, 1, 15s, 4s), 6s),
                  item("bridge", repsDose(2, tempo(1000, 500, 1500, 0), 2, 3s)),
              },
              5s)),
          timeline_(expandRoutine(routine_, enginePack())),
          engine_(timeline_, routine_, T0) {}

    int phaseAt(MonoTime now) const { return engine_.view(now).phaseIndex; }

    Routine routine_;
    Timeline timeline_;
    SessionEngine engine_;
};

TEST_F(SessionEngineTest, PositionFollowsTheClockFromTheStart) {
    EXPECT_EQ(engine_.position(T0), 0ms);
    EXPECT_EQ(engine_.position(T0 + 7000ms), 7000ms);
    const SessionView v = engine_.view(T0 + 7000ms);
    EXPECT_EQ(v.phaseIndex, 1);
    ASSERT_NE(v.phase, nullptr);
    EXPECT_EQ(v.phase->kind, PhaseKind::Work);
    EXPECT_EQ(v.phase->side, Side::Left);
    EXPECT_EQ(v.inPhase, 2000ms);
    EXPECT_EQ(v.remaining, 8000ms);
    EXPECT_FLOAT_EQ(v.phaseProgress, 0.2f);
    EXPECT_FLOAT_EQ(v.routineProgress, 7.0f / 50.0f);
    EXPECT_FALSE(v.rep.has_value());  // a hold
    EXPECT_EQ(v.nextWorkPhase, 3);
    EXPECT_FALSE(v.paused || v.finished || v.stopped);
}

TEST_F(SessionEngineTest, ViewReportsRepsAndTheNextWorkPhase) {
    const SessionView v = engine_.view(T0 + 38000ms + 1500ms);  // rep 2 of set 1, lowering
    EXPECT_EQ(v.phaseIndex, 5);
    ASSERT_TRUE(v.rep.has_value());
    EXPECT_EQ(v.rep->rep, 2);
    EXPECT_EQ(v.rep->reps, 2);
    EXPECT_EQ(v.rep->stage, RepPosition::Stage::Down);
    EXPECT_FLOAT_EQ(v.movement, 1.0f);  // the first millisecond of lowering
    EXPECT_FLOAT_EQ(engine_.view(T0 + 38000ms + 500ms).movement, 0.5f);  // halfway up rep 2
    EXPECT_FLOAT_EQ(engine_.view(T0 + 30000ms).movement, 0.0f);          // resting
    EXPECT_FLOAT_EQ(engine_.view(T0 + 7000ms).movement, 1.0f);           // 2 s into a hold
    EXPECT_EQ(v.nextWorkPhase, 7);
    EXPECT_EQ(engine_.view(T0).nextWorkPhase, 1);
    EXPECT_EQ(engine_.view(T0 + 45s).nextWorkPhase, -1);
}

TEST_F(SessionEngineTest, PositionClampsAtTheEndAndTheSessionIsFinished) {
    EXPECT_FALSE(engine_.finished(T0 + 49999ms));
    EXPECT_TRUE(engine_.finished(T0 + 50000ms));
    const SessionView v = engine_.view(T0 + 2h);
    EXPECT_EQ(v.position, 50s);
    EXPECT_EQ(v.phaseIndex, 8);
    EXPECT_EQ(v.phase->kind, PhaseKind::Done);
    EXPECT_EQ(v.remaining, 0ms);
    EXPECT_TRUE(v.finished);
    EXPECT_FLOAT_EQ(v.routineProgress, 1.0f);
}

TEST_F(SessionEngineTest, PauseFreezesTimeAndResumeContinuesFromThere) {
    engine_.apply(C::Pause, T0 + 7000ms);
    EXPECT_TRUE(engine_.paused());
    EXPECT_EQ(engine_.position(T0 + 7000ms), 7000ms);
    EXPECT_EQ(engine_.position(T0 + 1h), 7000ms);
    EXPECT_TRUE(engine_.view(T0 + 1h).paused);
    EXPECT_FALSE(engine_.clockTimeOf(15s).has_value());

    engine_.apply(C::Resume, T0 + 20000ms);
    EXPECT_FALSE(engine_.paused());
    EXPECT_EQ(engine_.position(T0 + 20000ms), 7000ms);
    EXPECT_EQ(engine_.position(T0 + 21000ms), 8000ms);
    EXPECT_EQ(engine_.clockTimeOf(15s), T0 + 28000ms);
}

TEST_F(SessionEngineTest, TogglePauseAlternates) {
    engine_.apply(C::TogglePause, T0 + 1000ms);
    EXPECT_TRUE(engine_.paused());
    engine_.apply(C::TogglePause, T0 + 3000ms);
    EXPECT_FALSE(engine_.paused());
    EXPECT_EQ(engine_.position(T0 + 3000ms), 1000ms);
}

TEST_F(SessionEngineTest, GenerationCountsOnlyCommandsThatChangeTheMapping) {
    EXPECT_EQ(engine_.generation(), 0u);
    engine_.apply(C::Resume, T0 + 1000ms);  // not paused: nothing changes
    EXPECT_EQ(engine_.generation(), 0u);
    engine_.apply(C::Pause, T0 + 1000ms);
    EXPECT_EQ(engine_.generation(), 1u);
    engine_.apply(C::Pause, T0 + 2000ms);
    EXPECT_EQ(engine_.generation(), 1u);
    engine_.apply(C::Resume, T0 + 3000ms);
    EXPECT_EQ(engine_.generation(), 2u);
    engine_.apply(C::Next, T0 + 3000ms);
    EXPECT_EQ(engine_.generation(), 3u);
    engine_.apply(C::Restart, T0 + 3000ms);
    EXPECT_EQ(engine_.generation(), 4u);
    engine_.apply(C::Stop, T0 + 3000ms);
    EXPECT_EQ(engine_.generation(), 5u);
    engine_.apply(C::Next, T0 + 4000ms);  // ignored after stop
    EXPECT_EQ(engine_.generation(), 5u);
}

TEST_F(SessionEngineTest, NextJumpsToTheStartOfEachFollowingPhaseUntilDone) {
    MonoTime now = T0 + 7000ms;
    for (std::size_t i = 2; i < timeline_.phases.size(); ++i) {
        engine_.apply(C::Next, now);
        EXPECT_EQ(engine_.position(now), timeline_.phases[i].start);
        EXPECT_EQ(phaseAt(now), static_cast<int>(i));
        now += 100ms;
    }
    EXPECT_TRUE(engine_.finished(now));
    const uint64_t generation = engine_.generation();
    engine_.apply(C::Next, now);  // from Done: nothing to skip to
    EXPECT_EQ(engine_.generation(), generation);
    EXPECT_EQ(engine_.position(now), timeline_.total);
}

TEST_F(SessionEngineTest, PreviousRestartsThePhaseOrGoesBackWhenJustBegun) {
    engine_.apply(C::Previous, T0 + 18000ms);  // 3 s into the switch
    EXPECT_EQ(engine_.position(T0 + 18000ms), 15000ms);
    engine_.apply(C::Previous, T0 + 19999ms);  // 1.999 s into the switch again
    EXPECT_EQ(engine_.position(T0 + 19999ms), 5000ms);
    engine_.apply(C::Previous, T0 + 21999ms);  // exactly 2 s into the hold: stay in it
    EXPECT_EQ(engine_.position(T0 + 21999ms), 5000ms);
    EXPECT_EQ(phaseAt(T0 + 21999ms), 1);
    engine_.apply(C::Previous, T0 + 22000ms);  // just begun: back to get-ready
    EXPECT_EQ(engine_.position(T0 + 22000ms), 0ms);
    engine_.apply(C::Previous, T0 + 22500ms);  // nothing before the first phase
    EXPECT_EQ(engine_.position(T0 + 22500ms), 0ms);
}

TEST_F(SessionEngineTest, PreviousFromDoneReturnsToTheLastPhase) {
    ASSERT_TRUE(engine_.finished(T0 + 60s));
    engine_.apply(C::Previous, T0 + 60s);
    EXPECT_EQ(engine_.position(T0 + 60s), 44s);
    EXPECT_EQ(phaseAt(T0 + 60s), 7);
    EXPECT_FALSE(engine_.finished(T0 + 60s));
    EXPECT_EQ(engine_.position(T0 + 61s), 45s);
}

TEST_F(SessionEngineTest, JumpsWhilePausedStayPaused) {
    engine_.apply(C::Pause, T0 + 7000ms);
    engine_.apply(C::Next, T0 + 8000ms);
    EXPECT_TRUE(engine_.paused());
    EXPECT_EQ(engine_.position(T0 + 30000ms), 15000ms);
    engine_.apply(C::Previous, T0 + 31000ms);
    EXPECT_EQ(engine_.position(T0 + 40000ms), 5000ms);
    engine_.apply(C::Resume, T0 + 50000ms);
    EXPECT_EQ(engine_.position(T0 + 50500ms), 5500ms);
}

TEST_F(SessionEngineTest, RestartGoesToZeroAndKeepsThePauseState) {
    engine_.apply(C::Restart, T0 + 30000ms);
    EXPECT_EQ(engine_.position(T0 + 30000ms), 0ms);
    EXPECT_EQ(engine_.position(T0 + 31000ms), 1000ms);
    EXPECT_FALSE(engine_.paused());

    engine_.apply(C::Pause, T0 + 32000ms);
    engine_.apply(C::Restart, T0 + 33000ms);
    EXPECT_TRUE(engine_.paused());
    EXPECT_EQ(engine_.position(T0 + 40000ms), 0ms);
}

TEST_F(SessionEngineTest, StopFreezesTheSessionAndIgnoresLaterCommands) {
    engine_.apply(C::Stop, T0 + 12000ms);
    EXPECT_TRUE(engine_.stopped());
    EXPECT_EQ(engine_.position(T0 + 1h), 12000ms);
    EXPECT_FALSE(engine_.clockTimeOf(15s).has_value());
    const SessionView v = engine_.view(T0 + 1h);
    EXPECT_TRUE(v.stopped);
    EXPECT_FALSE(v.finished);
    EXPECT_EQ(v.phaseIndex, 1);
    engine_.apply(C::Restart, T0 + 2h);
    engine_.apply(C::Resume, T0 + 2h);
    EXPECT_EQ(engine_.position(T0 + 3h), 12000ms);
    EXPECT_TRUE(engine_.stopped());
}

TEST_F(SessionEngineTest, ClockTimeOfAccountsForSkipsAndPauses) {
    EXPECT_EQ(engine_.clockTimeOf(15s), T0 + 15s);
    engine_.apply(C::Next, T0 + 3000ms);  // skip the rest of get-ready: now at 5 s
    EXPECT_EQ(engine_.clockTimeOf(15s), T0 + 13s);
    engine_.apply(C::Pause, T0 + 4000ms);  // at 6 s
    engine_.apply(C::Resume, T0 + 9000ms);
    const MonoTime due = *engine_.clockTimeOf(15s);
    EXPECT_EQ(due, T0 + 18s);
    EXPECT_EQ(phaseAt(due - 1ms), 1);
    EXPECT_EQ(phaseAt(due), 2);
    // Every cue still ahead maps back onto its own timeline time.
    for (const Cue& cue : timeline_.cues) {
        if (cue.at < engine_.position(T0 + 9000ms)) continue;
        EXPECT_EQ(engine_.position(*engine_.clockTimeOf(cue.at)), cue.at);
    }
    engine_.apply(C::Previous, T0 + 10000ms);  // at 7 s, 2 s into the hold: back to its start
    EXPECT_EQ(engine_.clockTimeOf(5s), T0 + 10s);
    EXPECT_EQ(engine_.clockTimeOf(15s), T0 + 20s);
}

TEST(SessionEngine, AnEmptyTimelineIsFinishedAtOnce) {
    const Routine routine = routineOf({});
    const Timeline timeline = expandRoutine(routine, enginePack());
    SessionEngine engine(timeline, routine, T0);
    EXPECT_TRUE(engine.finished(T0));
    EXPECT_EQ(engine.view(T0).phase->kind, PhaseKind::Done);
    engine.apply(SessionCommand::Next, T0);
    engine.apply(SessionCommand::Previous, T0);
    EXPECT_EQ(engine.position(T0 + 1s), 0ms);
}

}  // namespace
}  // namespace mc
