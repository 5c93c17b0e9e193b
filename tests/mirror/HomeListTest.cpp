// HomeList: the home screen's list as a pure model. Every routine must be reachable
// and in sight when selected, the window never shows a header without its first
// routine, and the counts out of sight add up. Wrap-around is a choice, documented
// here: stepping and group jumps both wrap past either end of the list.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/Content.h"
#include "mirror/HomeList.h"

namespace mc {
namespace {

// Routines given as their focus, in pack order: {"a","b","a"} -> r0 (a), r1 (b), r2 (a).
ContentPack packOf(const std::vector<std::string>& foci) {
    ContentPack pack;
    for (size_t i = 0; i < foci.size(); ++i) {
        Routine r;
        r.id = "r" + std::to_string(i);
        r.focus = foci[i];
        pack.routines.push_back(r);
    }
    return pack;
}

// 20 routines in 5 groups of 4, interleaved in the pack as bundled content might be.
ContentPack twentyRoutines() {
    std::vector<std::string> foci;
    for (int i = 0; i < 20; ++i) foci.push_back(std::string(1, static_cast<char>('a' + i % 5)));
    return packOf(foci);
}

int routinesIn(const HomeWindow& w) {
    int n = 0;
    for (const HomeRow& r : w.rows) n += r.header ? 0 : 1;
    return n;
}

bool contains(const HomeWindow& w, int routine) {
    for (const HomeRow& r : w.rows)
        if (!r.header && r.routine == routine) return true;
    return false;
}

// The properties every window must have, whatever is selected and however tall.
void expectWellFormed(const HomeList& list, int selected, int rowsThatFit) {
    SCOPED_TRACE("selected " + std::to_string(selected) + ", rows " + std::to_string(rowsThatFit));
    HomeWindow w = list.window(selected, rowsThatFit);
    ASSERT_FALSE(w.rows.empty());
    EXPECT_LE(static_cast<int>(w.rows.size()), rowsThatFit);
    EXPECT_TRUE(contains(w, selected));
    EXPECT_FALSE(w.rows.back().header) << "a header at the bottom without its first routine";
    if (rowsThatFit > 1) EXPECT_TRUE(w.rows.front().header) << "the first routine shown has no header above it";
    // Every routine row sits under the header of its own group.
    std::string group;
    for (const HomeRow& r : w.rows) {
        if (r.header) group = r.focus;
        else if (!group.empty()) EXPECT_EQ(r.focus, group);
    }
    EXPECT_EQ(w.hiddenAbove + routinesIn(w) + w.hiddenBelow, list.count());
}

TEST(HomeList, GroupsByFocusInTheOrderEachFocusFirstAppears) {
    HomeList list(packOf({"b", "a", "b", "c", "a"}));
    EXPECT_EQ(list.order(), (std::vector<int>{0, 2, 1, 4, 3}));
    EXPECT_EQ(list.count(), 5);
    EXPECT_EQ(list.positionOf(0), 1);
    EXPECT_EQ(list.positionOf(1), 3);
    EXPECT_EQ(list.positionOf(3), 5);
    EXPECT_EQ(list.positionOf(99), 0);
}

TEST(HomeList, EveryWindowOfEveryHeightHoldsTheSelectionAndAddsUp) {
    HomeList list(twentyRoutines());
    for (int rows = 1; rows <= 30; ++rows)
        for (int selected : list.order()) expectWellFormed(list, selected, rows);
}

TEST(HomeList, WindowsAreWellFormedForUnevenGroupsToo) {
    HomeList list(packOf({"a", "b", "b", "b", "b", "b", "b", "c", "d", "d", "e"}));
    for (int rows = 1; rows <= 16; ++rows)
        for (int selected : list.order()) expectWellFormed(list, selected, rows);
}

TEST(HomeList, TheFirstRoutineShowsTheTopOfTheListWithNothingAbove) {
    HomeList list(twentyRoutines());
    HomeWindow w = list.window(list.order().front(), 9);
    ASSERT_EQ(w.rows.size(), 9u);
    EXPECT_EQ(w.rows[0], (HomeRow{true, -1, "a"}));
    EXPECT_EQ(w.rows[1].routine, 0);
    EXPECT_EQ(w.hiddenAbove, 0);
    // a's 4 routines, b's header and 3 of its routines: 7 shown, 13 below.
    EXPECT_EQ(routinesIn(w), 7);
    EXPECT_EQ(w.hiddenBelow, 13);
}

TEST(HomeList, TheLastRoutineShowsTheBottomOfTheListWithNothingBelow) {
    HomeList list(twentyRoutines());
    HomeWindow w = list.window(list.order().back(), 9);
    EXPECT_EQ(w.hiddenBelow, 0);
    EXPECT_EQ(w.rows.back().routine, list.order().back());
    EXPECT_EQ(w.hiddenAbove + routinesIn(w), 20);
}

TEST(HomeList, AGroupContinuingFromAboveHasItsHeaderRepeatedAtTheTop) {
    // Groups of 4: rows are a, r0 r5 r10 r15, b, r1 r6 r11 r16, c, r2 r7 r12 r17, ...
    HomeList list(twentyRoutines());
    // Selecting b's last routine (r16) in 5 rows: centred, the window starts at r6, inside b.
    HomeWindow w = list.window(16, 5);
    ASSERT_EQ(w.rows.size(), 4u);  // c's header would have been last, without its routines
    EXPECT_EQ(w.rows[0], (HomeRow{true, -1, "b"}));
    EXPECT_EQ(w.rows[1].routine, 6);
    EXPECT_EQ(w.rows[3].routine, 16);
    EXPECT_EQ(w.hiddenAbove, 5);  // all of a, and b's first routine
    EXPECT_EQ(w.hiddenBelow, 12);
}

TEST(HomeList, AHeaderWhoseRoutinesDoNotFitIsLeftOffTheBottom) {
    // Rows: a, r0, r1, b, r2 ... With 4 rows and r0 selected, "b" would be the last row.
    HomeList list(packOf({"a", "a", "b", "b"}));
    HomeWindow w = list.window(0, 4);
    ASSERT_EQ(w.rows.size(), 3u);
    EXPECT_EQ(w.rows[2].routine, 1);
    EXPECT_EQ(w.hiddenBelow, 2);
}

TEST(HomeList, WithRoomForOneRowOnlyTheSelectionIsShown) {
    HomeList list(twentyRoutines());
    HomeWindow w = list.window(16, 1);
    ASSERT_EQ(w.rows.size(), 1u);
    EXPECT_EQ(w.rows[0].routine, 16);
    EXPECT_EQ(w.hiddenAbove, list.positionOf(16) - 1);
}

TEST(HomeList, EverythingFitsWhenThereIsRoom) {
    HomeList list(packOf({"a", "b", "a"}));
    HomeWindow w = list.window(1, 10);
    EXPECT_EQ(w.rows.size(), 5u);
    EXPECT_EQ(w.hiddenAbove, 0);
    EXPECT_EQ(w.hiddenBelow, 0);
}

TEST(HomeList, StepsOneRoutineAtATimeAndWraps) {
    HomeList list(packOf({"b", "a", "b"}));  // order 0, 2, 1
    EXPECT_EQ(list.step(0, 1), 2);
    EXPECT_EQ(list.step(2, 1), 1);
    EXPECT_EQ(list.step(1, 1), 0);   // past the end: the first
    EXPECT_EQ(list.step(0, -1), 1);  // before the start: the last
}

TEST(HomeList, GroupJumpsLandOnTheFirstRoutineOfTheNextOrPreviousGroupAndWrap) {
    HomeList list(twentyRoutines());  // groups a: 0 5 10 15, b: 1 6 11 16, ..., e: 4 9 14 19
    EXPECT_EQ(list.nextGroup(0), 1);
    EXPECT_EQ(list.nextGroup(15), 1);   // from anywhere in a
    EXPECT_EQ(list.nextGroup(11), 2);
    EXPECT_EQ(list.nextGroup(19), 0);   // from the last group: the first
    EXPECT_EQ(list.previousGroup(11), 0);
    EXPECT_EQ(list.previousGroup(1), 0);
    EXPECT_EQ(list.previousGroup(5), 4);  // from the first group: the last group's first
    // Five jumps visit every group once and come back.
    int r = 0;
    std::vector<int> seen;
    for (int i = 0; i < 5; ++i) seen.push_back(r = list.nextGroup(r));
    EXPECT_EQ(seen, (std::vector<int>{1, 2, 3, 4, 0}));
}

TEST(HomeList, OneGroupJumpsToItsOwnStart) {
    HomeList list(packOf({"a", "a", "a"}));
    EXPECT_EQ(list.nextGroup(2), 0);
    EXPECT_EQ(list.previousGroup(2), 0);
}

TEST(HomeList, AnEmptyPackHasNoRowsAndNothingToMoveTo) {
    HomeList list{ContentPack{}};
    EXPECT_EQ(list.count(), 0);
    EXPECT_TRUE(list.window(0, 10).rows.empty());
    EXPECT_EQ(list.step(0, 1), 0);
    EXPECT_EQ(list.nextGroup(0), 0);
    EXPECT_EQ(list.positionOf(0), 0);
}

}  // namespace
}  // namespace mc
