#include "platform/display/InputMapping.h"

namespace mc {
namespace {

std::optional<InputEvent> fromKey(SDL_Keycode key, Uint16 modifiers, KeyMode mode) {
    InputEvent e;
    e.activity = true;
    switch (key) {
    case SDLK_SPACE:
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_b:  // many clickers send "b" (blank screen) for their middle button
        e.action = Action::Select; break;
    // A clicker has only PageDown/PageUp: they step one routine or phase at a time.
    case SDLK_PAGEDOWN:
    case SDLK_DOWN:
        e.action = Action::Next; break;
    case SDLK_PAGEUP:
    case SDLK_UP:
        e.action = Action::Previous; break;
    // Left/Right jump between the home list's groups (elsewhere they step like Up/Down).
    case SDLK_RIGHT: e.action = Action::NextGroup; break;
    case SDLK_LEFT: e.action = Action::PreviousGroup; break;
    case SDLK_i:
    case SDLK_F1: e.action = Action::HowTo; break;
    // The household on home: the next person, and the profile picker.
    case SDLK_p:
    case SDLK_TAB: e.action = Action::NextProfile; break;
    case SDLK_e:
    case SDLK_F2: e.action = Action::EditProfiles; break;
    case SDLK_ESCAPE:
    case SDLK_BACKSPACE:
        e.action = Action::Back; break;
    case SDLK_PLUS:
    case SDLK_EQUALS:
    case SDLK_KP_PLUS:
        e.shell = ShellCommand::VolumeUp; break;
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
        e.shell = ShellCommand::VolumeDown; break;
    case SDLK_m:
        e.shell = ShellCommand::ToggleMute; break;
    // Q alone: the phone remote's pairing page. Ctrl+Alt+Q quits; in a window Ctrl+Q too.
    case SDLK_q: {
        const bool ctrl = (modifiers & KMOD_CTRL) != 0;
        const bool combination = ctrl && (modifiers & KMOD_ALT);
        if (combination || (ctrl && mode == KeyMode::Windowed)) e.shell = ShellCommand::Quit;
        else if (!ctrl && !(modifiers & KMOD_ALT)) e.action = Action::Pairing;
        break;
    }
    case SDLK_F3: e.action = Action::Pairing; break;
    default: break;  // still activity: any key wakes the mirror
    }
    return e;
}

std::optional<InputEvent> fromButton(Uint8 button) {
    InputEvent e;
    e.activity = true;
    switch (button) {
    case SDL_CONTROLLER_BUTTON_A:
    case SDL_CONTROLLER_BUTTON_START: e.action = Action::Select; break;
    case SDL_CONTROLLER_BUTTON_B:
    case SDL_CONTROLLER_BUTTON_BACK: e.action = Action::Back; break;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN:
    case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER: e.action = Action::Next; break;
    case SDL_CONTROLLER_BUTTON_DPAD_UP:
    case SDL_CONTROLLER_BUTTON_LEFTSHOULDER: e.action = Action::Previous; break;
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: e.action = Action::NextGroup; break;
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT: e.action = Action::PreviousGroup; break;
    case SDL_CONTROLLER_BUTTON_X: e.action = Action::HowTo; break;
    // Pressing a stick: the left one switches person, the right one opens the profiles.
    case SDL_CONTROLLER_BUTTON_LEFTSTICK: e.action = Action::NextProfile; break;
    case SDL_CONTROLLER_BUTTON_RIGHTSTICK: e.action = Action::EditProfiles; break;
    case SDL_CONTROLLER_BUTTON_Y: e.shell = ShellCommand::ToggleMute; break;
    // The middle buttons (Xbox/PlayStation logo, Xbox share): the pairing page.
    case SDL_CONTROLLER_BUTTON_GUIDE:
    case SDL_CONTROLLER_BUTTON_MISC1: e.action = Action::Pairing; break;
    default: break;
    }
    return e;
}

}  // namespace

std::optional<InputEvent> mapInput(const SDL_Event& event, KeyMode mode) {
    switch (event.type) {
    case SDL_QUIT: return InputEvent{std::nullopt, ShellCommand::Quit, false};
    case SDL_KEYDOWN:
        if (event.key.repeat) return std::nullopt;  // a held key is one press
        return fromKey(event.key.keysym.sym, event.key.keysym.mod, mode);
    case SDL_CONTROLLERBUTTONDOWN: return fromButton(event.cbutton.button);
    default: return std::nullopt;
    }
}

}  // namespace mc
