#pragma once
// Where a person stands in a programme (core/Programme.h), from their history and
// the current time. Pure: no clock, no I/O.
//
// Rules (sessions of THIS profile and programme only: SessionRecord::profileId and
// ::programmeId; days are local calendar days of each session's own start):
//  - A programme week is done after ProgrammeStage::sessionsPerWeek sessions that
//    advance; weeks are numbered 1.. over all stages. The position moves with the
//    sessions done, not with the calendar: progression waits for the person.
//  - A session advances the programme only when it counts toward the goal
//    (countsTowardGoal, WeekProgress.h: one stopped early before half its items
//    does not) and it was due: not beyond sessionsPerDay on its day, not on a rest
//    day (fewer than restDaysBetween whole days after the previous session day),
//    and not before the week it opens may start (7 days after the first session
//    day of the previous programme week). Other sessions are extra practice.
//  - A gap of more than 14 days between a session day and the previous session
//    day that advanced (or between that day and today) steps back one week: to the
//    first session of the week before the current one (never before week 1). Each
//    such gap steps back once, however long it is.
//  - The sessions of a stage take its routines in turn, counted from the start of
//    the stage; so do repeated weeks after a step back.
//  - After the last week the programme is finished; the last stage goes on
//    repeating its last week (finished = true) so the person can keep practising.
#include <cstdint>
#include <string>
#include <vector>

#include "core/Programme.h"
#include "progress/SessionRecord.h"
#include "progress/WallTime.h"

namespace mc {

// The largest gap, in days between session days, that keeps the position.
inline constexpr int kProgrammeGapDays = 14;

struct ProgrammePosition {
    enum class Rest {
        None,           // a session is due today
        DoneForToday,   // sessionsPerDay sessions already done today
        BetweenDays,    // restDaysBetween has not passed since the last session day
        WeekComplete,   // this programme week's sessions are done; the next week opens on `nextSessionDay`
    };
    std::size_t stage = 0;      // index into Programme::stages
    int week = 1;               // 1-based over the whole programme
    int weekInStage = 1;        // 1-based within the stage
    int totalWeeks = 0;         // the sum of the stages' weeks
    int session = 1;            // the next session's number within the programme week, 1..sessionsPerWeek
    int sessionsPerWeek = 1;    // the stage's; also the weekly goal
    int doneToday = 0;          // sessions that advanced today
    std::string routineId;      // the routine of the next session ("" for a stage without routines)
    double doseScale = 1.0;     // the stage's
    Rest rest = Rest::None;
    std::int64_t nextSessionDay = 0;  // local day number (CalendarWeek.h) the next session is due: today when rest == None
    bool finished = false;      // every week done (the last week repeats)
    bool started = false;       // at least one session advanced
    int stepsBack = 0;          // how many times a gap stepped the position back (today's included)

    bool restDay() const { return rest != Rest::None; }
};

// Sessions of `profileId` recorded for `programme.id`, in any order. A programme without
// stages gives the default position with routineId "".
ProgrammePosition programmeProgress(const Programme& programme, const std::vector<SessionRecord>& history,
                                    std::int64_t profileId, WallTime now);

}  // namespace mc
