#pragma once
// One turn of the mirror's main loop: input in, screens, sound, history, display sleep
// and updates advanced to a given moment, a frame drawn when the picture changed, and
// how long to wait before the next turn. Clocks, the display and the input source stay
// outside, so `mirrorcoach run` drives it in real time and the soak test drives a day
// of it in a minute with the same code.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/RedrawSchedule.h"
#include "cli/SessionRecorder.h"
#include "kiosk/KioskShell.h"
#include "mirror/MirrorState.h"
#include "platform/display/InputEvent.h"
#include "platform/packstore/Updater.h"
#include "progress/WallTime.h"
#include "sound/SessionSound.h"
#include "ui/MirrorView.h"

namespace mc {

// One reading of both clocks per turn: monotonic for timers, wall for the clock face,
// the sleep schedule and the history.
struct LoopTime {
    MonoTime mono{0};
    WallTime wall;
};

// Hands a frame to the display: draws it with the function given and shows it.
using PresentFrame = std::function<void(const std::function<void(ImDrawList&)>& draw)>;

// What the loop drives; all owned by the caller and outliving the loop.
struct LoopParts {
    KioskShell& kiosk;
    SessionSound& sound;
    SessionRecorder& recorder;
    Updater& updater;
    PresentFrame present;
    // Called after new content is on show (e.g. to bake the characters it brings); may be empty.
    std::function<void(const ContentPack&)> contentReplaced = {};
};

struct LoopSettings {
    std::string language = "en";
    int fpsCap = 30;  // animation frames per second at most
};

class MirrorLoop {
public:
    // `view` carries the layout, fonts and any problem to show; the loop fills in the rest.
    MirrorLoop(LoopParts parts, std::shared_ptr<const ContentPack> content, ViewContext view,
               const LoopSettings& settings, const WallTime& startedAt);

    // For --start-routine: opens the routine's overview; false if there is no such routine.
    bool openRoutine(const std::string& id, MonoTime now) { return state_.openRoutine(id, now); }

    // Acts on the events since the last turn, advances everything to `now`, draws if the
    // picture changed. Returns how long to wait for input before the next turn.
    Millis turn(const std::vector<InputEvent>& events, const LoopTime& now);

    const MirrorState& state() const { return state_; }
    bool displayOn() const { return !dark_; }
    int framesDrawn() const { return frames_; }

private:
    void actOn(const std::vector<InputEvent>& events, const KioskTick& k, MonoTime now);
    void followSession(MonoTime now);
    void takeUpdate();
    void selectSuggested(const WallTime& now);
    Millis nextWait(const KioskTick& k, MonoTime now) const;

    LoopParts parts_;
    LoopSettings settings_;
    MirrorState state_;
    ViewContext view_;
    RedrawSchedule redraw_;
    const SessionEngine* soundSession_ = nullptr;
    bool dark_ = false;
    int frames_ = 0;
};

// The sound settings the config asks for.
SoundSettings soundSettingsOf(const SoundConfig& config);

}  // namespace mc
