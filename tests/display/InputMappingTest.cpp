// Keys, clicker buttons and controller buttons as the mirror's input; in particular,
// that a stray key cannot quit the fullscreen kiosk.
#include <gtest/gtest.h>

#include "platform/display/InputMapping.h"

namespace mc {
namespace {

SDL_Event keyDown(SDL_Keycode key, Uint16 modifiers = KMOD_NONE) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = key;
    e.key.keysym.mod = modifiers;
    return e;
}

bool quits(const std::optional<InputEvent>& e) { return e && e->shell == ShellCommand::Quit; }

TEST(InputMapping, QAloneDoesNotQuitTheKioskButWakesIt) {
    std::optional<InputEvent> e = mapInput(keyDown(SDLK_q), KeyMode::Kiosk);
    ASSERT_TRUE(e.has_value());
    EXPECT_FALSE(quits(e));
    EXPECT_TRUE(e->activity);
    EXPECT_FALSE(quits(mapInput(keyDown(SDLK_q, KMOD_LCTRL), KeyMode::Kiosk)));
    EXPECT_FALSE(quits(mapInput(keyDown(SDLK_q, KMOD_LALT), KeyMode::Kiosk)));
}

TEST(InputMapping, CtrlAltQQuitsEverywhereAndCtrlQQuitsAWindow) {
    EXPECT_TRUE(quits(mapInput(keyDown(SDLK_q, KMOD_LCTRL | KMOD_LALT), KeyMode::Kiosk)));
    EXPECT_TRUE(quits(mapInput(keyDown(SDLK_q, KMOD_RCTRL | KMOD_RALT), KeyMode::Windowed)));
    EXPECT_TRUE(quits(mapInput(keyDown(SDLK_q, KMOD_LCTRL), KeyMode::Windowed)));
    EXPECT_FALSE(quits(mapInput(keyDown(SDLK_q), KeyMode::Windowed)));
}

TEST(InputMapping, QAndF3OpenThePairingPage) {
    EXPECT_EQ(mapInput(keyDown(SDLK_q), KeyMode::Kiosk)->action, Action::Pairing);
    EXPECT_EQ(mapInput(keyDown(SDLK_q), KeyMode::Windowed)->action, Action::Pairing);
    EXPECT_EQ(mapInput(keyDown(SDLK_F3), KeyMode::Kiosk)->action, Action::Pairing);
    // Half of the quit combination neither quits nor opens the page.
    EXPECT_FALSE(mapInput(keyDown(SDLK_q, KMOD_LCTRL), KeyMode::Kiosk)->action.has_value());
    EXPECT_FALSE(mapInput(keyDown(SDLK_q, KMOD_LALT), KeyMode::Kiosk)->action.has_value());
}

TEST(InputMapping, ClosingTheWindowOrStoppingTheServiceQuitsWithoutCountingAsActivity) {
    SDL_Event e{};
    e.type = SDL_QUIT;
    std::optional<InputEvent> mapped = mapInput(e, KeyMode::Kiosk);
    EXPECT_TRUE(quits(mapped));
    EXPECT_FALSE(mapped->activity);
}

TEST(InputMapping, ClickerKeysMoveThroughTheRoutine) {
    EXPECT_EQ(mapInput(keyDown(SDLK_PAGEDOWN), KeyMode::Kiosk)->action, Action::Next);
    EXPECT_EQ(mapInput(keyDown(SDLK_PAGEUP), KeyMode::Kiosk)->action, Action::Previous);
    EXPECT_EQ(mapInput(keyDown(SDLK_b), KeyMode::Kiosk)->action, Action::Select);
    SDL_Event held = keyDown(SDLK_PAGEDOWN);
    held.key.repeat = 1;
    EXPECT_FALSE(mapInput(held, KeyMode::Kiosk).has_value());  // a held key is one press
}

TEST(InputMapping, UpAndDownStepTheListAndLeftAndRightJumpBetweenGroups) {
    EXPECT_EQ(mapInput(keyDown(SDLK_DOWN), KeyMode::Kiosk)->action, Action::Next);
    EXPECT_EQ(mapInput(keyDown(SDLK_UP), KeyMode::Kiosk)->action, Action::Previous);
    EXPECT_EQ(mapInput(keyDown(SDLK_RIGHT), KeyMode::Kiosk)->action, Action::NextGroup);
    EXPECT_EQ(mapInput(keyDown(SDLK_LEFT), KeyMode::Kiosk)->action, Action::PreviousGroup);
}

TEST(InputMapping, IAndF1OpenTheHowToPage) {
    EXPECT_EQ(mapInput(keyDown(SDLK_i), KeyMode::Kiosk)->action, Action::HowTo);
    EXPECT_EQ(mapInput(keyDown(SDLK_F1), KeyMode::Windowed)->action, Action::HowTo);
}

SDL_Event buttonDown(Uint8 button) {
    SDL_Event e{};
    e.type = SDL_CONTROLLERBUTTONDOWN;
    e.cbutton.button = button;
    return e;
}

TEST(InputMapping, ControllerDpadMatchesTheArrowKeysAndShouldersStepOne) {
    auto action = [](Uint8 b) { return mapInput(buttonDown(b), KeyMode::Kiosk)->action; };
    EXPECT_EQ(action(SDL_CONTROLLER_BUTTON_DPAD_DOWN), Action::Next);
    EXPECT_EQ(action(SDL_CONTROLLER_BUTTON_DPAD_UP), Action::Previous);
    EXPECT_EQ(action(SDL_CONTROLLER_BUTTON_DPAD_RIGHT), Action::NextGroup);
    EXPECT_EQ(action(SDL_CONTROLLER_BUTTON_DPAD_LEFT), Action::PreviousGroup);
    EXPECT_EQ(action(SDL_CONTROLLER_BUTTON_RIGHTSHOULDER), Action::Next);
    EXPECT_EQ(action(SDL_CONTROLLER_BUTTON_LEFTSHOULDER), Action::Previous);
    EXPECT_EQ(action(SDL_CONTROLLER_BUTTON_X), Action::HowTo);
}

TEST(InputMapping, PAndTabSwitchPersonEAndF2OpenTheProfiles) {
    EXPECT_EQ(mapInput(keyDown(SDLK_p), KeyMode::Kiosk)->action, Action::NextProfile);
    EXPECT_EQ(mapInput(keyDown(SDLK_TAB), KeyMode::Kiosk)->action, Action::NextProfile);
    EXPECT_EQ(mapInput(keyDown(SDLK_e), KeyMode::Kiosk)->action, Action::EditProfiles);
    EXPECT_EQ(mapInput(keyDown(SDLK_F2), KeyMode::Windowed)->action, Action::EditProfiles);
    EXPECT_EQ(mapInput(buttonDown(SDL_CONTROLLER_BUTTON_LEFTSTICK), KeyMode::Kiosk)->action, Action::NextProfile);
    EXPECT_EQ(mapInput(buttonDown(SDL_CONTROLLER_BUTTON_RIGHTSTICK), KeyMode::Kiosk)->action, Action::EditProfiles);
}

TEST(InputMapping, TheControllersMiddleButtonsOpenThePairingPage) {
    EXPECT_EQ(mapInput(buttonDown(SDL_CONTROLLER_BUTTON_GUIDE), KeyMode::Kiosk)->action, Action::Pairing);
    EXPECT_EQ(mapInput(buttonDown(SDL_CONTROLLER_BUTTON_MISC1), KeyMode::Kiosk)->action, Action::Pairing);
}

}  // namespace
}  // namespace mc
