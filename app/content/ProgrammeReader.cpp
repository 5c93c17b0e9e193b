#include "content/ProgrammeReader.h"

#include <algorithm>
#include <vector>

#include "content/AudienceReader.h"
#include "content/FileReaders.h"
#include "content/Suggestion.h"
#include "content/Vocabulary.h"

namespace mc {
namespace {

std::string plural(int n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// The most sessions a week holds with this rhythm.
int mostSessionsPerWeek(int sessionsPerDay, int restDaysBetween) {
    const int days = (7 + restDaysBetween) / (1 + restDaysBetween);
    return days * sessionsPerDay;
}

void readRoutines(const Json& value, const std::string& pointer, FileReport& report,
                  const std::set<std::string, std::less<>>& routineIds, ProgrammeStage& stage) {
    if (!value.is_array() || value.empty()) {
        report.add(pointer,
                   value.is_array() ? "a stage needs at least one routine"
                                    : "expected a list of routine ids, found " + describeType(value),
                   "the routines the stage's sessions take in turn, e.g. [\"gentle-lower-back\"]");
        return;
    }
    const std::vector<std::string_view> known(routineIds.begin(), routineIds.end());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string at = pointer + "/" + std::to_string(i);
        auto id = readString(value[i], at, report);
        if (!id) continue;
        if (!routineIds.count(*id)) {
            const std::string suggestion = closestMatch(*id, known);
            report.add(at, "unknown routine \"" + *id + "\"",
                       suggestion.empty() ? "add routines/" + *id + ".json, or name an existing routine"
                                          : "did you mean \"" + suggestion + "\"?");
            continue;
        }
        stage.routines.push_back(*id);
    }
}

std::optional<ProgrammeStage> readStage(const Json& value, const std::string& pointer, FileReport& report,
                                        const std::set<std::string, std::less<>>& routineIds) {
    JsonObject object(value, pointer, report, vocabulary::kStageKeys, "a programme stage");
    if (!object.valid()) return std::nullopt;
    ProgrammeStage stage;
    bool ok = true;
    auto count = [&](std::string_view key, int min, int max, std::string_view hint, int& out, bool required) {
        const Json* v = required ? object.require(key, std::string(hint)) : object.find(key);
        if (!v) {
            ok = ok && !required;
            return false;
        }
        if (auto n = readCount(*v, object.pointer(key), report, min, max, hint)) {
            out = *n;
            return true;
        }
        ok = false;
        return false;
    };
    count("weeks", 1, limits::kStageWeeksMax, "how many weeks the stage lasts: 1 to 52", stage.weeks, true);
    const bool perWeek = count("sessions_per_week", 1, limits::kSessionsPerWeekMax,
                               "sessions in a week, also the weekly goal: 1 to 21, e.g. 3", stage.sessionsPerWeek,
                               true);
    const bool perDay = count("sessions_per_day", 1, limits::kSessionsPerDayMax,
                              "1, or 2 for morning and evening (at most 3)", stage.sessionsPerDay, false);
    const bool rest = count("rest_days_between", 0, limits::kRestDaysMax,
                            "whole days without a session between two session days: 0 to 6", stage.restDaysBetween,
                            false);
    if (perWeek && stage.sessionsPerDay > stage.sessionsPerWeek) {
        report.add(object.pointer("sessions_per_day"),
                   "sessions_per_day " + std::to_string(stage.sessionsPerDay) + " is more than sessions_per_week " +
                       std::to_string(stage.sessionsPerWeek),
                   "lower sessions_per_day, or raise sessions_per_week");
        ok = false;
    } else if (perWeek && (perDay || !object.find("sessions_per_day")) && (rest || !object.find("rest_days_between")) &&
               daysNeeded(stage.sessionsPerWeek, stage.sessionsPerDay, stage.restDaysBetween) > 7) {
        report.add(object.pointer("sessions_per_week"),
                   "an impossible rhythm: " + plural(stage.sessionsPerWeek, "session", "sessions") + " a week, " +
                       std::to_string(stage.sessionsPerDay) + " a day" + ", with " +
                       plural(stage.restDaysBetween, "rest day", "rest days") + " between session days needs " +
                       std::to_string(daysNeeded(stage.sessionsPerWeek, stage.sessionsPerDay,
                                                 stage.restDaysBetween)) +
                       " days; a week has 7",
                   "at most " + std::to_string(mostSessionsPerWeek(stage.sessionsPerDay, stage.restDaysBetween)) +
                       " sessions a week fit this rhythm: lower sessions_per_week or rest_days_between, or raise "
                       "sessions_per_day");
        ok = false;
    }
    if (const Json* v = object.require("routines", "the routines the stage's sessions take in turn")) {
        const std::size_t given = v->is_array() ? v->size() : 0;
        readRoutines(*v, object.pointer("routines"), report, routineIds, stage);
        if (stage.routines.empty() || stage.routines.size() != given) ok = false;
    } else {
        ok = false;
    }
    if (const Json* v = object.find("dose_scale")) {
        if (auto scale = readNumber(*v, object.pointer("dose_scale"), report, limits::kDoseScaleMin,
                                    limits::kDoseScaleMax))
            stage.doseScale = *scale;
        else ok = false;
    }
    if (const Json* v = object.find("note")) {
        if (auto t = readText(*v, object.pointer("note"), report)) stage.note = *t;
    }
    if (!ok) return std::nullopt;
    return stage;
}

}  // namespace

int daysNeeded(int sessionsPerWeek, int sessionsPerDay, int restDaysBetween) {
    const int perDay = std::max(sessionsPerDay, 1);
    const int days = (std::max(sessionsPerWeek, 1) + perDay - 1) / perDay;
    return days + (days - 1) * std::max(restDaysBetween, 0);
}

std::optional<Programme> readProgramme(const Json& root, FileReport& report, std::string_view fileId,
                                       const std::set<std::string, std::less<>>& routineIds) {
    JsonObject object(root, "", report, vocabulary::kProgrammeKeys, "a programme");
    if (!object.valid()) return std::nullopt;
    Programme p;
    p.id = std::string(fileId);
    if (const Json* v =
            object.require("id", "add \"id\": \"" + std::string(fileId) + "\" (the file name without .json)")) {
        if (auto id = readId(*v, "/id", report)) {
            p.id = *id;
            checkIdMatchesFile(*id, fileId, "/id", report);
        }
    }
    if (const Json* v = object.require("title", "the programme's name as the mirror shows it, {\"en\": \"...\"}")) {
        if (auto t = readText(*v, "/title", report)) p.title = *t;
    }
    if (const Json* v = object.find("description")) {
        if (auto t = readText(*v, "/description", report)) p.description = *t;
    }
    p.suitability = readSuitability(object);
    const Json* stages =
        object.require("stages", "the plan in order: [{\"weeks\": 2, \"sessions_per_week\": 3, \"routines\": [...]}]");
    if (stages && (!stages->is_array() || stages->empty() || stages->size() > limits::kStagesMax)) {
        report.add("/stages",
                   stages->is_array() ? "a programme needs 1 to " + std::to_string(limits::kStagesMax) +
                                            " stages, found " + std::to_string(stages->size())
                                      : "expected a list of stages, found " + describeType(*stages),
                   "write it as [{\"weeks\": 2, \"sessions_per_week\": 3, \"routines\": [\"gentle-lower-back\"]}]");
    } else if (stages) {
        int weeks = 0;
        for (std::size_t i = 0; i < stages->size(); ++i) {
            if (auto stage = readStage((*stages)[i], "/stages/" + std::to_string(i), report, routineIds)) {
                weeks += stage->weeks;
                p.stages.push_back(std::move(*stage));
            }
        }
        if (weeks > limits::kProgrammeWeeksMax) {
            report.add("/stages", "the stages last " + std::to_string(weeks) + " weeks; a programme may last at most " +
                                      std::to_string(limits::kProgrammeWeeksMax),
                       "shorten the stages, or split the plan into two programmes");
        }
    }
    return p;
}

}  // namespace mc
