#pragma once
// The pieces the player's screens share: what the current phase is about, the routine
// strip along the top, the timer ring, and the words about an exercise (its side,
// setup, equipment, the word for the stage of a repetition).
#include <string>

#include "core/SessionEngine.h"
#include "ui/Screens.h"

namespace mc {

// Everything a player screen reads, resolved once per frame.
struct PlayerScene {
    const ViewContext& ctx;
    const ContentPack& pack;
    const Locale& t;
    const Timeline& timeline;
    const Routine& routine;
    const SessionView& view;
    int itemIndex;
    const RoutineItem& item;
    const Exercise& exercise;
    const std::string& language() const { return ctx.language; }
    bool working() const { return view.phase->kind == PhaseKind::Work; }
};

// The routine strip (one segment per exercise, the current one lit) and, under it,
// "Exercise 3 of 9" and the time left in the routine. Returns the y below them.
float drawRoutineStrip(Canvas& c, const PlayerScene& s);

// The timer ring with its digits: seconds left, or the repetition count with "of 10".
void drawTimerRing(Canvas& c, const PlayerScene& s, ImVec2 center, float radius);
// The smallest radius that still holds the digits at the brief's minimum size.
float minimumRingRadius(const Layout& l);

// "LEFT LEG", "RIGHT ARM": the side being worked (or coming), or "" for unsided phases.
std::string sideLabel(const PlayerScene& s);
// "Set 2 of 3", or "" for a single set.
std::string setLabel(const Phase& phase, const Locale& t);
// How to get into the start position, short enough to read from the mat.
std::string setupText(const Exercise& e, const std::string& language);
// "You need: mat, chair", or "" when nothing is needed.
std::string equipmentLine(const Exercise& e, const Locale& t);
// The word for the stage of a repetition under way, from the exercise ("Round", "Arch").
std::string stageWord(const Exercise& e, const RepPosition& rep, const std::string& language);
// The exercise's main caution (its first) while the person settles into an item's first
// set, "Take care: ...", else "".
std::string cautionLine(const PlayerScene& s);
// The cue line for now: the caution above, else the line bound to the stage of a
// repetition, else the exercise's cues in turn.
std::string cueLine(const PlayerScene& s);

// The coming exercise's start and end poses, side by side (or stacked when `stacked`).
void drawPosePair(Canvas& c, const PlayerScene& s, float x, float y, float w, float h, bool stacked);
// The figure as it moves now, with the working limb lit.
void drawLiveFigure(Canvas& c, const PlayerScene& s, float x, float y, float w, float h);

// The two layouts of the player: doing the exercise, and the "how to" screen of
// get-ready, rests and side switches; and the full instructions page.
void drawWorkScreen(Canvas& c, const PlayerScene& s, const ContentPack& pack);
void drawComingScreen(Canvas& c, const PlayerScene& s);
void drawHowToPage(Canvas& c, const PlayerScene& s);

}  // namespace mc
