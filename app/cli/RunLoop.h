#pragma once
// The mirror's main loop, shared by `run` and the soak test.
#include <string>

namespace mc {

struct RunOptions {
    std::string content;
    std::string windowed;  // "WxH", empty = fullscreen
    int rotation = 0;
    std::string language = "en";
    std::string startRoutine;
};

// Returns the process exit status; kExitNoDisplay when no display could be opened.
int runMirror(const RunOptions& options);

}  // namespace mc
