#pragma once
// The content the mirror starts with: the first valid pack among its candidates
// (the installed pack, then the last good one, then the bundled one), and what was
// wrong with each pack passed over, so the app can show it on screen and log it
// while still offering the content that works.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/Problem.h"
#include "core/Content.h"

namespace mc {

struct RejectedPack {
    std::filesystem::path dir;
    std::vector<Problem> problems;
};

struct StartupContent {
    std::optional<ContentPack> pack;  // empty when no candidate is valid
    std::filesystem::path dir;        // where `pack` came from
    std::vector<RejectedPack> rejected;

    // A text for the screen and the log: each rejected pack with its first problems,
    // and which pack is used instead. "" when nothing was rejected.
    std::string problemReport(std::size_t maxPerPack = 5) const;
};

// Loads the candidates in order and stops at the first valid one.
StartupContent loadFirstValidPack(const std::vector<std::filesystem::path>& candidates);

}  // namespace mc
