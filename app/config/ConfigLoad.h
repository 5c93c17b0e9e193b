#pragma once
// Reading a config never fails as a whole: what can be read is used, everything else
// keeps its default, and each problem says where it is and what was expected.
#include <string>
#include <string_view>
#include <vector>

#include "config/Config.h"

namespace mc {

struct ConfigProblem {
    std::string file;     // path or name of the config file
    int line = 0;         // 1-based; 0 when the problem has no place in the file
    std::string key;      // "display.fps_cap"; empty when the line holds no readable key
    std::string message;  // what is expected and what is used instead

    // "config.toml:12: display.fps_cap: expected an integer from 1 to 240 ..."
    std::string describe() const;
};

struct ConfigLoad {
    Config config;
    std::vector<ConfigProblem> problems;
    bool ok() const { return problems.empty(); }
};

// Logs each problem as a warning ("mirrorcoach: config: <file>:<line>: <key>: ...").
void logConfigProblems(const ConfigLoad& load);

// Parses TOML text; `fileName` only labels the problems. Pure: no I/O.
ConfigLoad parseConfig(std::string_view text, const std::string& fileName);

// The config as TOML text (every key, no comments): parseConfig(formatConfig(c)) == c.
std::string formatConfig(const Config& config);

// The same with each key's doc line as a comment above it (`config print-default`).
std::string formatConfigWithDocs(const Config& config);

}  // namespace mc
