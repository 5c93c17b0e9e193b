#include "content/PackParser.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "content/FileReaders.h"
#include "content/ProgrammeReader.h"
#include "content/Suggestion.h"

namespace mc {

namespace {
// Position of a byte offset as 1-based line and column.
std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(offset - lineStart) + 1};
}

// nlohmann's message without its "[json.exception...] parse error at line L, column C: " prefix,
// and without raw bytes that may not be valid UTF-8.
std::string syntaxMessage(const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    std::size_t start = what.find("parse error");
    if (start != std::string::npos) start = what.find(": ", start);
    std::string message = start == std::string::npos ? what : what.substr(start + 2);
    for (char& c : message) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F) c = '?';
    }
    return message;
}

// When nlohmann stopped at the start of a new entry where a ',' or the end of the
// object/list belonged, the writer most likely forgot a comma after the previous value:
// the offset just after that value, else nothing. `at` is the last byte nlohmann read.
std::optional<std::size_t> missingCommaAt(std::string_view text, std::size_t at, const std::string& message) {
    if (at >= text.size()) return std::nullopt;
    if (message.find("; expected '}'") == std::string::npos && message.find("; expected ']'") == std::string::npos) {
        return std::nullopt;
    }
    std::size_t tokenStart = at;
    if (text[at] == '"') {
        if (at == 0) return std::nullopt;
        tokenStart = text.rfind('"', at - 1);
        if (tokenStart == std::string_view::npos) return std::nullopt;
    } else {
        auto partOfToken = [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+';
        };
        while (tokenStart > 0 && partOfToken(text[tokenStart - 1])) --tokenStart;
    }
    if (tokenStart == 0) return std::nullopt;
    std::size_t previous = text.find_last_not_of(" \t\r\n", tokenStart - 1);
    if (previous == std::string_view::npos) return std::nullopt;
    char c = text[previous];
    bool valueEnd =
        c == '"' || c == '}' || c == ']' || std::isdigit(static_cast<unsigned char>(c)) || c == 'e' || c == 'l';
    if (!valueEnd) return std::nullopt;
    return previous + 1;
}

// Parses one file's JSON, reporting a syntax error or duplicate keys, and hands the
// document to `read` together with a report that knows the file's lines.
// `languages` are those every text must have (the pack's "languages"; pack.json sets its own).
template <typename Read>
bool withJson(const std::string& path, const std::string& text, const std::vector<std::string>& languages,
              std::vector<Problem>& problems, Read&& read) {
    Json root;
    try {
        root = Json::parse(text);
    } catch (const Json::parse_error& e) {
        // e.byte counts bytes read, including the one that failed.
        std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        // The commonest slip gets its own message, placed on the comma itself.
        std::size_t before = text.find_last_not_of(" \t\r\n", at == 0 ? 0 : at - 1);
        if (at < text.size() && (text[at] == ']' || text[at] == '}') && at > 0 && before != std::string::npos &&
            text[before] == ',') {
            auto [line, column] = lineAndColumn(text, before);
            problems.push_back(Problem{path, line, "",
                                       "invalid JSON at column " + std::to_string(column) + ": a comma before '" +
                                           std::string(1, text[at]) + "'",
                                       "remove this comma: JSON allows no comma after the last entry"});
            return false;
        }
        if (auto comma = missingCommaAt(text, at, syntaxMessage(e))) {
            auto [line, column] = lineAndColumn(text, *comma);
            problems.push_back(Problem{path, line, "",
                                       "invalid JSON at column " + std::to_string(column) + ": missing comma",
                                       "separate entries with a comma"});
            return false;
        }
        auto [line, column] = lineAndColumn(text, at);
        std::string message = syntaxMessage(e);
        bool encoding = message.find("UTF-8") != std::string::npos;
        problems.push_back(Problem{path, line, "", "invalid JSON at column " + std::to_string(column) + ": " + message,
                                   encoding ? "save the file as UTF-8 (without another encoding's characters)"
                                            : "look here and just before for a missing or extra comma, quote or "
                                              "bracket (JSON allows no comma after the last entry and no comments)"});
        return false;
    } catch (const Json::out_of_range& e) {
        // A number beyond a double's range (1e999) is an out_of_range, not a parse_error, and
        // carries no position: find the number it quotes ("... parsing '1e999'") in the text.
        const std::string what = e.what();
        const std::size_t open = what.find('\''), close = what.rfind('\'');
        const std::string number = open < close ? what.substr(open + 1, close - open - 1) : std::string();
        const std::size_t at = number.empty() ? std::string::npos : text.find(number);
        auto [line, column] = lineAndColumn(text, at);
        const bool found = at != std::string::npos;
        problems.push_back(Problem{path, found ? line : 0, "",
                                   "invalid JSON" + (found ? " at column " + std::to_string(column) : std::string()) +
                                       ": number " + number.substr(0, 40) + " is too large",
                                   "write a number of ordinary size; no field of a pack needs one this large"});
        return false;
    }
    JsonLocator locator(text);
    FileReport report(path, locator, problems);
    report.requireLanguages(languages);

    for (const auto& duplicate : locator.duplicateKeys()) {
        report.addAtLine(duplicate.line, duplicate.pointer,
                         "field given twice (first on line " + std::to_string(duplicate.firstLine) + ")",
                         "remove one of them; only the last one would count");
    }
    read(root, report);
    return true;
}

