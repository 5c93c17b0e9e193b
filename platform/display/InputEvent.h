#pragma once
// What the person asked for, whatever the device: keyboard, presenter clicker
// (which sends PageUp/PageDown/Enter), or a game controller.
#include <optional>

#include <SDL.h>

#include "mirror/MirrorState.h"

namespace mc {

enum class ShellCommand {
    VolumeUp,
    VolumeDown,
    ToggleMute,
    Quit,  // the window was closed or the service asked us to stop
};

struct InputEvent {
    std::optional<Action> action;        // for the mirror's screens
    std::optional<ShellCommand> shell;   // for the run loop itself
    bool activity = false;               // anything a person did (wakes the display)
};

// Maps one SDL event; returns nothing for events that mean nothing to the mirror.
std::optional<InputEvent> mapInput(const SDL_Event& event);

}  // namespace mc
