#pragma once
// What the home and summary screens show about practice: sessions this week
// against the weekly goal, the streak of weeks that met it, and the routine to
// suggest next. Computed from the history, the current time and the routine list.
//
// Week rule: a session counts in the Monday-to-Sunday week of its local start
// time *as recorded* (its own UTC offset), so moving to another time zone never
// moves past sessions between weeks. "This week" is the week of `now` in the
// offset passed with `now`.
#include <cstdint>
#include <string>
#include <vector>

#include "progress/SessionRecord.h"
#include "progress/WallTime.h"

namespace mc {

struct WeekProgress {
    int done = 0;         // sessions counting toward the goal this week
    int goal = 3;         // weekly goal (the seeds suggest three sessions a week)
    int streakWeeks = 0;  // consecutive weeks meeting the goal (see weekStreak)
    std::string suggestedRoutineId;  // "" when there are no routines
    bool operator==(const WeekProgress&) const = default;
};

// A session counts toward the goal when it was finished, or stopped early after
// completing at least half of its items: a routine abandoned in the first minute
// is not practice, one cut short near the end is.
bool countsTowardGoal(const SessionRecord& session);

// Counting sessions in the week numbered `week` (see weekNumber).
int sessionsInWeek(const std::vector<SessionRecord>& history, std::int64_t week);

// Consecutive weeks meeting `goal` (at least 1), ending with the current week if
// it already meets the goal, otherwise with the week before: an unfinished week
// does not break the streak until it is over.
int weekStreak(const std::vector<SessionRecord>& history, WallTime now, int goal);

// The routine to offer on the home screen, see suggestRoutine (RoutineSuggestion.h).
// `routineIds` in content order; `programme`, when not empty, is an ordered plan.
WeekProgress computeWeekProgress(const std::vector<SessionRecord>& history, WallTime now, int goal,
                                 const std::vector<std::string>& routineIds,
                                 const std::vector<std::string>& programme = {});

}  // namespace mc