// "exercises/cat-cow.json" -> "cat-cow" when `path` is a JSON file directly in `folder`.
std::optional<std::string> fileIdIn(std::string_view folder, const std::string& path) {
    std::string_view p = path;
    if (!p.starts_with(folder) || p.size() <= folder.size() || p[folder.size()] != '/') return std::nullopt;
    std::string_view name = p.substr(folder.size() + 1);
    if (name.find('/') != std::string_view::npos || !name.ends_with(".json") || name.size() == 5) return std::nullopt;
    return std::string(name.substr(0, name.size() - 5));
}

// Returns how many files there are; `unreadable` gets the ids of those that are not JSON.
template <typename Read>
std::size_t readFolder(const PackSource& source, std::string_view folder, const std::vector<std::string>& languages,
                       std::vector<Problem>& problems, std::set<std::string>& unreadable, Read&& read) {
    std::size_t count = 0;
    for (const auto& [path, text] : source.jsonTexts) {
        auto fileId = fileIdIn(folder, path);
        if (!fileId) continue;
        ++count;
        bool parsed = withJson(path, text, languages, problems,
                               [&](const Json& root, FileReport& report) { read(root, report, *fileId); });
        if (!parsed) unreadable.insert(*fileId);
    }
    return count;
}

// One file's result, remembered with where its id is, for the duplicate check.
template <typename Item>
struct Read {
    std::string file;
    int idLine = 0;
    Item item;
};

// Of the files sharing an id, the one named after it keeps it (else the first);
// every other one is reported and left out, so each id means one thing.
template <typename Item, typename IdOf>
std::vector<Item> withoutDuplicates(std::vector<Read<Item>> reads, std::string_view folder, std::string_view kind,
                                    std::vector<Problem>& problems, IdOf idOf) {
    std::map<std::string, std::string> owner;  // id -> file
    for (const Read<Item>& r : reads) {
        if (r.file == std::string(folder) + "/" + idOf(r.item) + ".json") owner[idOf(r.item)] = r.file;
    }
    for (const Read<Item>& r : reads) owner.emplace(idOf(r.item), r.file);
    std::vector<Item> out;
    for (Read<Item>& r : reads) {
        const std::string id = idOf(r.item);
        if (owner[id] == r.file) {
            out.push_back(std::move(r.item));
            continue;
        }
        problems.push_back(
            Problem{r.file, r.idLine, "/id",
                    "duplicate " + std::string(kind) + " id \"" + id + "\": " + owner[id] + " has it too",
                    "give every " + std::string(kind) + " its own id, equal to its file name"});
    }
    return out;
}

// "easier" and "harder" name another exercise of the pack. `known` holds every exercise
// id, readable or not (an unreadable one is reported in its own file).
void checkVariants(const std::vector<Read<ExerciseRead>>& reads, const std::set<std::string>& known,
                   std::vector<Problem>& problems) {
    const std::vector<std::string_view> ids(known.begin(), known.end());
    for (const Read<ExerciseRead>& r : reads) {
        const Exercise& e = r.item.exercise;
        for (auto [key, id, line] : {std::tuple{"easier", &e.easier, r.item.easierLine},
                                     std::tuple{"harder", &e.harder, r.item.harderLine}}) {
            const std::string pointer = std::string("/") + key;
            if (id->empty()) continue;
            if (*id == e.id) {
                problems.push_back(Problem{r.file, line, pointer, "an exercise cannot be its own " + std::string(key) +
                                                                      " variant",
                                           "name another exercise, or leave \"" + std::string(key) + "\" out"});
            } else if (!known.count(*id)) {
                const std::string suggestion = closestMatch(*id, ids);
                problems.push_back(Problem{r.file, line, pointer, "unknown exercise \"" + *id + "\"",
                                           suggestion.empty()
                                               ? "add exercises/" + *id + ".json, or name an existing exercise"
                                               : "did you mean \"" + suggestion + "\"?"});
            }
        }
        if (!e.easier.empty() && e.easier == e.harder) {
            problems.push_back(Problem{r.file, r.item.harderLine, "/harder",
                                       "\"" + e.harder + "\" is named both easier and harder",
                                       "one exercise cannot be both; fix one of them"});
        }
    }
}

