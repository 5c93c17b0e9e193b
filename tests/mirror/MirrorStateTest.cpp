// MirrorState: the screens a person walks through, driven by actions and an
// injected clock. A small pack built in code keeps every time exact.
#include <gtest/gtest.h>

#include <memory>

#include "core/Content.h"
#include "mirror/MirrorState.h"

namespace mc {
namespace {

Exercise exercise(const std::string& id) {
    Exercise e;
    e.id = id;
    e.name.byLanguage["en"] = id;
    return e;
}

Routine routine(const std::string& id, std::vector<RoutineItem> items) {
    Routine r;
    r.id = id;
    r.title.byLanguage["en"] = id;
    r.getReady = Millis{5000};
    r.restBetweenExercises = Millis{5000};
    r.items = std::move(items);
    return r;
}

RoutineItem holdItem(Millis hold) {
    RoutineItem it;
    it.exercise = "plank";
    it.dose.kind = Dose::Kind::Hold;
    it.dose.hold = hold;
    return it;
}

RoutineItem repsItem(int reps) {
    RoutineItem it;
    it.exercise = "bridge";
    it.dose.kind = Dose::Kind::Reps;
    it.dose.reps = reps;
    it.dose.tempo = Tempo{Millis{1000}, Millis{0}, Millis{1000}, Millis{0}};
    return it;
}

// "alpha": get ready 0-5 s, hold 5-15 s, rest 15-20 s, 3 reps 20-26 s, done at 26 s.
std::shared_ptr<const ContentPack> smallPack(std::vector<std::string> routineIds = {"alpha", "beta", "gamma"}) {
    auto pack = std::make_shared<ContentPack>();
    pack->id = "mirror-test";
    pack->version = "1";
    pack->exercises = {exercise("plank"), exercise("bridge")};
    for (const std::string& id : routineIds) pack->routines.push_back(routine(id, {holdItem(Millis{10000}), repsItem(3)}));
    return pack;
}

constexpr Millis kTotal{26000};

MirrorTimings timings() {
    MirrorTimings t;
    t.overviewCountdown = Millis{20000};
    t.summaryShown = Millis{60000};
    return t;
}

// A mirror in the player, the session having started at `start`.
MirrorState playing(MonoTime start = MonoTime{1000}) {
    MirrorState s(smallPack(), timings());
    EXPECT_TRUE(s.startRoutine("alpha", start));
    EXPECT_EQ(s.screen(), Screen::Player);
    return s;
}

TEST(MirrorState, StartsAtHomeWithTheFirstRoutineSelected) {
    MirrorState s(smallPack(), timings());
    EXPECT_EQ(s.screen(), Screen::Home);
    EXPECT_EQ(s.selectedRoutine(), 0);
    EXPECT_EQ(s.session(), nullptr);
    EXPECT_FALSE(s.takeFinishedSession().has_value());
}

TEST(MirrorState, SelectionWrapsBothWays) {
    MirrorState s(smallPack(), timings());
    s.handle(Action::Previous, MonoTime{0});
    EXPECT_EQ(s.selectedRoutine(), 2);
    s.handle(Action::Next, MonoTime{0});
    EXPECT_EQ(s.selectedRoutine(), 0);
    s.handle(Action::Next, MonoTime{0});
    s.handle(Action::Next, MonoTime{0});
    s.handle(Action::Next, MonoTime{0});
    EXPECT_EQ(s.selectedRoutine(), 0);
    s.select(-4);
    EXPECT_EQ(s.selectedRoutine(), 2);
    s.select(7);
    EXPECT_EQ(s.selectedRoutine(), 1);
    EXPECT_EQ(s.screen(), Screen::Home);
}

TEST(MirrorState, LeftAndRightAtHomeJumpBetweenGroupsInDisplayOrder) {
    auto pack = std::make_shared<ContentPack>(*smallPack({"a0", "b0", "a1", "c0", "b1"}));
    auto& rs = pack->routines;
    rs[0].focus = rs[2].focus = "a";
    rs[1].focus = rs[4].focus = "b";
    rs[3].focus = "c";
    MirrorState s(pack, timings());  // order a0 a1 | b0 b1 | c0
    EXPECT_EQ(s.displayOrder(), (std::vector<int>{0, 2, 1, 4, 3}));
    s.handle(Action::Next, MonoTime{0});
    EXPECT_EQ(s.selectedRoutine(), 2);  // Down: the next routine, still in a
    s.handle(Action::NextGroup, MonoTime{0});
    EXPECT_EQ(s.selectedRoutine(), 1);  // Right: b's first
    s.handle(Action::NextGroup, MonoTime{0});
    EXPECT_EQ(s.selectedRoutine(), 3);  // c
    s.handle(Action::NextGroup, MonoTime{0});
    EXPECT_EQ(s.selectedRoutine(), 0);  // wraps to a
    s.handle(Action::PreviousGroup, MonoTime{0});
    EXPECT_EQ(s.selectedRoutine(), 3);  // Left from the first group: the last
    EXPECT_EQ(s.homeList().positionOf(s.selectedRoutine()), 5);
    EXPECT_EQ(s.screen(), Screen::Home);
}

TEST(MirrorState, LeftAndRightOnTheOverviewStepOneRoutineAsBefore) {
    MirrorState s(smallPack(), timings());
    s.handle(Action::Select, MonoTime{0});
    ASSERT_EQ(s.screen(), Screen::Overview);
    s.handle(Action::NextGroup, MonoTime{1000});
    EXPECT_EQ(s.selectedRoutine(), 1);
    s.handle(Action::PreviousGroup, MonoTime{2000});
    EXPECT_EQ(s.selectedRoutine(), 0);
    EXPECT_EQ(s.screen(), Screen::Overview);
    EXPECT_EQ(s.screenSince(), MonoTime{2000});  // the countdown starts again, as with Next
}

TEST(MirrorState, SelectOpensTheOverviewOfTheSelectedRoutine) {
    MirrorState s(smallPack(), timings());
    s.handle(Action::Next, MonoTime{100});
    s.handle(Action::Select, MonoTime{200});
    EXPECT_EQ(s.screen(), Screen::Overview);
    EXPECT_EQ(s.screenSince(), MonoTime{200});
    ASSERT_NE(s.routine(), nullptr);
    EXPECT_EQ(s.routine()->id, "beta");
    EXPECT_EQ(s.session(), nullptr);  // nothing runs before the countdown ends
}

TEST(MirrorState, OverviewStartsTheRoutineWhenItsCountdownEnds) {
    MirrorState s(smallPack(), timings());
    s.handle(Action::Select, MonoTime{1000});
    EXPECT_EQ(s.overviewRemaining(MonoTime{1000}), Millis{20000});
    EXPECT_EQ(s.overviewRemaining(MonoTime{15500}), Millis{5500});

    s.tick(MonoTime{20999});
    EXPECT_EQ(s.screen(), Screen::Overview);
    s.tick(MonoTime{21000});
    ASSERT_EQ(s.screen(), Screen::Player);
    ASSERT_NE(s.session(), nullptr);
    EXPECT_EQ(s.session()->routine().id, "alpha");
    // The session starts at the end of the countdown, from its first phase.
    EXPECT_EQ(s.session()->position(MonoTime{21000}), Millis{0});
    EXPECT_EQ(s.session()->view(MonoTime{22000}).phase->kind, PhaseKind::GetReady);
}

TEST(MirrorState, SelectOnTheOverviewStartsAtOnce) {
    MirrorState s(smallPack(), timings());
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Select, MonoTime{3000});
    ASSERT_EQ(s.screen(), Screen::Player);
    EXPECT_EQ(s.session()->position(MonoTime{3000}), Millis{0});
}

TEST(MirrorState, BackFromTheOverviewGoesHome) {
    MirrorState s(smallPack(), timings());
    s.handle(Action::Next, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Back, MonoTime{5000});
    EXPECT_EQ(s.screen(), Screen::Home);
    EXPECT_EQ(s.selectedRoutine(), 1);  // still on the routine that was opened
    // Home does not start anything by itself.
    s.tick(MonoTime{500000});
    EXPECT_EQ(s.screen(), Screen::Home);
    EXPECT_EQ(s.session(), nullptr);
}

TEST(MirrorState, NextOnTheOverviewBrowsesAndRestartsTheCountdown) {
    MirrorState s(smallPack(), timings());
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Next, MonoTime{15000});
    EXPECT_EQ(s.screen(), Screen::Overview);
    EXPECT_EQ(s.routine()->id, "beta");
    s.tick(MonoTime{25000});
    EXPECT_EQ(s.screen(), Screen::Overview);  // 20 s from the browse, not from the open
    s.tick(MonoTime{35000});
    ASSERT_EQ(s.screen(), Screen::Player);
    EXPECT_EQ(s.session()->routine().id, "beta");
}

