#include "progress/RoutineSuggestion.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>

#include "progress/WeekProgress.h"

namespace mc {
namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Later start wins; equal starts are ordered by row id (recording order).
bool isLater(const SessionRecord& a, const SessionRecord& b) {
    return a.startedUtc != b.startedUtc ? a.startedUtc > b.startedUtc : a.id > b.id;
}

std::string nextInProgramme(const std::vector<SessionRecord>& history, const std::vector<std::string>& plan) {
    const SessionRecord* latest = nullptr;
    for (const SessionRecord& s : history) {
        if (!countsTowardGoal(s) || !contains(plan, s.routineId)) continue;
        if (!latest || isLater(s, *latest)) latest = &s;
    }
    if (!latest) return plan.front();
    auto at = std::find(plan.begin(), plan.end(), latest->routineId);
    ++at;
    return at == plan.end() ? plan.front() : *at;
}

std::string leastRecentlyDone(const std::vector<SessionRecord>& history, const std::vector<std::string>& routineIds) {
    std::map<std::string, std::int64_t> lastDone;
    for (const SessionRecord& s : history) {
        if (!countsTowardGoal(s)) continue;
        auto [it, inserted] = lastDone.try_emplace(s.routineId, s.startedUtc);
        if (!inserted) it->second = std::max(it->second, s.startedUtc);
    }
    std::optional<std::size_t> best;
    std::optional<std::int64_t> bestTime;  // nullopt = never done
    for (std::size_t i = 0; i < routineIds.size(); ++i) {
        auto it = lastDone.find(routineIds[i]);
        if (it == lastDone.end()) return routineIds[i];  // first never-done routine in content order
        if (!best || it->second < *bestTime) {           // strict: ties keep the earlier routine
            best = i;
            bestTime = it->second;
        }
    }
    return routineIds[*best];
}

}  // namespace

std::string suggestRoutine(const std::vector<SessionRecord>& history, const std::vector<std::string>& routineIds,
                           const std::vector<std::string>& programme) {
    if (routineIds.empty()) return "";
    std::vector<std::string> plan;
    for (const std::string& id : programme) {
        if (contains(routineIds, id)) plan.push_back(id);
    }
    return plan.empty() ? leastRecentlyDone(history, routineIds) : nextInProgramme(history, plan);
}

}  // namespace mc
