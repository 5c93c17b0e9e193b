// RedrawSchedule: the run loop draws a frame only when the picture would change,
// and sleeps exactly until the next visible change.
#include <gtest/gtest.h>

#include "loop/RedrawSchedule.h"
#include "core/Content.h"
#include "ui/Screens.h"

namespace mc {
namespace {

// "holds": get ready 0-10 s, a 30 s hold 10-40 s (easing into the pose for its first
// 2 s), rest 40-55 s, 2 reps 55-63 s (each: 1 s up, 1 s still at the top, 1 s down,
// 1 s still at the bottom).
std::shared_ptr<const ContentPack> pack() {
    auto p = std::make_shared<ContentPack>();
    Exercise e;
    e.id = "plank";
    e.name.byLanguage["en"] = "Plank";
    p->exercises.push_back(e);
    Routine r;
    r.id = "holds";
    r.getReady = Millis{10000};
    r.restBetweenExercises = Millis{15000};
    RoutineItem hold;
    hold.exercise = "plank";
    hold.dose.kind = Dose::Kind::Hold;
    hold.dose.hold = Millis{30000};
    RoutineItem reps;
    reps.exercise = "plank";
    reps.dose.kind = Dose::Kind::Reps;
    reps.dose.reps = 2;
    reps.dose.tempo = Tempo{Millis{1000}, Millis{1000}, Millis{1000}, Millis{1000}};
    r.items = {hold, reps};
    p->routines.push_back(r);
    return p;
}

ViewContext context() {
    ViewContext ctx;
    ctx.layout = Layout::forScreen(1280, 720);
    ctx.clockMinutes = 7 * 60;
    return ctx;
}

// Started at clock time 0, so clock time = timeline time until paused.
MirrorState started() {
    MirrorState s(pack());
    EXPECT_TRUE(s.startRoutine("holds", MonoTime{0}));
    return s;
}

TEST(RedrawSchedule, AFrameIsNotDueTwiceForTheSamePicture) {
    MirrorState s = started();
    RedrawSchedule redraw;
    ViewContext ctx = context();
    // Get ready (nothing moves but the digits): 3.2 s and 3.9 s show the same "7".
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{3200}));
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{3200}));
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{3900}));
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{4000}));  // "6"
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{4999}));
    EXPECT_EQ(redraw.framesDrawn(), 2);

    // Anything else the picture shows makes a frame due once: the clock's minute...
    ctx.clockMinutes += 1;
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{4999}));
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{4999}));
    // ...and the burn-in shift.
    ctx.shift = burnInShift(60);
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{4999}));
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{4999}));
    EXPECT_EQ(redraw.framesDrawn(), 4);
}

TEST(RedrawSchedule, AnimationFramesAreCappedAtTheFrameInterval) {
    MirrorState s = started();
    RedrawSchedule redraw(Millis{40});
    ViewContext ctx = context();
    // Easing into the hold, the figure moves: a new frame per interval, not per call.
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{10400}));
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{10400}));
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{10439}));
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{10440}));
    int before = redraw.framesDrawn();
    for (int t = 10441; t < 11440; t += 7) redraw.due(s, ctx, MonoTime{t});
    // One each 40 ms at most: polled every 7 ms, frames land 42 ms apart.
    EXPECT_GE(redraw.framesDrawn() - before, 23);
    EXPECT_LE(redraw.framesDrawn() - before, 25);
}

TEST(RedrawSchedule, AlmostStillMomentsAnimateAsSlowlyAsTheirMotionAllows) {
    MirrorState s = started();
    RedrawSchedule redraw(Millis{40}, context().layout);
    ViewContext ctx = context();
    // In the hold, once in the pose, nothing moves between the seconds: the ring and the
    // breathing step with the digits. One frame in that second, not 25.
    int before = redraw.framesDrawn();
    for (int t = 20000; t < 21000; t += 7) redraw.due(s, ctx, MonoTime{t});
    EXPECT_EQ(redraw.framesDrawn() - before, 1);
    // A rep moving up (55-56 s) crosses the figure's box in a second: near the cap
    // (slower as it starts and stops), and never above it.
    before = redraw.framesDrawn();
    MonoTime last{-1000};
    for (int t = 55000; t < 56000; t += 7) {
        const int drawn = redraw.framesDrawn();
        redraw.due(s, ctx, MonoTime{t});
        if (redraw.framesDrawn() == drawn) continue;
        EXPECT_GE(MonoTime{t} - last, Millis{40}) << t;
        last = MonoTime{t};
    }
    EXPECT_GE(redraw.framesDrawn() - before, 15);
}

TEST(RedrawSchedule, TimeoutsMatchTheNextSecondBoundaryWhenNothingMoves) {
    MirrorState s = started();
    RedrawSchedule redraw;
    // Get ready: 10 s long, so at 3.2 s there are 6.8 s left; "7" turns to "6" at 4 s.
    EXPECT_EQ(redraw.timeout(s, MonoTime{3200}), Millis{800});
    EXPECT_EQ(redraw.timeout(s, MonoTime{3999}), Millis{1});
    EXPECT_EQ(redraw.timeout(s, MonoTime{4000}), Millis{1000});
    // The rest after the hold (40-55 s).
    EXPECT_EQ(redraw.timeout(s, MonoTime{41250}), Millis{750});
    EXPECT_EQ(redraw.timeout(s, MonoTime{54900}), Millis{100});
    // Sleeping for the timeout lands on the moment the digit changes.
    for (int t : {3200, 3999, 41250, 47777}) {
        MonoTime now{t};
        MonoTime wake = now + redraw.timeout(s, now);
        int shownNow = secondsLeft(s.session()->view(now).remaining);
        EXPECT_EQ(secondsLeft(s.session()->view(wake).remaining), shownNow - 1) << t;
        EXPECT_EQ(secondsLeft(s.session()->view(wake - Millis{1}).remaining), shownNow) << t;
    }
}

