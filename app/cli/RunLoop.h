#pragma once
// The mirror's main loop (`mirrorcoach run`).
#include <optional>
#include <string>

namespace mc {

// Command-line settings; each one given overrides the config file.
struct RunOptions {
    std::string configPath;  // empty: /etc/mirrorcoach/config.toml if it exists
    std::string content;
    std::string windowed;  // "WxH"
    int rotation = -1;  // -1: as configured
    std::string language;
    std::string startRoutine;
    double at = -1;  // with startRoutine: start it at once, this many seconds in (benchmarks); -1: open its overview
    std::string atFirst;  // with startRoutine: start it at once, 1 s into its first "hold", "reps" or "rest"
};

// Returns the process exit status; kExitNoDisplay when no display could be opened.
int runMirror(const RunOptions& options);

}  // namespace mc