// Problems in the order a person goes through a pack: pack.json, exercises, routines,
// programmes; top to bottom.
int fileRank(const std::string& file) {
    if (file == "pack.json") return 0;
    if (file.starts_with("exercises")) return 1;
    if (file.starts_with("routines")) return 2;
    if (file.starts_with("programmes")) return 3;
    return 4;
}
}  // namespace

PackParse parsePack(const PackSource& source) {
    PackParse out;
    std::vector<Problem>& problems = out.problems;

    bool formatSupported = true;
    if (auto it = source.jsonTexts.find("pack.json"); it == source.jsonTexts.end()) {
        problems.push_back(Problem{"pack.json", 0, "", "missing pack.json",
                                   "every pack has a pack.json at its top with format, id, version and title "
                                   "(docs/content-format.md)"});
    } else {
        withJson(it->first, it->second, {}, problems,
                 [&](const Json& root, FileReport& report) { formatSupported = readPackInfo(root, report, out.pack); });
    }
    // A pack in a format we cannot read would only produce noise field by field.
    if (!formatSupported) return out;

    std::vector<Read<ExerciseRead>> exerciseReads;
    std::set<std::string> unreadableExercises;
    std::size_t exerciseCount =
        readFolder(source, "exercises", out.pack.languages, problems, unreadableExercises,
                   [&](const Json& root, FileReport& report, const std::string& fileId) {
                       if (auto read = readExercise(root, report, fileId, source.otherFiles)) {
                           exerciseReads.push_back({report.file(), report.lineOf("/id"), std::move(*read)});
                       } else {
                           unreadableExercises.insert(fileId);
                       }
                   });
    if (exerciseCount == 0) {
        problems.push_back(
            Problem{"exercises", 0, "", "the pack has no exercises", "add one file per exercise: exercises/<id>.json"});
    }
    {
        std::set<std::string> known = unreadableExercises;
        for (const Read<ExerciseRead>& r : exerciseReads) known.insert(r.item.exercise.id);
        checkVariants(exerciseReads, known, problems);
    }
    std::vector<ExerciseRead> exercises = withoutDuplicates(std::move(exerciseReads), "exercises", "exercise", problems,
                                                            [](const ExerciseRead& r) { return r.exercise.id; });
    ExerciseIndex index;
    for (const ExerciseRead& read : exercises) index.emplace(read.exercise.id, &read);
    // Routines naming an exercise whose file could not be read at all: that file's problem says it all.
    for (const std::string& id : unreadableExercises) index.emplace(id, nullptr);

    std::vector<Read<Routine>> routineReads;
    std::set<std::string> unreadableRoutines;
    std::size_t routineCount =
        readFolder(source, "routines", out.pack.languages, problems, unreadableRoutines,
                   [&](const Json& root, FileReport& report, const std::string& fileId) {
                       if (auto routine = readRoutine(root, report, fileId, index)) {
                           routineReads.push_back({report.file(), report.lineOf("/id"), std::move(*routine)});
                       }
                   });
    if (routineCount == 0) {
        problems.push_back(
            Problem{"routines", 0, "", "the pack has no routines", "add one file per routine: routines/<id>.json"});
    }
    out.pack.routines = withoutDuplicates(std::move(routineReads), "routines", "routine", problems,
                                          [](const Routine& r) { return r.id; });

    // Programmes are optional; their stages name routines.
    std::set<std::string, std::less<>> routineIds(unreadableRoutines.begin(), unreadableRoutines.end());
    for (const Routine& r : out.pack.routines) routineIds.insert(r.id);
    std::vector<Read<Programme>> programmeReads;
    std::set<std::string> unreadableProgrammes;
    readFolder(source, "programmes", out.pack.languages, problems, unreadableProgrammes,
               [&](const Json& root, FileReport& report, const std::string& fileId) {
                   if (auto programme = readProgramme(root, report, fileId, routineIds)) {
                       programmeReads.push_back({report.file(), report.lineOf("/id"), std::move(*programme)});
                   }
               });
    out.pack.programmes = withoutDuplicates(std::move(programmeReads), "programmes", "programme", problems,
                                            [](const Programme& p) { return p.id; });

    for (ExerciseRead& read : exercises) out.pack.exercises.push_back(std::move(read.exercise));
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        return std::tuple(fileRank(a.file), a.file, a.line) < std::tuple(fileRank(b.file), b.file, b.line);
    });
    return out;
}

}  // namespace mc
