#pragma once
// Readers for the three kinds of pack file. Each reports every problem it finds in
// its file and returns what it could read, so cross-file checks can still run.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "content/JsonFields.h"
#include "core/Content.h"

namespace mc {

// pack.json into `pack`; returns false when its format version is one this build
// cannot read (the rest of the pack is then not worth checking field by field).
bool readPackInfo(const Json& root, FileReport& report, ContentPack& pack);

struct ExerciseRead {
    Exercise exercise;    // id falls back to the file name when the id is unusable
    bool doseOk = false;  // the default dose is valid, so routine overrides can apply
    // Lines of "easier" and "harder", for the check that they name exercises (after all are read).
    int easierLine = 0, harderLine = 0;
};
// `fileId` is the file name without ".json"; `packFiles` are the pack's other files (images).
std::optional<ExerciseRead> readExercise(const Json& root, FileReport& report, std::string_view fileId,
                                         const std::set<std::string>& packFiles);

// Exercises by id, for routine items to name; nullptr for a file that could not be read
// (routines naming it are then not reported again).
using ExerciseIndex = std::map<std::string, const ExerciseRead*, std::less<>>;

std::optional<Routine> readRoutine(const Json& root, FileReport& report, std::string_view fileId,
                                   const ExerciseIndex& exercises);

// Reports when the id written in a file differs from its file name.
void checkIdMatchesFile(const std::string& id, std::string_view fileId, const std::string& pointer, FileReport& report);

}  // namespace mc
