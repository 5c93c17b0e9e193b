#include <gtest/gtest.h>

#include "sound/CueScheduler.h"

namespace mc {
namespace {

SessionTiming running(uint64_t generation, Millis position, MonoTime zeroAt) {
    return SessionTiming{generation, position, zeroAt};
}

std::vector<std::size_t> indices(const SchedulerStep& step) {
    std::vector<std::size_t> out;
    for (const DueCue& d : step.due) out.push_back(d.index);
    return out;
}

TEST(CueScheduler, HandsOverCuesWithinTheLookAheadAtTheirClockTimes) {
    CueScheduler scheduler(Millis{2000}, Millis{150});
    scheduler.reset({Millis{0}, Millis{1000}, Millis{2500}, Millis{5000}});
    // Timeline 0 is clock 10000.
    auto step = scheduler.update(running(0, Millis{0}, MonoTime{10000}), MonoTime{10000});
    EXPECT_FALSE(step.silence);
    ASSERT_EQ(indices(step), (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(step.due[1].due, MonoTime{11000});
    EXPECT_EQ(scheduler.nextWakeup(), MonoTime{12500 - 1000});
    // Nothing is handed over twice; the next ones come as the window moves.
    step = scheduler.update(running(0, Millis{600}, MonoTime{10000}), MonoTime{10600});
    ASSERT_EQ(indices(step), (std::vector<std::size_t>{2}));
    EXPECT_EQ(step.due[0].due, MonoTime{12500});
    step = scheduler.update(running(0, Millis{1000}, MonoTime{10000}), MonoTime{11000});
    EXPECT_TRUE(step.due.empty());
    step = scheduler.update(running(0, Millis{3100}, MonoTime{10000}), MonoTime{13100});
    ASSERT_EQ(indices(step), (std::vector<std::size_t>{3}));
    EXPECT_EQ(step.due[0].due, MonoTime{15000});
    EXPECT_EQ(scheduler.nextWakeup(), std::nullopt);
}

TEST(CueScheduler, SkipsCuesFoundTooLateAfterAStall) {
    CueScheduler scheduler(Millis{500}, Millis{150});
    scheduler.reset({Millis{0}, Millis{1000}, Millis{5000}});
    auto step = scheduler.update(running(0, Millis{0}, MonoTime{0}), MonoTime{0});
    EXPECT_EQ(indices(step), (std::vector<std::size_t>{0}));
    // The loop stalled until 4 s: the cue at 1 s would be 3 s out of place, so it is dropped.
    step = scheduler.update(running(0, Millis{4000}, MonoTime{0}), MonoTime{4000});
    EXPECT_TRUE(step.due.empty());
    EXPECT_EQ(scheduler.nextWakeup(), MonoTime{5000 - 250});
    step = scheduler.update(running(0, Millis{4800}, MonoTime{0}), MonoTime{4800});
    EXPECT_EQ(indices(step), (std::vector<std::size_t>{2}));
}

TEST(CueScheduler, JoiningALittleLateKeepsTheFirstCue) {
    CueScheduler scheduler(Millis{2000}, Millis{150});
    scheduler.reset({Millis{0}, Millis{3000}});
    const auto step = scheduler.update(running(0, Millis{40}, MonoTime{1000}), MonoTime{1040});
    ASSERT_EQ(indices(step), (std::vector<std::size_t>{0}));
    EXPECT_EQ(step.due[0].due, MonoTime{1000});
}

TEST(CueScheduler, PauseSilencesAndResumeReschedulesFromTheNewMapping) {
    CueScheduler scheduler(Millis{2000}, Millis{150});
    scheduler.reset({Millis{1000}, Millis{2000}, Millis{4000}});
    auto step = scheduler.update(running(0, Millis{0}, MonoTime{0}), MonoTime{0});
    EXPECT_EQ(indices(step), (std::vector<std::size_t>{0, 1}));
    // Paused at 1500: the cue at 2000 was handed over but is stale now.
    step = scheduler.update(SessionTiming{1, Millis{1500}, std::nullopt}, MonoTime{1500});
    EXPECT_TRUE(step.silence);
    EXPECT_TRUE(step.due.empty());
    EXPECT_EQ(scheduler.nextWakeup(), std::nullopt);
    // Resumed at clock 6500: timeline 0 is now clock 5000, so 2000 -> 7000, 4000 -> 9000.
    step = scheduler.update(running(2, Millis{1500}, MonoTime{5000}), MonoTime{6500});
    EXPECT_TRUE(step.silence);
    ASSERT_EQ(indices(step), (std::vector<std::size_t>{1}));
    EXPECT_EQ(step.due[0].due, MonoTime{7000});
    step = scheduler.update(running(2, Millis{2600}, MonoTime{5000}), MonoTime{7600});
    ASSERT_EQ(indices(step), (std::vector<std::size_t>{2}));
    EXPECT_EQ(step.due[0].due, MonoTime{9000});
}

TEST(CueScheduler, SkippingAheadDropsTheCuesInBetween) {
    CueScheduler scheduler(Millis{2000}, Millis{150});
    scheduler.reset({Millis{1000}, Millis{2000}, Millis{3000}, Millis{10000}, Millis{11000}});
    scheduler.update(running(0, Millis{500}, MonoTime{0}), MonoTime{500});
    // "Next" at clock 800 jumps to timeline 10000: timeline 0 is clock -9200.
    const auto step = scheduler.update(running(1, Millis{10000}, MonoTime{-9200}), MonoTime{800});
    EXPECT_TRUE(step.silence);
    ASSERT_EQ(indices(step), (std::vector<std::size_t>{3, 4}));
    EXPECT_EQ(step.due[0].due, MonoTime{800});
    EXPECT_EQ(step.due[1].due, MonoTime{1800});
}

TEST(CueScheduler, FollowsARealSessionEngine) {
    Timeline timeline;
    timeline.phases = {Phase{PhaseKind::GetReady, Millis{0}, Millis{5000}},
                       Phase{PhaseKind::Done, Millis{5000}, Millis{0}}};
    timeline.total = Millis{5000};
    Routine routine;
    SessionEngine engine(timeline, routine, MonoTime{1000});
    CueScheduler scheduler(Millis{3000}, Millis{150});
    scheduler.reset({Millis{0}, Millis{4000}, Millis{5000}});
    auto step = scheduler.update(timingOf(engine, MonoTime{1000}), MonoTime{1000});
    ASSERT_EQ(indices(step), (std::vector<std::size_t>{0}));
    EXPECT_EQ(step.due[0].due, *engine.clockTimeOf(Millis{0}));
    engine.apply(SessionCommand::Pause, MonoTime{2000});
    step = scheduler.update(timingOf(engine, MonoTime{2000}), MonoTime{2000});
    EXPECT_TRUE(step.silence);
    engine.apply(SessionCommand::Resume, MonoTime{4000});
    step = scheduler.update(timingOf(engine, MonoTime{4000}), MonoTime{4000});
    ASSERT_EQ(indices(step), (std::vector<std::size_t>{1}));
    EXPECT_EQ(step.due[0].due, *engine.clockTimeOf(Millis{4000}));
    EXPECT_EQ(step.due[0].due, MonoTime{7000});
}

}  // namespace
}  // namespace mc
