#pragma once
// SDL's events as the mirror's device-neutral input (mirror/InputEvent.h): keyboard,
// presenter clicker (it sends PageUp/PageDown/Enter/b) and game controller.
#include <SDL.h>

#include <optional>

#include "mirror/InputEvent.h"

namespace mc {

// In the fullscreen kiosk only Ctrl+Alt+Q quits: a stray key must not end the service
// (systemd would restart it). A development window also quits on Ctrl+Q. Q alone opens
// the phone remote's pairing page.
enum class KeyMode { Kiosk, Windowed };

// Maps one SDL event; returns nothing for events that mean nothing to the mirror.
std::optional<InputEvent> mapInput(const SDL_Event& event, KeyMode mode);

}  // namespace mc
