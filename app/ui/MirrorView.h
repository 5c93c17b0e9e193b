#pragma once
// Draws what the mirror shows for the current state. The shell (run loop or
// screenshot) supplies everything that is not in MirrorState: screen size, fonts,
// the time of day, progress and update status.
#include <imgui.h>

#include <optional>
#include <string>

#include "mirror/MirrorState.h"
#include "remote/PairingOffer.h"
#include "ui/FontSet.h"
#include "ui/LayoutReport.h"
#include "ui/Theme.h"

namespace mc {

// What the home and summary screens show beside the routines.
struct HomeStatus {
    std::string contentVersion;  // e.g. "content 3"
    std::string updateStatus;    // one calm line: "up to date", "updating", "last check failed at 07:10 — timeout"
    int weekDone = 0;
    int weekGoal = 3;
    int streakWeeks = 0;
    std::string suggestedRoutine;  // routine id, may be empty
};

struct ViewContext {
    Layout layout;
    const FontSet* fonts = nullptr;
    MonoTime now{0};
    int clockMinutes = -1;  // local time of day in minutes, -1 hides the clock
    std::string language = "en";
    HomeStatus home;
    std::string problem;     // a content or config problem to show on the home screen
    ImVec2 shift{0, 0};      // a few pixels, changed once a minute, against burn-in
    std::optional<PairingOffer> pairing;  // the phone remote's code, on home and the pairing page
    bool remoteOn = false;  // the phone remote is enabled (the pairing page says how to turn it on)
    LayoutReport* report = nullptr;  // when set, what is drawn is recorded there (tests, screenshot --boxes)
};

// What drawing found out that the state needs to know.
struct ViewReport {
    int overviewPages = 1;
};

ViewReport drawMirror(ImDrawList& list, const MirrorState& state, const ViewContext& context);

}  // namespace mc
