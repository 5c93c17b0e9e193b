#include <vector>

#include "content/AudienceReader.h"
#include "content/DoseReader.h"
#include "content/FileReaders.h"
#include "content/Suggestion.h"
#include "content/Vocabulary.h"

namespace mc {

namespace {
constexpr std::size_t kMaxItems = 200;

std::optional<RoutineItem> readItem(const Json& value, const std::string& pointer, FileReport& report,
                                    const ExerciseIndex& exercises) {
    JsonObject item(value, pointer, report, vocabulary::kItemKeys, "a routine item");
    if (!item.valid()) return std::nullopt;
    DoseFields overrides = readDoseFields(item);
    std::optional<Millis> restAfter;
    bool ok = true;
    if (const Json* v = item.find("rest_after_s")) {
        auto s = readSeconds(*v, item.pointer("rest_after_s"), report, 0, limits::kRestMax,
                             "rest before the next exercise: 0 to 600 seconds, e.g. 20");
        if (s)
            restAfter = fromSeconds(*s);
        else
            ok = false;
    }
    const Json* name = item.require("exercise", "the id of an exercise in exercises/, e.g. \"cat-cow\"");
    if (!name) return std::nullopt;
    auto id = readString(*name, item.pointer("exercise"), report);
    if (!id) return std::nullopt;
    auto found = exercises.find(*id);
    if (found == exercises.end()) {
        std::vector<std::string_view> ids;
        for (const auto& [known, read] : exercises) {
            if (read) ids.push_back(known);
        }
        std::string suggestion = closestMatch(*id, ids);
        report.add(item.pointer("exercise"), "unknown exercise \"" + *id + "\"",
                   suggestion.empty() ? "add exercises/" + *id + ".json, or name an existing exercise"
                                      : "did you mean \"" + suggestion + "\"?");
        return std::nullopt;
    }
    // When the exercise's file or its dose is broken it is reported there; don't pile up follow-on problems.
    if (!found->second || !found->second->doseOk) return std::nullopt;
    auto dose = applyOverrides(found->second->exercise.dose, overrides, item);
    if (!dose || !ok) return std::nullopt;
    return RoutineItem{*id, *dose, restAfter};
}
}  // namespace

std::optional<Routine> readRoutine(const Json& root, FileReport& report, std::string_view fileId,
                                   const ExerciseIndex& exercises) {
    JsonObject object(root, "", report, vocabulary::kRoutineKeys, "a routine");
    if (!object.valid()) return std::nullopt;
    Routine r;
    r.id = std::string(fileId);
    if (const Json* v =
            object.require("id", "add \"id\": \"" + std::string(fileId) + "\" (the file name without .json)")) {
        if (auto id = readId(*v, "/id", report)) {
            r.id = *id;
            checkIdMatchesFile(*id, fileId, "/id", report);
        }
    }
    if (const Json* v = object.require("title", "the routine's name as the mirror shows it, {\"en\": \"...\"}")) {
        if (auto t = readText(*v, "/title", report)) r.title = *t;
    }
    if (const Json* v = object.find("description")) {
        if (auto t = readText(*v, "/description", report)) r.description = *t;
    }
    if (const Json* v = object.require("focus", "one of: " + listChoices(vocabulary::kFocuses))) {
        if (auto f = readChoice(*v, "/focus", report, vocabulary::kFocuses, "focus")) r.focus = *f;
    }
    if (const Json* v = object.require("level", "one of: " + listChoices(vocabulary::kLevels))) {
        if (auto l = readChoice(*v, "/level", report, vocabulary::kLevels, "level")) r.level = *l;
    }
    if (const Json* v =
            object.require("safety", "who should not do this routine and when to stop, {\"en\": \"...\"}")) {
        if (auto t = readText(*v, "/safety", report)) r.safety = *t;
    }
    if (const Json* v = object.find("body")) {
        if (auto b = readChoice(*v, "/body", report, vocabulary::kBodies, "body"); b && *b == "pregnant")
            r.body = BodyVariant::Pregnant;
    }
    if (const Json* v = object.find("get_ready_s")) {
        if (auto s = readSeconds(*v, "/get_ready_s", report, 0, limits::kGetReadyMax,
                                 "the countdown before the first exercise: 0 to 120 seconds, e.g. 10")) {
            r.getReady = fromSeconds(*s);
        }
    }
    if (const Json* v = object.find("rest_between_exercises_s")) {
        if (auto s = readSeconds(*v, "/rest_between_exercises_s", report, 0, limits::kRestMax,
                                 "rest between exercises: 0 to 600 seconds, e.g. 15")) {
            r.restBetweenExercises = fromSeconds(*s);
        }
    }
    r.suitability = readSuitability(object);
    const Json* items = object.require("items", "the exercises in order: [{\"exercise\": \"cat-cow\"}, ...]");
    if (items && !items->is_array()) {
        report.add("/items", "expected a list of items, found " + describeType(*items),
                   "write it as [{\"exercise\": \"cat-cow\"}, ...]");
    } else if (items && (items->empty() || items->size() > kMaxItems)) {
        report.add(
            "/items",
            "a routine needs 1 to " + std::to_string(kMaxItems) + " items, found " + std::to_string(items->size()),
            "list the exercises in order: [{\"exercise\": \"cat-cow\"}, ...]");
    } else if (items) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            if (auto item = readItem((*items)[i], "/items/" + std::to_string(i), report, exercises)) {
                r.items.push_back(*item);
            }
        }
    }
    return r;
}

}  // namespace mc
