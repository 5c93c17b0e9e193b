#pragma once
// What the home screen offers a person today: "Today: week 2, session 1 of 3 —
// <routine>", or the routine not done for the longest, and the routines that do not
// suit them apart with the reasons. Pure: profile, pack, history and now go in.
//
// Rules:
//  - Never an unsuitable routine (Suitability.h): routineId is "" rather than that.
//  - Following a programme (Profile::programmeId names one in the pack): its next
//    session's routine (ProgrammeProgress.h). On a rest day nothing is offered
//    (routineId "", reason RestDay; the position says when the next session is due).
//    When the session's routine does not suit, another suitable routine of the same
//    stage is offered instead (ProgrammeStandIn), else the routine not done for the
//    longest (ProgrammeRoutineUnsuitable). A programme that does not itself suit, or
//    is not in the pack, is ignored (ProgrammeUnsuitable / ProgrammeMissing) and the
//    suggestion is made as without one.
//  - Without a programme: the suitable routine not done for the longest by this
//    profile (suggestRoutine, RoutineSuggestion.h), sessions from before profiles
//    (profileId 0) counting for everyone.
//  - The weekly goal is the programme stage's sessionsPerWeek when following one,
//    else `defaultGoal`.
#include <optional>
#include <string>
#include <vector>

#include "core/Content.h"
#include "progress/ProgrammeProgress.h"
#include "progress/Profile.h"
#include "progress/SessionRecord.h"
#include "progress/Suitability.h"
#include "progress/WallTime.h"

namespace mc {

struct UnsuitableRoutine {
    std::string routineId;
    SuitabilityVerdict verdict;  // never empty
};

struct TodaySuggestion {
    enum class Reason {
        ProgrammeNext,               // the programme's next session
        ProgrammeStandIn,            // the session's routine does not suit: another of the stage's routines
        RestDay,                     // the programme rests today: nothing offered
        ProgrammeRoutineUnsuitable,  // no routine of the stage suits: the least recently done suitable one
        ProgrammeUnsuitable,         // the profile's programme does not suit it: as without a programme
        ProgrammeMissing,            // the profile names a programme the pack lacks: as without a programme
        LeastRecentlyDone,           // no programme: the suitable routine not done for the longest
        NothingSuitable,             // no routine suits: routineId ""
    };
    std::string routineId;    // "" = offer nothing (RestDay, NothingSuitable, or a programme stage without routines)
    Reason reason = Reason::LeastRecentlyDone;
    double doseScale = 1.0;   // prepareRoutine(..., doseScale) when starting it
    int weeklyGoal = 3;
    std::string programmeId;                    // the programme followed, "" when none is in effect
    std::optional<ProgrammePosition> position;  // set when following a programme
    std::vector<std::string> suitable;          // suitable routine ids, content order
    std::vector<UnsuitableRoutine> unsuitable;  // the others with reasons, content order
};

// Machine-readable name of a reason ("programme-next", "rest-day", ...), for logs and `suggest`.
std::string_view reasonName(TodaySuggestion::Reason reason);

TodaySuggestion suggestToday(const Profile& profile, const ContentPack& pack,
                             const std::vector<SessionRecord>& history, WallTime now, int defaultGoal = 3);

}  // namespace mc
