#pragma once
// What the person asked for, whatever the device: a key, a presenter clicker, a game
// controller (mapped in platform/display) or a phone (app/remote). The loop only sees this.
#include <optional>
#include <string>

#include "mirror/MirrorState.h"

namespace mc {

enum class ShellCommand {
    VolumeUp,
    VolumeDown,
    ToggleMute,
    Quit,  // the window was closed, the quit combination pressed, or the service asked to stop
};

// A phone names a routine, which no key press can: select it on the home screen (or
// switch the overview to it), or start it straight away. An empty id means the routine
// selected now.
struct RoutineRequest {
    std::string id;
    bool start = false;
};

struct InputEvent {
    std::optional<Action> action;       // for the mirror's screens
    std::optional<ShellCommand> shell;  // for the run loop itself
    bool activity = false;              // anything a person did (wakes the display)
    std::optional<RoutineRequest> routine;  // a phone's choice of routine
    std::optional<bool> paused;  // a phone asks for this pause state (a key only toggles)
    std::optional<std::string> profile;  // a phone picks the person by name (P only cycles)
    std::string client;          // the paired phone's name for a remote command, "" for a key
};

}  // namespace mc
