#pragma once
// The mirror's main loop: input in, screens, sound, history, display sleep and updates
// advanced to the clocks' reading, a frame drawn when the picture changed, then a wait
// for input until the next visible change. It reaches the world only through ports
// (DisplayPort, Clocks, KioskControl's ports, UpdateFeed, HistorySink via the recorder,
// SoundSink via SessionSound), so `mirrorcoach run` drives it with the real devices and
// the tests, the soak test and the benchmarks drive it on a simulated clock.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/KioskControl.h"
#include "loop/Clocks.h"
#include "loop/RedrawSchedule.h"
#include "loop/SessionRecorder.h"
#include "mirror/InputEvent.h"
#include "mirror/MirrorState.h"
#include "remote/RemoteLink.h"
#include "progress/ProfileBook.h"
#include "sound/SessionSound.h"
#include "ui/DisplayPort.h"
#include "ui/MirrorView.h"
#include "update/UpdateFeed.h"

namespace mc {

// What the loop drives; all owned by the caller and outliving the loop.
struct LoopParts {
    DisplayPort& display;
    KioskControl& kiosk;
    SessionSound& sound;
    SessionRecorder& recorder;
    UpdateFeed& updates;
    // The characters the screens will need from new content (its text corpus), so the
    // display can bake them before showing it; may be empty.
    std::function<std::string(const ContentPack&)> textOf = {};
    // The phone remote, when enabled: gets the live status and the routines.
    RemoteLink* remote = nullptr;
    // The household's profiles (the history database); null runs without profiles.
    ProfileBook* profiles = nullptr;
};

struct LoopSettings {
    std::string language = "en";
    int fpsCap = 30;  // animation frames per second at most
    MirrorTimings timings;
};

class MirrorLoop {
public:
    // `view` carries the layout, fonts and any problem to show; the loop fills in the rest.
    MirrorLoop(LoopParts parts, std::shared_ptr<const ContentPack> content, ViewContext view,
               const LoopSettings& settings, const WallTime& startedAt);

    // For --start-routine: opens the routine's overview; false if there is no such routine.
    bool openRoutine(const std::string& id, MonoTime now) { return state_.openRoutine(id, now); }
    // For --at: starts the routine as if it had started at `startedAt` (benchmarks).
    bool startRoutine(const std::string& id, MonoTime startedAt) { return state_.startRoutine(id, startedAt); }

    // Turns until a Quit arrives (the quit keys, a closed window, SIGTERM), then shuts
    // down: a running session is recorded as stopped and the service manager told.
    void run(Clocks& clocks);

    // One turn: acts on the events since the last one, advances everything to `now`,
    // draws if the picture changed. Returns how long to wait for input before the next.
    Millis turn(const std::vector<InputEvent>& events, const LoopTime& now);
    // Ends a running session (recorded as stopped) and tells the kiosk the loop is ending.
    void shutDown(const LoopTime& now);

    const MirrorState& state() const { return state_; }
    bool displayOn() const { return !dark_; }
    int framesDrawn() const { return frames_; }

private:
    void actOn(const std::vector<InputEvent>& events, const KioskTick& k, MonoTime now);
    void followSession(MonoTime now);
    void takeUpdate();
    void selectSuggested(const WallTime& now);
    void actOnRemote(const InputEvent& e, MonoTime now);
    void publishRemote(MonoTime now, const WeekProgress& week, bool displayOn);
    void loadHousehold(const WallTime& now, std::int64_t currentId);
    void saveProfile(const WallTime& now);
    void followAdvice(const WallTime& now);
    Millis nextWait(const KioskTick& k, MonoTime now) const;

    LoopParts parts_;
    LoopSettings settings_;
    MirrorState state_;
    ViewContext view_;
    RedrawSchedule redraw_;
    const SessionEngine* soundSession_ = nullptr;
    bool dark_ = false;
    int frames_ = 0;
    const ContentPack* cataloguedContent_ = nullptr;  // the content the remote's routine list is of
    int adviceFrom_ = -1;  // the recorder's generation the home advice was made from
};

}  // namespace mc
