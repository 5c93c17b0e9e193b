#include "progress/TodaySuggestion.h"

#include <algorithm>

#include "progress/RoutineSuggestion.h"

namespace mc {
namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<SessionRecord> sessionsOf(const std::vector<SessionRecord>& history, std::int64_t profileId) {
    std::vector<SessionRecord> mine;
    for (const SessionRecord& s : history) {
        if (s.profileId == profileId || s.profileId == 0) mine.push_back(s);
    }
    return mine;
}

// The first suitable routine of the stage after the session's own, in turn.
std::string standInFromStage(const ProgrammeStage& stage, const std::string& routineId,
                             const std::vector<std::string>& suitable) {
    const auto at = std::find(stage.routines.begin(), stage.routines.end(), routineId);
    const std::size_t start = at == stage.routines.end() ? 0 : static_cast<std::size_t>(at - stage.routines.begin());
    for (std::size_t i = 1; i <= stage.routines.size(); ++i) {
        const std::string& id = stage.routines[(start + i) % stage.routines.size()];
        if (contains(suitable, id)) return id;
    }
    return "";
}

}  // namespace

std::string_view reasonName(TodaySuggestion::Reason reason) {
    using R = TodaySuggestion::Reason;
    switch (reason) {
    case R::ProgrammeNext: return "programme-next";
    case R::ProgrammeStandIn: return "programme-stand-in";
    case R::RestDay: return "rest-day";
    case R::ProgrammeRoutineUnsuitable: return "programme-routine-unsuitable";
    case R::ProgrammeUnsuitable: return "programme-unsuitable";
    case R::ProgrammeMissing: return "programme-missing";
    case R::LeastRecentlyDone: return "least-recently-done";
    case R::NothingSuitable: return "nothing-suitable";
    }
    return "unknown";
}

TodaySuggestion suggestToday(const Profile& profile, const ContentPack& pack,
                             const std::vector<SessionRecord>& history, WallTime now, int defaultGoal) {
    using R = TodaySuggestion::Reason;
    TodaySuggestion today;
    today.weeklyGoal = std::max(defaultGoal, 1);
    for (const Routine& routine : pack.routines) {
        SuitabilityVerdict verdict = checkRoutine(routine, pack, profile);
        if (verdict.suits()) today.suitable.push_back(routine.id);
        else today.unsuitable.push_back({routine.id, std::move(verdict)});
    }
    const std::vector<SessionRecord> mine = sessionsOf(history, profile.id);
    auto leastRecent = [&](R reason) {
        today.routineId = suggestRoutine(mine, today.suitable);
        today.reason = today.routineId.empty() ? R::NothingSuitable : reason;
        return today;
    };

    if (profile.programmeId.empty()) return leastRecent(R::LeastRecentlyDone);
    const Programme* programme = pack.programme(profile.programmeId);
    if (!programme || programme->stages.empty()) return leastRecent(R::ProgrammeMissing);
    if (!checkProgramme(*programme, profile).suits()) return leastRecent(R::ProgrammeUnsuitable);

    today.programmeId = programme->id;
    const ProgrammePosition position = programmeProgress(*programme, history, profile.id, now);
    today.position = position;
    today.weeklyGoal = position.sessionsPerWeek;
    today.doseScale = position.doseScale;
    if (position.restDay()) {
        today.reason = R::RestDay;
        return today;
    }
    if (contains(today.suitable, position.routineId)) {
        today.routineId = position.routineId;
        today.reason = R::ProgrammeNext;
        return today;
    }
    const ProgrammeStage& stage = programme->stages[position.stage];
    if (std::string standIn = standInFromStage(stage, position.routineId, today.suitable); !standIn.empty()) {
        today.routineId = standIn;
        today.reason = R::ProgrammeStandIn;
        return today;
    }
    today.doseScale = 1.0;
    return leastRecent(R::ProgrammeRoutineUnsuitable);
}

}  // namespace mc
