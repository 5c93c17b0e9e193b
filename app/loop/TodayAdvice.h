#pragma once
// Today's suggestion (progress/TodaySuggestion) worded for the home screen: the
// "Today: week 2, session 1 of 3" or rest-day line, and each unsuitable routine's
// reason ("Pregnancy: lies face down") in the screen's language.
#include <string>

#include "core/Content.h"
#include "locale/Locale.h"
#include "mirror/MirrorState.h"
#include "progress/TodaySuggestion.h"

namespace mc {

HomeAdvice adviceFor(const TodaySuggestion& today, const Profile& who, const WallTime& now, const Locale& t,
                     const std::string& language);

// The line alone ("" without a programme).
std::string todayLine(const TodaySuggestion& today, const WallTime& now, const Locale& t);

// One reason a routine does not suit `who`, as the home screen and `suggest` show it.
std::string unsuitableLine(const Unsuitability& reason, const Profile& who, const Locale& t,
                           const std::string& language);

// "Person 1".."Person 4" in the language: the names the picker offers without a keyboard.
std::vector<std::string> presetProfileNames(const Locale& t);

}  // namespace mc