TEST(MirrorState, OpenRoutineRefusesAnUnknownId) {
    MirrorState s(smallPack(), timings());
    EXPECT_FALSE(s.openRoutine("no-such-routine", MonoTime{0}));
    EXPECT_FALSE(s.startRoutine("no-such-routine", MonoTime{0}));
    EXPECT_EQ(s.screen(), Screen::Home);
    EXPECT_TRUE(s.openRoutine("gamma", MonoTime{0}));
    EXPECT_EQ(s.selectedRoutine(), 2);
}

TEST(MirrorState, SelectInThePlayerPausesAndFreezesTime) {
    MirrorState s = playing(MonoTime{1000});
    s.handle(Action::Select, MonoTime{8000});  // 7 s in: the hold, 2 s done
    ASSERT_TRUE(s.session()->paused());
    SessionView frozen = s.session()->view(MonoTime{8000});
    SessionView later = s.session()->view(MonoTime{60000});
    EXPECT_EQ(later.position, Millis{7000});
    EXPECT_EQ(later.phaseIndex, frozen.phaseIndex);
    EXPECT_EQ(later.remaining, frozen.remaining);
    // However long the pause, the session does not end by itself.
    s.tick(MonoTime{600000});
    EXPECT_EQ(s.screen(), Screen::Player);

    s.handle(Action::Select, MonoTime{600000});
    EXPECT_FALSE(s.session()->paused());
    EXPECT_EQ(s.session()->position(MonoTime{601000}), Millis{8000});
}

