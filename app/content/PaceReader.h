#pragma once
// The coaching fields of an exercise: "setup" (read from 3 m, so kept short), "limb"
// (what a side means) and "pace" (texts bound to the stages of a repetition).
// Rules that need the whole exercise (a hold has no pace, a non-sided exercise no
// limb) are checked once it is read: checkCoaching().
#include <optional>
#include <string>

#include "content/JsonFields.h"
#include "core/Content.h"

namespace mc {

// "setup": a text of at most limits::kSetupWordsMax words in every language.
std::optional<LocalizedText> readSetup(const Json& value, const std::string& pointer, FileReport& report);

// "limb": one of vocabulary::kLimbs.
std::optional<Limb> readLimb(const Json& value, const std::string& pointer, FileReport& report);

// "pace": {"lift": {"word": {...}, "cue": {...}}, "top": ..., "lower": ..., "bottom": ...}.
std::optional<Pace> readPace(const Json& value, const std::string& pointer, FileReport& report);

// What the fields written in `object` (an exercise file) mean together: "limb" only
// on a sided exercise, "pace" only on repetitions (when the dose could be read:
// `doseOk`), and no line both bound in "pace" and left in "cues".
void checkCoaching(const Exercise& exercise, const JsonObject& object, bool doseOk);

}  // namespace mc
