#pragma once
// The sound track of a session as data: for every moment the timeline has cues,
// one tone and the words to say. Cues due at the same moment (a rest and its
// "next up", a start and its first rep) become one sound, so they never play
// over each other.
#include <string>
#include <string_view>
#include <vector>

#include "core/Content.h"
#include "core/Timeline.h"
#include "sound/CueTones.h"

namespace mc {

struct PlannedCue {
    Millis at{0};            // timeline time
    CueKind kind = CueKind::Start;  // the cue that chose the tone
    ToneKind tone = ToneKind::Start;
    std::string phrase;      // words to say, empty for tone only
    bool countOnly = false;  // the words are only a count (skipped when counting is off)
};

// One PlannedCue per distinct cue time, in time order. Of cues at the same
// moment, the tone comes from the most important (Done, Start, SwitchSides,
// NextUp, Rest, GetReady, Halfway, Countdown, RepUp, RepDown, Setup) and the
// phrases are joined in timeline order: "Get ready: Cat-cow, ten repetitions."
// then the exercise's setup text, the first time the exercise comes.
std::vector<PlannedCue> planCueSounds(const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                                      std::string_view language);  // a tag such as "ru-RU", see PhraseBook.h

}  // namespace mc