TEST(MirrorState, NextAndPreviousInThePlayerMoveBetweenPhases) {
    MirrorState s = playing(MonoTime{0});
    s.handle(Action::Next, MonoTime{1000});  // from get ready to the start of the hold
    SessionView v = s.session()->view(MonoTime{1000});
    EXPECT_EQ(v.phase->kind, PhaseKind::Work);
    EXPECT_EQ(v.position, Millis{5000});

    s.handle(Action::Next, MonoTime{2000});  // to the rest after the hold
    v = s.session()->view(MonoTime{2000});
    EXPECT_EQ(v.phase->kind, PhaseKind::ExerciseRest);
    EXPECT_EQ(v.position, Millis{15000});

    // 3 s into the rest, Previous goes back to the start of the rest...
    s.handle(Action::Previous, MonoTime{5000});
    EXPECT_EQ(s.session()->view(MonoTime{5000}).position, Millis{15000});
    // ...and right after that, to the start of the hold before it.
    s.handle(Action::Previous, MonoTime{5500});
    v = s.session()->view(MonoTime{5500});
    EXPECT_EQ(v.phase->kind, PhaseKind::Work);
    EXPECT_EQ(v.position, Millis{5000});
    EXPECT_EQ(s.screen(), Screen::Player);
}

TEST(MirrorState, LeftAndRightInThePlayerStillMoveBetweenPhases) {
    MirrorState s = playing(MonoTime{0});
    s.handle(Action::NextGroup, MonoTime{1000});  // Right: from get ready to the hold
    EXPECT_EQ(s.session()->view(MonoTime{1000}).position, Millis{5000});
    s.handle(Action::NextGroup, MonoTime{2000});  // to the rest after it
    EXPECT_EQ(s.session()->view(MonoTime{2000}).position, Millis{15000});
    s.handle(Action::PreviousGroup, MonoTime{2100});  // Left, right away: back to the hold
    EXPECT_EQ(s.session()->view(MonoTime{2100}).position, Millis{5000});
    EXPECT_EQ(s.screen(), Screen::Player);
}

