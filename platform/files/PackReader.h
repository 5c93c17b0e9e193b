#pragma once
// Reads a content pack folder from disk and loads it: the imperative shell around
// content/PackParser. Every problem (a missing folder, an unreadable or oversized
// file, and all that validation finds) comes back as a Problem, never an exception.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "content/PackParser.h"
#include "content/PackSource.h"
#include "content/Problem.h"
#include "core/Content.h"
#include "core/Result.h"

namespace mc {

// Bounds that keep a damaged or hostile pack from eating the Pi's memory.
struct PackReadLimits {
    std::uintmax_t maxJsonBytes = 1024 * 1024;       // one exercise or routine is a few KB
    std::uintmax_t maxImageBytes = 8 * 1024 * 1024;  // an illustration, not a photo album
    std::size_t maxFiles = 5000;
};

struct PackRead {
    PackSource source;
    std::vector<Problem> problems;  // problems reading the folder (validation comes later)
};

// Reads pack.json, exercises/*.json and routines/*.json, and lists every other file
// (images). Problem files are relative to `dir`; problems with the folder itself have
// an empty file and name the folder in the message.
PackRead readPackFolder(const std::filesystem::path& dir, const PackReadLimits& limits = {});

struct PackLoad {
    std::optional<ContentPack> pack;  // set only when the pack is valid
    std::vector<Problem> problems;    // reading and validation problems, files relative to the folder
    bool ok() const { return pack.has_value(); }
};

// Reads and validates the pack in `dir`: what the app calls at start-up.
PackLoad loadPack(const std::filesystem::path& dir, const PackReadLimits& limits = {});

// The same for callers that only need yes or no: the error lists the first problems
// with their locations (describeProblems), ready to show and log.
Result<ContentPack> loadValidPack(const std::filesystem::path& dir);

}  // namespace mc
