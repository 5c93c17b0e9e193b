#pragma once
// Reading programmes/<id>.json (core/Programme.h): an ordered plan over weeks.
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "content/JsonFields.h"
#include "core/Programme.h"

namespace mc {

namespace limits {
inline constexpr int kStageWeeksMax = 52;
inline constexpr int kProgrammeWeeksMax = 104;
inline constexpr int kSessionsPerWeekMax = 21;
inline constexpr int kSessionsPerDayMax = 3;
inline constexpr int kRestDaysMax = 6;
inline constexpr double kDoseScaleMin = 0.5, kDoseScaleMax = 2.0;
inline constexpr std::size_t kStagesMax = 20;
}  // namespace limits

// How many days one programme week of this rhythm needs at least: its session days
// (sessions_per_week / sessions_per_day, rounded up) with rest_days_between rest
// days between each two of them. More than 7 cannot be kept.
int daysNeeded(int sessionsPerWeek, int sessionsPerDay, int restDaysBetween);

// `routineIds`: the pack's routines, which the stages name.
std::optional<Programme> readProgramme(const Json& root, FileReport& report, std::string_view fileId,
                                       const std::set<std::string, std::less<>>& routineIds);

}  // namespace mc
