#pragma once
// Doses as written in a pack: an exercise's default dose ("dose": {...}) and a
// routine item's overrides share the same fields, read here, then combined.
#include <optional>

#include "content/JsonFields.h"
#include "core/Content.h"

namespace mc {

// Limits of format version 1 (documented in docs/content-format.md, "Validation").
namespace limits {
inline constexpr double kHoldMin = 1, kHoldMax = 600;
inline constexpr int kRepsMin = 1, kRepsMax = 100;
inline constexpr int kSetsMin = 1, kSetsMax = 10;
inline constexpr double kTempoPartMax = 30;
inline constexpr double kRestMax = 600;
inline constexpr double kSwitchMax = 120;
inline constexpr double kGetReadyMax = 120;
inline constexpr std::size_t kSetupWordsMax = 40;     // in any language; English aims at 30
inline constexpr std::size_t kPaceWordCharsMax = 14;  // characters (not bytes) of a stage word
}  // namespace limits

// Each field as written; absent or invalid fields are empty (invalid ones are reported).
struct DoseFields {
    std::optional<Millis> hold;
    std::optional<int> reps;
    std::optional<Tempo> tempo;
    std::optional<int> sets;
    std::optional<Millis> restBetweenSets;
    std::optional<Millis> switchSides;
    bool hasHold = false;   // "hold_s" is present (valid or not)
    bool hasReps = false;   // "reps" is present
    bool hasTempo = false;  // "tempo" is present
};

// Reads hold_s, reps, tempo, sets, rest_s and switch_s from `object` (a dose or a routine item).
DoseFields readDoseFields(const JsonObject& object);

// An exercise's default dose: exactly one of a hold or repetitions.
std::optional<Dose> exerciseDose(const DoseFields& fields, const JsonObject& object);

// `base` with a routine item's overrides applied; nullopt when they contradict
// each other or the exercise (reported on `item`).
std::optional<Dose> applyOverrides(const Dose& base, const DoseFields& overrides, const JsonObject& item);

}  // namespace mc
