#pragma once
// Headless pictures of the mirror: one moment of a routine, a contact sheet of a
// routine's key moments, or a sheet of every exercise's figure. The same drawing
// code as the real display, so the pictures are what the mirror shows.
#include <optional>
#include <string>
#include <vector>

#include "core/Content.h"
#include "mirror/MirrorState.h"
#include "platform/display/FrameRenderer.h"
#include "platform/display/PngFile.h"
#include "ui/LayoutReport.h"
#include "ui/MirrorView.h"

namespace mc {

struct ShotRequest {
    std::string routineId;        // empty: the first routine
    std::optional<Screen> screen;  // Home/Overview show those screens; default: the player at `at`
    Millis at{0};                 // time since the routine started (player and summary)
    int width = 1920;
    int height = 1080;
    int rotation = 0;             // the picture is what a person sees: upright, rotated size
    int clockMinutes = 7 * 60 + 30;  // a fixed time of day keeps pictures reproducible
    std::string language = "en";
    bool howTo = false;           // the player with the exercise's how-to page open (the I key)
    // The phone remote's pairing page (the Q key) over home, with a sample address and code;
    // with `remoteOn` false, the page that says how to turn the remote on.
    bool pairing = false;
    bool remoteOn = true;
    // Home with the phone remote on: its small pairing card with the sample code.
    bool pairingCard = false;
    // A sample household (Anna, pregnant and following a programme; Ivan, strength with
    // dumbbells; Mila) on home, "Today" as for Anna with no history yet.
    bool household = false;
    // Screen::Profile: the picker at this step ("name", "situation", "stage", "equipment",
    // "level", "programme", "confirm"), making Anna's profile.
    std::string pickerStep = "situation";
};

// The sample household of screenshots and the README, programmes taken from `pack`.
std::vector<Profile> sampleHousehold(const ContentPack& pack, const std::string& language);

class ScreenshotStudio {
public:
    ScreenshotStudio(std::shared_ptr<const ContentPack> content, FontFiles fonts)
        : content_(std::move(content)), fonts_(std::move(fonts)) {}

    // With a `report`, what was drawn is also recorded there (see LayoutReport).
    Result<Image> moment(const ShotRequest& request, LayoutReport* report = nullptr) const;
    // The key moments of a routine (get ready, a hold, paced reps, a side switch, a
    // rest, the summary) in one picture, with each moment's time written under it.
    Result<Image> routineSheet(const ShotRequest& request) const;
    // Every exercise's figure at the start and the end of its movement.
    Result<Image> exerciseSheet(const std::string& language) const;
    // One exercise's figure filling a picture of width x height, at movement progress
    // `progress` (0 = start pose, 1 = end), optionally as done on the second side.
    Result<Image> exerciseFigure(const std::string& exerciseId, float progress, bool otherSide, int width,
                                 int height) const;

    // The moments routineSheet() shows, for tests and for `--at` defaults.
    std::vector<Millis> keyMoments(const Routine& routine) const;

private:
    std::shared_ptr<const ContentPack> content_;
    FontFiles fonts_;
};

// The mirror in the state a request describes, as if started at 0 with no input: the home
// screen with the routine selected, its overview, or the player (the summary after the end).
Result<MirrorState> shotState(std::shared_ptr<const ContentPack> content, const ShotRequest& request);
// What the shell adds to the state to draw a request's moment (fonts, clock, home status).
ViewContext shotContext(const Layout& layout, const FontSet& fonts, const MirrorState& state,
                        const ShotRequest& request, MonoTime now);

// What the pairing page shows in pictures: a typical LAN address and a fixed code.
PairingOffer samplePairingOffer();

// Area-average downscale, for sheet thumbnails.
Image downscale(const Image& source, int width, int height);

}  // namespace mc
