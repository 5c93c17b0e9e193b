#pragma once
// What the coach says at each cue, in the content language: "Get ready: Cat and
// cow, fifteen repetitions.", "Switch sides.", "Rest. Next up: Bridge, ...".
// Pure text building; espeak-ng reads the result (platform/audio).
#include <string>
#include <string_view>

#include "core/Content.h"
#include "core/Timeline.h"

namespace mc {

// The language phrases are spoken in: `contentLanguage` when we have a phrase
// table for it ("en", "ru"; region tags like "ru-RU" map to "ru"), else English.
std::string speechLanguageFor(std::string_view contentLanguage);

// The espeak-ng voice name for a speech language ("en" -> "en", "ru" -> "ru").
std::string espeakVoiceFor(std::string_view speechLanguage);

struct CuePhrase {
    std::string text;        // empty: the cue has a tone but no words
    bool countOnly = false;  // only a number (rep count, 3-2-1): skipped when counting is off
};

// The words for `cue` of `timeline` (expanded from `routine` against `pack`) in
// `language` (a speech language from speechLanguageFor).
CuePhrase phraseForCue(const Cue& cue, const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                       std::string_view language);

// "fifteen repetitions", "thirty seconds each side, two sets" - how much of an item.
std::string describeDose(const Dose& dose, bool sided, std::string_view language);

}  // namespace mc
