// The overview turns its pages by itself and the routine waits until each page has
// been shown once; the how-to and pairing pages pause the routine while they are open.
#include <gtest/gtest.h>

#include <memory>

#include "core/Content.h"
#include "mirror/MirrorState.h"

namespace mc {
namespace {

std::shared_ptr<const ContentPack> onePack() {
    auto pack = std::make_shared<ContentPack>();
    Exercise e;
    e.id = "plank";
    e.name.byLanguage["en"] = "Plank";
    pack->exercises = {e};
    Routine r;
    r.id = "alpha";
    r.title.byLanguage["en"] = "Alpha";
    r.getReady = Millis{5000};
    RoutineItem item;
    item.exercise = "plank";
    item.dose.hold = Millis{30000};
    r.items = {item};
    pack->routines = {r};
    return pack;
}

MirrorTimings timings() {
    MirrorTimings t;
    t.overviewCountdown = Millis{20000};
    t.overviewPage = Millis{12000};
    return t;
}

TEST(OverviewPaging, OnePageStartsAfterTheCountdown) {
    MirrorState s(onePack(), timings());
    ASSERT_TRUE(s.openRoutine("alpha", MonoTime{0}));
    s.setOverviewPages(1);
    EXPECT_EQ(s.overviewRemaining(MonoTime{0}), Millis{20000});
    EXPECT_EQ(s.overviewPage(MonoTime{19999}), 0);
    s.tick(MonoTime{19999});
    EXPECT_EQ(s.screen(), Screen::Overview);
    s.tick(MonoTime{20000});
    EXPECT_EQ(s.screen(), Screen::Player);
}

TEST(OverviewPaging, PagesTurnByThemselvesAndTheStartWaitsForTheLast) {
    MirrorState s(onePack(), timings());
    ASSERT_TRUE(s.openRoutine("alpha", MonoTime{1000}));
    s.setOverviewPages(3);
    EXPECT_EQ(s.overviewPages(), 3);
    EXPECT_EQ(s.overviewPage(MonoTime{1000}), 0);
    EXPECT_EQ(s.overviewPage(MonoTime{1000 + 11999}), 0);
    EXPECT_EQ(s.overviewPage(MonoTime{1000 + 12000}), 1);
    EXPECT_EQ(s.overviewPage(MonoTime{1000 + 24000}), 2);
    // 3 pages of 12 s: 36 s, longer than the 20 s countdown.
    EXPECT_EQ(s.overviewRemaining(MonoTime{1000}), Millis{36000});
    s.tick(MonoTime{1000 + 30000});
    EXPECT_EQ(s.screen(), Screen::Overview) << "started before the last page was shown";
    s.tick(MonoTime{1000 + 36000});
    EXPECT_EQ(s.screen(), Screen::Player);
}

TEST(OverviewPaging, EnterStillStartsAtOnceAndAnotherRoutineStartsAtPageOne) {
    MirrorState s(onePack(), timings());
    ASSERT_TRUE(s.openRoutine("alpha", MonoTime{0}));
    s.setOverviewPages(4);
    s.handle(Action::Next, MonoTime{5000});  // the next routine's overview (here the same one)
    EXPECT_EQ(s.screen(), Screen::Overview);
    EXPECT_EQ(s.overviewPages(), 1) << "the page count belongs to the overview it was drawn for";
    s.handle(Action::Select, MonoTime{6000});
    EXPECT_EQ(s.screen(), Screen::Player);
}

TEST(OverviewPaging, APageCountOutOfRangeIsClamped) {
    MirrorState s(onePack(), timings());
    s.openRoutine("alpha", MonoTime{0});
    s.setOverviewPages(0);
    EXPECT_EQ(s.overviewPages(), 1);
    s.setOverviewPages(1000);
    EXPECT_EQ(s.overviewPages(), 50);
}

TEST(HowToPage, OpensPausedAndAnyKeyResumes) {
    MirrorState s(onePack(), timings());
    ASSERT_TRUE(s.startRoutine("alpha", MonoTime{0}));
    s.handle(Action::HowTo, MonoTime{2000});
    EXPECT_TRUE(s.howToOpen());
    EXPECT_TRUE(s.session()->view(MonoTime{10000}).paused);
    EXPECT_EQ(s.session()->view(MonoTime{10000}).position, Millis{2000}) << "time ran on behind the page";
    // Next closes the page, and does not skip the phase.
    s.handle(Action::Next, MonoTime{10000});
    EXPECT_FALSE(s.howToOpen());
    SessionView v = s.session()->view(MonoTime{11000});
    EXPECT_FALSE(v.paused);
    EXPECT_EQ(v.position, Millis{3000});
    EXPECT_EQ(s.screen(), Screen::Player);
}

TEST(HowToPage, ARoutinePausedBeforeStaysPausedAfter) {
    MirrorState s(onePack(), timings());
    ASSERT_TRUE(s.startRoutine("alpha", MonoTime{0}));
    s.handle(Action::Select, MonoTime{1000});  // pause
    s.handle(Action::HowTo, MonoTime{2000});
    EXPECT_TRUE(s.howToOpen());
    s.handle(Action::HowTo, MonoTime{3000});  // the same key closes it
    EXPECT_FALSE(s.howToOpen());
    EXPECT_TRUE(s.session()->view(MonoTime{4000}).paused);
}

TEST(HowToPage, BackClosesThePageWithoutStoppingTheRoutine) {
    MirrorState s(onePack(), timings());
    ASSERT_TRUE(s.startRoutine("alpha", MonoTime{0}));
    s.handle(Action::HowTo, MonoTime{1000});
    s.handle(Action::Back, MonoTime{2000});
    EXPECT_FALSE(s.howToOpen());
    EXPECT_EQ(s.screen(), Screen::Player);
    EXPECT_FALSE(s.takeFinishedSession().has_value());
}

TEST(HowToPage, TheKeyMeansNothingOutsideARoutine) {
    MirrorState s(onePack(), timings());
    s.handle(Action::HowTo, MonoTime{0});
    EXPECT_FALSE(s.howToOpen());
    EXPECT_EQ(s.screen(), Screen::Home);
}

TEST(PairingPage, OpensOnHomeAndAnyKeyReturnsWithoutActing) {
    MirrorState s(onePack(), timings());
    s.handle(Action::Pairing, MonoTime{0});
    EXPECT_TRUE(s.pairingOpen());
    EXPECT_EQ(s.screen(), Screen::Home);
    s.handle(Action::Select, MonoTime{1000});  // closes the page; does not open the routine
    EXPECT_FALSE(s.pairingOpen());
    EXPECT_EQ(s.screen(), Screen::Home);
}

TEST(PairingPage, DuringARoutineItPausesAndResumesOnlyWhatItPaused) {
    MirrorState s(onePack(), timings());
    ASSERT_TRUE(s.startRoutine("alpha", MonoTime{0}));
    s.handle(Action::Pairing, MonoTime{2000});
    EXPECT_TRUE(s.pairingOpen());
    EXPECT_FALSE(s.howToOpen());
    EXPECT_EQ(s.session()->view(MonoTime{10000}).position, Millis{2000}) << "time ran on behind the page";
    s.handle(Action::Back, MonoTime{10000});  // closes the page; does not stop the routine
    EXPECT_FALSE(s.pairingOpen());
    EXPECT_EQ(s.screen(), Screen::Player);
    EXPECT_FALSE(s.session()->view(MonoTime{11000}).paused);
    EXPECT_EQ(s.session()->view(MonoTime{11000}).position, Millis{3000});

    s.handle(Action::Select, MonoTime{12000});  // the person pauses...
    s.handle(Action::Pairing, MonoTime{13000});
    s.handle(Action::Pairing, MonoTime{14000});  // ...and the page's own key closes it
    EXPECT_FALSE(s.pairingOpen());
    EXPECT_TRUE(s.session()->view(MonoTime{15000}).paused) << "a pause the page did not make stays";
}

TEST(PairingPage, TheOverviewWaitsUnderItAndCountsDownAgainAfter) {
    MirrorState s(onePack(), timings());
    ASSERT_TRUE(s.openRoutine("alpha", MonoTime{0}));
    s.handle(Action::Pairing, MonoTime{15000});
    s.tick(MonoTime{60000});
    EXPECT_EQ(s.screen(), Screen::Overview) << "the routine started unseen under the page";
    EXPECT_TRUE(s.pairingOpen());
    s.handle(Action::Next, MonoTime{60000});
    EXPECT_FALSE(s.pairingOpen());
    EXPECT_EQ(s.screen(), Screen::Overview);
    EXPECT_EQ(s.overviewRemaining(MonoTime{60000}), Millis{20000});
}

TEST(PairingPage, TheSummaryWaitsUnderIt) {
    MirrorTimings t = timings();
    t.summaryShown = Millis{60000};
    MirrorState s(onePack(), t);
    ASSERT_TRUE(s.startRoutine("alpha", MonoTime{0}));
    s.handle(Action::Back, MonoTime{1000});  // stop: the summary
    ASSERT_EQ(s.screen(), Screen::Summary);
    s.handle(Action::Pairing, MonoTime{2000});
    s.tick(MonoTime{120000});
    EXPECT_EQ(s.screen(), Screen::Summary);
    s.handle(Action::Select, MonoTime{120000});  // closes the page only
    EXPECT_EQ(s.screen(), Screen::Summary);
    EXPECT_EQ(s.summaryRemaining(MonoTime{120000}), Millis{60000});
}

TEST(PairingPage, OneKeyClosesTheHowToPageRatherThanOpeningAnother) {
    MirrorState s(onePack(), timings());
    ASSERT_TRUE(s.startRoutine("alpha", MonoTime{0}));
    s.handle(Action::HowTo, MonoTime{1000});
    s.handle(Action::Pairing, MonoTime{2000});
    EXPECT_FALSE(s.howToOpen());
    EXPECT_FALSE(s.pairingOpen());
    EXPECT_FALSE(s.session()->view(MonoTime{3000}).paused);
}

}  // namespace
}  // namespace mc
