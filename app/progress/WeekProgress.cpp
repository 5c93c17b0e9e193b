#include "progress/WeekProgress.h"

#include <algorithm>
#include <map>

#include "progress/CalendarWeek.h"
#include "progress/RoutineSuggestion.h"

namespace mc {

bool countsTowardGoal(const SessionRecord& session) {
    if (!session.stoppedEarly) return true;
    return session.totalItems > 0 && session.completedItems > 0 &&
           session.completedItems * 2 >= session.totalItems;
}

int sessionsInWeek(const std::vector<SessionRecord>& history, std::int64_t week) {
    return static_cast<int>(std::count_if(history.begin(), history.end(), [&](const SessionRecord& s) {
        return countsTowardGoal(s) && weekNumber(s.localStart()) == week;
    }));
}

int weekStreak(const std::vector<SessionRecord>& history, WallTime now, int goal) {
    goal = std::max(goal, 1);
    std::map<std::int64_t, int> perWeek;
    for (const SessionRecord& s : history) {
        if (countsTowardGoal(s)) ++perWeek[weekNumber(s.localStart())];
    }
    auto countIn = [&](std::int64_t week) {
        auto it = perWeek.find(week);
        return it == perWeek.end() ? 0 : it->second;
    };
    std::int64_t week = weekNumber(now);
    int streak = 0;
    if (countIn(week) >= goal) ++streak;
    for (--week; countIn(week) >= goal; --week) ++streak;
    return streak;
}

WeekProgress computeWeekProgress(const std::vector<SessionRecord>& history, WallTime now, int goal,
                                 const std::vector<std::string>& routineIds,
                                 const std::vector<std::string>& programme) {
    WeekProgress progress;
    progress.goal = std::max(goal, 1);
    progress.done = sessionsInWeek(history, weekNumber(now));
    progress.streakWeeks = weekStreak(history, now, progress.goal);
    progress.suggestedRoutineId = suggestRoutine(history, routineIds, programme);
    return progress;
}

}  // namespace mc
