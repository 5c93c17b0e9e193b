#pragma once
// What the coach says at each cue: "Get ready: Cat and cow, fifteen repetitions.",
// "Switch sides.", "Rest. Next up: Bridge, ...", and an exercise's setup text
// ("Kneel on all fours, hands under shoulders.") the first time it comes. Pure text building from the
// phrases, number words and plural rules of app/locale; espeak-ng reads the
// result (platform/audio).
//
// `language` is a requested tag ("ru-RU", "en-GB", "de"), matched by BCP 47
// lookup (localeFor): "ru-RU" speaks Russian. One voice reads a whole phrase, so
// exercise names are taken in the language of the words around them: the
// request when it matched, English when it fell back.
#include <string>
#include <string_view>

#include "core/Content.h"
#include "core/Timeline.h"

namespace mc {

struct CuePhrase {
    std::string text;        // empty: the cue has a tone but no words
    bool countOnly = false;  // only a number (rep count, 3-2-1): skipped when counting is off
};

// The words for `cue` of `timeline` (expanded from `routine` against `pack`) in `language`.
CuePhrase phraseForCue(const Cue& cue, const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                       std::string_view language);

// "fifteen repetitions", "thirty seconds each side, two sets" - how much of an item.
std::string describeDose(const Dose& dose, bool sided, std::string_view language);

// The espeak-ng voice for `language` (matched as above): "ru-RU" -> "ru", "de" -> "en".
std::string espeakVoiceFor(std::string_view language);

}  // namespace mc