TEST(MirrorState, BackInThePlayerStopsTheSessionAndShowsTheSummary) {
    MirrorState s = playing(MonoTime{1000});
    s.handle(Action::Back, MonoTime{1000 + 17000});  // in the rest after the hold
    ASSERT_EQ(s.screen(), Screen::Summary);
    ASSERT_TRUE(s.lastOutcome().has_value());
    const FinishedSession& o = *s.lastOutcome();
    EXPECT_EQ(o.routineId, "alpha");
    EXPECT_TRUE(o.stoppedEarly);
    EXPECT_EQ(o.totalItems, 2);
    EXPECT_EQ(o.completedItems, 1);  // the hold was done, the reps were not
    EXPECT_EQ(o.activeTime, Millis{10000});  // the 10 s hold; get-ready and the rest are not exercise
}

TEST(MirrorState, StoppingDuringTheFirstExerciseCompletesNothing) {
    MirrorState s = playing(MonoTime{0});
    s.handle(Action::Back, MonoTime{14999});
    ASSERT_EQ(s.screen(), Screen::Summary);
    auto o = s.takeFinishedSession();
    ASSERT_TRUE(o.has_value());
    EXPECT_TRUE(o->stoppedEarly);
    EXPECT_EQ(o->completedItems, 0);
}

TEST(MirrorState, AFinishedRoutineShowsTheSummaryWithEveryItemDone) {
    MirrorState s = playing(MonoTime{1000});
    s.tick(MonoTime{1000} + kTotal - Millis{1});
    EXPECT_EQ(s.screen(), Screen::Player);
    s.tick(MonoTime{1000} + kTotal);
    ASSERT_EQ(s.screen(), Screen::Summary);
    EXPECT_EQ(s.screenSince(), MonoTime{1000} + kTotal);
    const FinishedSession& o = *s.lastOutcome();
    EXPECT_FALSE(o.stoppedEarly);
    EXPECT_EQ(o.totalItems, 2);
    EXPECT_EQ(o.completedItems, o.totalItems);
    EXPECT_EQ(o.activeTime, Millis{16000});  // the hold and the reps, without get-ready and rest
}

TEST(MirrorState, AFinishedRoutineNoticedLateStillCountsAsCompleted) {
    // The loop may sleep past the end; the outcome is the same.
    MirrorState s = playing(MonoTime{0});
    s.tick(MonoTime{0} + kTotal + Millis{4321});
    ASSERT_EQ(s.screen(), Screen::Summary);
    EXPECT_FALSE(s.lastOutcome()->stoppedEarly);
    EXPECT_EQ(s.lastOutcome()->completedItems, 2);
    EXPECT_EQ(s.lastOutcome()->activeTime, Millis{16000});
}

TEST(MirrorState, TheSummaryGoesHomeAfterItsTimeout) {
    MirrorState s = playing(MonoTime{0});
    s.tick(kTotal);
    ASSERT_EQ(s.screen(), Screen::Summary);
    EXPECT_EQ(s.summaryRemaining(kTotal + Millis{10000}), Millis{50000});
    s.tick(kTotal + Millis{59999});
    EXPECT_EQ(s.screen(), Screen::Summary);
    s.tick(kTotal + Millis{60000});
    EXPECT_EQ(s.screen(), Screen::Home);
    EXPECT_EQ(s.session(), nullptr);
    EXPECT_EQ(s.timeline(), nullptr);
}

TEST(MirrorState, SelectOnTheSummaryGoesHomeAtOnce) {
    MirrorState s = playing(MonoTime{0});
    s.handle(Action::Back, MonoTime{3000});
    ASSERT_EQ(s.screen(), Screen::Summary);
    s.handle(Action::Select, MonoTime{4000});
    EXPECT_EQ(s.screen(), Screen::Home);
}

