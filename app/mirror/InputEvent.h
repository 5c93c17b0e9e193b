#pragma once
// What the person asked for, whatever the device: a key, a presenter clicker, a game
// controller (mapped in platform/display) or, later, a phone. The loop only sees this.
#include <optional>

#include "mirror/MirrorState.h"

namespace mc {

enum class ShellCommand {
    VolumeUp,
    VolumeDown,
    ToggleMute,
    Quit,  // the window was closed, the quit combination pressed, or the service asked to stop
};

struct InputEvent {
    std::optional<Action> action;       // for the mirror's screens
    std::optional<ShellCommand> shell;  // for the run loop itself
    bool activity = false;              // anything a person did (wakes the display)
};

}  // namespace mc
