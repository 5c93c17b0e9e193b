// Which routine the home screen suggests.
#include <gtest/gtest.h>

#include "TestTimes.h"
#include "progress/RoutineSuggestion.h"
#include "progress/WeekProgress.h"

namespace mc {
namespace {
using namespace testing_times;

const std::vector<std::string> kRoutines = {"gentle", "posture", "strength"};

WallTime day(int d) { return local(2026, 11, d, 8, 0, 0); }

TEST(RoutineSuggestion, FirstRoutineWhenNothingDone) {
    EXPECT_EQ(suggestRoutine({}, kRoutines), "gentle");
    EXPECT_EQ(suggestRoutine({}, {}), "");
}

TEST(RoutineSuggestion, NeverDoneComesFirstInContentOrder) {
    std::vector<SessionRecord> history = {finished("gentle", day(20)), finished("gentle", day(21))};
    EXPECT_EQ(suggestRoutine(history, kRoutines), "posture");
    history.push_back(finished("posture", day(22)));
    EXPECT_EQ(suggestRoutine(history, kRoutines), "strength");
}

TEST(RoutineSuggestion, LeastRecentlyDoneWhenAllDone) {
    std::vector<SessionRecord> history = {
        finished("posture", day(18)), finished("gentle", day(19)), finished("strength", day(20)),
        finished("posture", day(21)),
    };
    EXPECT_EQ(suggestRoutine(history, kRoutines), "gentle");
}

TEST(RoutineSuggestion, TiesGoToContentOrder) {
    std::vector<SessionRecord> history = {finished("strength", day(20)), finished("posture", day(20)),
                                          finished("gentle", day(22))};
    EXPECT_EQ(suggestRoutine(history, kRoutines), "posture");
}

TEST(RoutineSuggestion, AbandonedSessionsAndUnknownRoutinesDoNotCount) {
    SessionRecord abandoned = finished("posture", day(23));
    abandoned.stoppedEarly = true;
    abandoned.completedItems = 1;
    std::vector<SessionRecord> history = {finished("gentle", day(20)), abandoned, finished("retired", day(21))};
    EXPECT_EQ(suggestRoutine(history, kRoutines), "posture");
}

TEST(RoutineSuggestion, ProgrammeGivesTheNextAfterTheLastDone) {
    std::vector<std::string> programme = {"posture", "gentle", "strength"};
    EXPECT_EQ(suggestRoutine({}, kRoutines, programme), "posture");
    std::vector<SessionRecord> history = {finished("posture", day(20)), finished("gentle", day(22))};
    EXPECT_EQ(suggestRoutine(history, kRoutines, programme), "strength");
    history.push_back(finished("strength", day(24)));
    EXPECT_EQ(suggestRoutine(history, kRoutines, programme), "posture");  // wraps around
}

TEST(RoutineSuggestion, ProgrammeSkipsRoutinesNoLongerInTheContent) {
    std::vector<std::string> programme = {"posture", "removed", "strength"};
    std::vector<SessionRecord> history = {finished("posture", day(20))};
    EXPECT_EQ(suggestRoutine(history, kRoutines, programme), "strength");
    EXPECT_EQ(suggestRoutine(history, kRoutines, {"removed"}), "gentle");  // empty plan: least recent
}

TEST(RoutineSuggestion, WeekProgressCarriesTheSuggestion) {
    std::vector<SessionRecord> history = {finished("gentle", day(23))};
    EXPECT_EQ(computeWeekProgress(history, day(25), 3, kRoutines).suggestedRoutineId, "posture");
    EXPECT_EQ(computeWeekProgress(history, day(25), 3, kRoutines, {"gentle", "strength"}).suggestedRoutineId,
              "strength");
}

}  // namespace
}  // namespace mc