TEST(RedrawSchedule, AHoldAnimatesWhileEasingInThenWakesOnlyForItsDigits) {
    MirrorState s = started();
    RedrawSchedule redraw(Millis{33});
    for (int t : {10500, 11000}) {  // mid-way into the pose: the frame cap (slower as it starts and ends)
        Millis timeout = redraw.timeout(s, MonoTime{t});
        EXPECT_GT(timeout, Millis{0}) << t;
        EXPECT_LE(timeout, Millis{33}) << t;
    }
    // In the pose: asleep until the digit changes (the hold ends at 40 s).
    EXPECT_EQ(redraw.timeout(s, MonoTime{12345}), Millis{655});
    EXPECT_EQ(redraw.timeout(s, MonoTime{25500}), Millis{500});
    EXPECT_EQ(redraw.timeout(s, MonoTime{39990}), Millis{10});
}

TEST(RedrawSchedule, APausedPlayerRequestsNoAnimationFrames) {
    MirrorState s = started();
    RedrawSchedule redraw(Millis{33});
    ViewContext ctx = context();
    s.handle(Action::Select, MonoTime{20000});  // pause in the middle of the hold
    ASSERT_TRUE(s.session()->paused());
    EXPECT_EQ(redraw.timeout(s, MonoTime{20000}), Millis{1000});
    EXPECT_EQ(redraw.timeout(s, MonoTime{20517}), Millis{1000});
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{20000}));
    for (int t = 20033; t < 80000; t += 33) EXPECT_FALSE(redraw.due(s, ctx, MonoTime{t})) << t;
    EXPECT_EQ(redraw.framesDrawn(), 1);

    // Resuming draws at once, then the settled hold wakes for its digits (20 s were left).
    s.handle(Action::Select, MonoTime{80000});
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{80000}));
    EXPECT_EQ(redraw.timeout(s, MonoTime{80010}), Millis{990});
}

TEST(RedrawSchedule, InputGivesAFewExtraFrames) {
    MirrorState s = started();
    RedrawSchedule redraw;
    ViewContext ctx = context();
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{3200}));
    redraw.inputArrived(MonoTime{3300});
    EXPECT_EQ(redraw.timeout(s, MonoTime{3300}), Millis{33});
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{3300}));
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{3333}));
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{3366}));
    EXPECT_EQ(redraw.timeout(s, MonoTime{3366}), Millis{634});
}

TEST(RedrawSchedule, OverviewAndSummaryWakeForTheirCountdowns) {
    MirrorState s(pack());
    RedrawSchedule redraw;
    ViewContext ctx = context();
    ASSERT_TRUE(s.openRoutine("holds", MonoTime{1000}));  // starts by itself at 21 s
    EXPECT_EQ(redraw.timeout(s, MonoTime{1000}), Millis{1000});
    EXPECT_EQ(redraw.timeout(s, MonoTime{1250}), Millis{750});
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{1250}));
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{1999}));
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{2000}));

    s.handle(Action::Select, MonoTime{5000});
    s.handle(Action::Back, MonoTime{6000});  // stop: the summary, home after 60 s
    ASSERT_EQ(s.screen(), Screen::Summary);
    EXPECT_EQ(redraw.timeout(s, MonoTime{6400}), Millis{600});
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{6400}));
    EXPECT_FALSE(redraw.due(s, ctx, MonoTime{6999}));
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{7000}));
}

TEST(RedrawSchedule, TheHomeScreenIsDrawnOnlyWhenSomethingOnItChanges) {
    MirrorState s(pack());
    RedrawSchedule redraw;
    ViewContext ctx = context();
    EXPECT_EQ(redraw.timeout(s, MonoTime{0}), Millis{1000});
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{0}));
    for (int t = 1000; t < 59000; t += 1000) EXPECT_FALSE(redraw.due(s, ctx, MonoTime{t}));
    ctx.clockMinutes += 1;
    EXPECT_TRUE(redraw.due(s, ctx, MonoTime{60000}));
}

TEST(RedrawSchedule, BurnInShiftStaysSmallAndChangesByTheMinute) {
    ImVec2 first = burnInShift(0);
    EXPECT_EQ(burnInShift(59).x, first.x);
    EXPECT_EQ(burnInShift(59).y, first.y);
    bool moved = false;
    for (long long minute = 0; minute < 24 * 60; ++minute) {
        ImVec2 s = burnInShift(minute * 60);
        EXPECT_LE(std::abs(s.x), 4.0f);
        EXPECT_LE(std::abs(s.y), 4.0f);
        moved = moved || s.x != first.x || s.y != first.y;
    }
    EXPECT_TRUE(moved);
}

}  // namespace
}  // namespace mc
