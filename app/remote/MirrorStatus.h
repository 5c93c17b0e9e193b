#pragma once
// What a phone sees of the mirror, live: the screen, the routine, the exercise, the
// timer in whole seconds, set and side, what comes next, sound, the week and updates.
// The loop builds it every turn (cheap, no text formatting); the server sends it to the
// phones only when it differs from the last one, so a running timer pushes once a second.
#include <cstdint>
#include <string>
#include <vector>

#include "core/LocalizedText.h"
#include "mirror/MirrorState.h"
#include "progress/WeekProgress.h"
#include "update/UpdateStatus.h"

namespace mc {

struct SoundSettings;

struct MirrorStatus {
    std::string screen = "home";  // home, overview, player, summary
    std::string routineId;        // the selected routine on home, else the open one
    LocalizedText routineTitle;
    // On the player:
    std::string phase;  // get_ready, work, switch_sides, set_rest, exercise_rest, done
    std::string exerciseId;
    LocalizedText exercise;  // the exercise this phase belongs or leads to
    int secondsLeft = 0;     // in the phase (overview: before it starts; summary: before home)
    int set = 0, sets = 0;
    std::string side;  // "left", "right" or ""
    LocalizedText nextUp;  // the next exercise after this one, empty at the last
    int rep = 0, reps = 0;
    bool paused = false;
    int progressPercent = 0;  // of the routine
    // Sound, the display, the week and the content:
    int volume = 80;  // 0..100
    bool muted = false;
    bool displayOn = true;
    WeekProgress week;
    UpdateStatus update;
    // The household, in the home screen's order, and the person shown now ("" for none).
    std::vector<std::string> profiles;
    std::string profile;
    bool operator==(const MirrorStatus&) const = default;
};

// The status at `now`; sound, display, week and update state come from the loop.
MirrorStatus statusOf(const MirrorState& state, MonoTime now, const SoundSettings& sound, bool displayOn,
                      const WeekProgress& week, const UpdateStatus& update);

// As the JSON object the page reads (docs/remote.md).
std::string statusJson(const MirrorStatus& status);

// The routines a phone can choose, in home-list order, grouped by focus, with their
// length: [{"id", "title": {"en": ..}, "group", "level", "seconds"}].
std::string routinesJson(const ContentPack& pack, const ReadingPace& reading);

}  // namespace mc
