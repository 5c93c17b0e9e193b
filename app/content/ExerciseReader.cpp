#include <algorithm>
#include <cctype>
#include <tuple>
#include <vector>

#include "content/AudienceReader.h"

#include "content/DoseReader.h"
#include "content/FigureReader.h"
#include "content/FileReaders.h"
#include "content/PaceReader.h"
#include "content/Suggestion.h"
#include "content/Vocabulary.h"

namespace mc {

namespace {
std::optional<Category> categoryOf(std::string_view name) {
    if (name == "stretch") return Category::Stretch;
    if (name == "strength") return Category::Strength;
    if (name == "mobility") return Category::Mobility;
    if (name == "relaxation") return Category::Relaxation;
    return std::nullopt;
}

bool endsWithIgnoringCase(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                      [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

void checkImage(const std::string& path, const std::string& pointer, FileReport& report,
                const std::set<std::string>& packFiles) {
    bool inside = !path.empty() && path.front() != '/' && path.find('\\') == std::string::npos &&
                  path.find("..") == std::string::npos;
    if (!inside) {
        report.add(pointer, "image path \"" + path + "\" must stay inside the pack",
                   "write a path relative to the pack folder with '/', e.g. \"images/cat-cow.png\"");
        return;
    }
    if (!endsWithIgnoringCase(path, ".png") && !endsWithIgnoringCase(path, ".jpg") &&
        !endsWithIgnoringCase(path, ".jpeg")) {
        report.add(pointer, "unsupported image type \"" + path + "\"", "use a PNG or JPEG file (.png, .jpg, .jpeg)");
        return;
    }
    if (packFiles.count(path)) return;
    std::vector<std::string_view> candidates(packFiles.begin(), packFiles.end());
    std::string suggestion = closestMatch(path, candidates);
    report.add(pointer, "image file \"" + path + "\" is not in the pack",
               suggestion.empty()
                   ? "add the file, or fix the path (relative to the pack folder; names are case-sensitive)"
                   : "did you mean \"" + suggestion + "\"?");
}
}  // namespace

void checkIdMatchesFile(const std::string& id, std::string_view fileId, const std::string& pointer,
                        FileReport& report) {
    if (id == fileId) return;
    report.add(pointer, "id \"" + id + "\" does not match the file name \"" + std::string(fileId) + ".json\"",
               "rename the file to " + id + ".json, or change the id to \"" + std::string(fileId) + "\"");
}

std::optional<ExerciseRead> readExercise(const Json& root, FileReport& report, std::string_view fileId,
                                         const std::set<std::string>& packFiles) {
    JsonObject object(root, "", report, vocabulary::kExerciseKeys, "an exercise");
    if (!object.valid()) return std::nullopt;
    ExerciseRead read;
    Exercise& e = read.exercise;
    e.id = std::string(fileId);
    if (const Json* v =
            object.require("id", "add \"id\": \"" + std::string(fileId) + "\" (the file name without .json)")) {
        if (auto id = readId(*v, "/id", report)) {
            e.id = *id;
            checkIdMatchesFile(*id, fileId, "/id", report);
        }
    }
    if (const Json* v = object.require("name", "the exercise's name as the mirror shows it, {\"en\": \"...\"}")) {
        if (auto t = readText(*v, "/name", report)) e.name = *t;
    }
    if (const Json* v = object.find("setup")) {
        if (auto t = readSetup(*v, "/setup", report)) e.setup = *t;
    }
    if (const Json* v = object.require("instructions", "two to four short sentences, {\"en\": \"...\"}")) {
        if (auto t = readText(*v, "/instructions", report)) e.instructions = *t;
    }
    if (const Json* v = object.find("cues")) e.cues = readTextList(*v, "/cues", report);
    if (const Json* v = object.find("pace")) {
        if (auto pace = readPace(*v, "/pace", report)) e.pace = *pace;
    }
    if (const Json* v = object.require("category", "one of: " + listChoices(vocabulary::kCategories))) {
        if (auto c = readChoice(*v, "/category", report, vocabulary::kCategories, "category")) {
            e.category = *categoryOf(*c);
        }
    }
    if (const Json* v = object.find("muscles")) e.muscles = readStringList(*v, "/muscles", report);
    if (const Json* v = object.find("equipment")) {
        if (!v->is_array()) {
            report.add("/equipment", "expected a list, found " + describeType(*v), "write it as [\"mat\"]");
        } else {
            for (std::size_t i = 0; i < v->size(); ++i) {
                if (auto item = readChoice((*v)[i], "/equipment/" + std::to_string(i), report, vocabulary::kEquipment,
                                           "equipment")) {
                    e.equipment.push_back(*item);
                }
            }
        }
    }
    if (const Json* v = object.find("sided")) e.sided = readBool(*v, "/sided", report).value_or(false);
    if (const Json* v = object.find("limb")) {
        if (auto limb = readLimb(*v, "/limb", report)) e.limb = *limb;
    }
    if (const Json* v = object.require("dose",
                                       "e.g. {\"hold_s\": 30} or {\"reps\": 10, \"tempo\": {\"up_s\": 2, "
                                       "\"down_s\": 2}}")) {
        JsonObject doseObject(*v, "/dose", report, vocabulary::kDoseKeys, "a dose");
        if (doseObject.valid()) {
            const DoseFields fields = readDoseFields(doseObject);
            if (auto dose = exerciseDose(fields, doseObject)) {
                e.dose = *dose;
                // Content sets switch_s where the equipment's default is wrong; routines may still override.
                if (!fields.switchSides) e.dose.switchSides = switchTimeFor(e.equipment);
                read.doseOk = true;
            }
        }
    }
    if (const Json* v = object.find("cautions")) e.cautions = readTextList(*v, "/cautions", report);
    if (const Json* v = object.find("contraindications")) {
        e.contraindications = readTextList(*v, "/contraindications", report);
    }
    if (const Json* v = object.find("figure")) {
        if (auto figure = readFigure(*v, "/figure", report)) e.figure = *figure;
    }
    if (const Json* v = object.find("image")) {
        if (auto path = readString(*v, "/image", report)) {
            checkImage(*path, "/image", report, packFiles);
            e.image = *path;
        }
    }
    e.suitability = readSuitability(object);
    for (auto [key, out, line] : {std::tuple{"easier", &e.easier, &read.easierLine},
                                  std::tuple{"harder", &e.harder, &read.harderLine}}) {
        const Json* v = object.find(key);
        if (!v) continue;
        if (auto id = readId(*v, object.pointer(key), report)) {
            *out = *id;
            *line = report.lineOf(object.pointer(key));
        }
    }
    checkCoaching(e, object, read.doseOk);
    return read;
}

}  // namespace mc