TEST(MirrorState, TheFinishedSessionIsTakenExactlyOnce) {
    MirrorState s = playing(MonoTime{0});
    EXPECT_FALSE(s.takeFinishedSession().has_value());  // still running
    s.tick(kTotal);
    auto first = s.takeFinishedSession();
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->routineId, "alpha");
    EXPECT_FALSE(s.takeFinishedSession().has_value());
    s.tick(kTotal + Millis{60000});  // home again: still nothing new
    EXPECT_FALSE(s.takeFinishedSession().has_value());

    // A second session gives a second outcome.
    ASSERT_TRUE(s.startRoutine("beta", MonoTime{100000}));
    s.handle(Action::Back, MonoTime{101000});
    auto second = s.takeFinishedSession();
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->routineId, "beta");
    EXPECT_TRUE(second->stoppedEarly);
    EXPECT_FALSE(s.takeFinishedSession().has_value());
}

TEST(MirrorState, ReplaceContentIsRefusedAwayFromHome) {
    MirrorState s(smallPack(), timings());
    auto next = smallPack({"delta"});

    s.handle(Action::Select, MonoTime{0});
    ASSERT_EQ(s.screen(), Screen::Overview);
    EXPECT_FALSE(s.canReplaceContent());
    EXPECT_FALSE(s.replaceContent(next));

    s.handle(Action::Select, MonoTime{1000});
    ASSERT_EQ(s.screen(), Screen::Player);
    EXPECT_FALSE(s.replaceContent(next));

    s.handle(Action::Back, MonoTime{2000});
    ASSERT_EQ(s.screen(), Screen::Summary);
    EXPECT_FALSE(s.replaceContent(next));
    EXPECT_EQ(s.content().routines.front().id, "alpha");
}

TEST(MirrorState, ReplaceContentAtHomeKeepsTheSelectedRoutineById) {
    MirrorState s(smallPack(), timings());
    s.select(1);  // beta
    // The new pack has beta at another position.
    auto next = smallPack({"zeta", "eta", "beta", "theta"});
    EXPECT_TRUE(s.canReplaceContent());
    EXPECT_TRUE(s.replaceContent(next));
    EXPECT_EQ(s.content().routines.size(), 4u);
    EXPECT_EQ(s.selectedRoutine(), 2);
    EXPECT_EQ(s.routine()->id, "beta");

    // A pack without the selected routine selects its first.
    EXPECT_TRUE(s.replaceContent(smallPack({"omega", "psi"})));
    EXPECT_EQ(s.selectedRoutine(), 0);
    EXPECT_EQ(s.routine()->id, "omega");

    EXPECT_FALSE(s.replaceContent(nullptr));
    EXPECT_EQ(s.routine()->id, "omega");
}

TEST(MirrorState, ReplaceContentIsAcceptedBackAtHomeAfterASession) {
    MirrorState s(smallPack(), timings());
    s.select(2);
    ASSERT_TRUE(s.startRoutine("gamma", MonoTime{0}));
    EXPECT_FALSE(s.replaceContent(smallPack({"gamma", "new"})));
    s.tick(kTotal);
    s.tick(kTotal + Millis{60000});
    ASSERT_EQ(s.screen(), Screen::Home);
    EXPECT_TRUE(s.replaceContent(smallPack({"new", "gamma"})));
    EXPECT_EQ(s.routine()->id, "gamma");
    EXPECT_EQ(s.selectedRoutine(), 1);
}

}  // namespace
}  // namespace mc

namespace mc {
namespace {

// The session's timeline reads setup texts at the configured pace ([player] config).
TEST(MirrorState, GetReadyLastsTheConfiguredReadingTime) {
    auto pack = std::make_shared<ContentPack>(*smallPack({"alpha"}));
    pack->exercises[0].setup.byLanguage["en"] = "Lie face down, forearms under your shoulders, elbows bent.";  // 9 words
    MirrorTimings slow = timings();
    slow.reading = ReadingPace{60, Millis{60000}};
    MirrorState s(pack, slow);
    ASSERT_TRUE(s.startRoutine("alpha", MonoTime{0}));
    EXPECT_EQ(s.timeline()->phases.front().duration, Millis{3000 + 9000});
    MirrorTimings capped = timings();
    capped.reading = ReadingPace{60, Millis{8000}};
    MirrorState t(pack, capped);
    ASSERT_TRUE(t.startRoutine("alpha", MonoTime{0}));
    EXPECT_EQ(t.timeline()->phases.front().duration, Millis{8000});
}

}  // namespace
}  // namespace mc
