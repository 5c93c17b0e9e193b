#pragma once
// The four screens, each in its own file, and the text formatting they share.
#include <string>

#include "mirror/MirrorState.h"
#include "ui/Canvas.h"
#include "ui/MirrorView.h"
#include "locale/Locale.h"

namespace mc {

void drawHomeScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t);
// Returns how many pages the overview needs on this screen (see MirrorState::setOverviewPages).
int drawOverviewScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t);
void drawPlayerScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t);
void drawSummaryScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t);
void drawProfileScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t);
// The phone remote's pairing page (the Q key), over any screen.
void drawPairingPage(Canvas& c, const ViewContext& ctx, const Locale& t);

// "Pregnancy", "Back pain: a flare-up": a situation as the picker and home name it.
std::string situationLabel(Situation s, const Locale& t);
// One picker answer as shown ("Trimester 2", "6 weeks", "Strong back — Not for this profile").
std::string choiceLabel(const PickerChoice& c, const ProfilePicker& p, const ViewContext& ctx, const Locale& t);

// A space a line never breaks at (U+00A0): keeps numbers with their units ("12 min").
inline constexpr const char* kNoBreak = "\xC2\xA0";

// "12 min", "45 s"
std::string formatDuration(Millis d, const Locale& t);
// "7:05" (minutes:seconds)
std::string formatClock(Millis d);
// "2 × 30 s", "10 repetitions", with ", both sides" for sided exercises.
std::string formatDose(const Dose& dose, bool sided, const Locale& t);
// What a get-ready, rest or side switch leads to: "Next up: Bridge  •  10 repetitions", or
// between sets "Next up: Set 2 of 3  •  12 repetitions".
std::string comingLine(const Phase& phase, const std::string& exerciseName, const Dose& dose, bool sided,
                       const Locale& t);
// "You need: chair, mat" for everything a routine's exercises use, or "" for nothing.
std::string equipmentLine(const Routine& routine, const ContentPack& pack, const Locale& t);
// Whole seconds left, rounded up, so "1" shows during the last second.
int secondsLeft(Millis remaining);
// The timer ring's share, stepping with the digits: it moves once a second, when they
// change, so between seconds a hold's timer needs no frame at all.
float tickedProgress(Millis remaining, Millis duration);

}  // namespace mc
