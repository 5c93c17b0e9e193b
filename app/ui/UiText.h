#pragma once
// The words of the screens themselves (not the content), per language.
#include <string>
#include <string_view>

namespace mc {

struct UiText {
    const char* getReady;
    const char* rest;
    const char* switchSides;
    const char* nextUp;
    const char* set;       // "Set 1 of 2" -> "Set"
    const char* of;        // "of"
    const char* left;
    const char* right;
    const char* reps;      // "repetitions"
    const char* up;        // stage words for paced reps
    const char* down;
    const char* hold;
    const char* paused;
    const char* pausedHint;
    const char* routineComplete;
    const char* stoppedEarly;
    const char* exercises;
    const char* minutes;   // "min"
    const char* seconds;   // "s"
    const char* startsIn;  // "Starts in"
    const char* startHint;
    const char* homeHint;
    const char* thisWeek;
    const char* sessions;
    const char* beforeYouStart;
    const char* stopIf;
    const char* doneItems;
    const char* activeTime;
    const char* backHome;
    const char* suggested;
    const char* noContent;
    const char* focusNames[8];  // relief stretch strength posture mobility pregnancy postnatal office
    const char* levelNames[4];  // gentle beginner intermediate advanced
    const char* exerciseOf;  // "Exercise"
    const char* eachSide;
    const char* streak;      // "weeks in a row"

    static const UiText& forLanguage(std::string_view language);
    const char* focus(std::string_view key) const;
    const char* level(std::string_view key) const;
};

// Every UI string of every language, for baking the glyphs the screens need.
std::string allUiText();

}  // namespace mc
