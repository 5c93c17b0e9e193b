#pragma once
// A routine made ready for one person: exercises swapped for the variant their
// level and situation call for, doses scaled by the programme stage. Pure.
//
// Swaps, per item:
//  - an exercise that does not suit the profile (Suitability.h) is replaced by its
//    suitable stand-in (easier first, then harder); with none, it stays (the
//    routine is then unsuitable and the screens ask before starting it);
//  - level Gentle takes the `easier` variant when it exists and suits;
//  - level Intermediate takes the `harder` variant when it exists and suits;
//  - a swapped item keeps the routine's dose when the variant is dosed the same way
//    (hold or reps), else takes the variant's own default dose.
// Dose scaling (ProgrammeStage::doseScale): holds and repetitions are multiplied,
// holds rounded to whole seconds (to 5 s from 30 s up), repetitions to whole ones;
// with a scale >= 1 never below the routine's dose, with a scale < 1 never below
// 5 s or 1 repetition. Sets, rests and tempo stay as they are.
#include <string>
#include <vector>

#include "core/Content.h"
#include "progress/Profile.h"

namespace mc {

struct VariantSwap {
    enum class Why { Unsuitable, Easier, Harder };
    std::size_t item = 0;   // index into Routine::items
    std::string from, to;   // exercise ids
    Why why = Why::Unsuitable;
};

struct PreparedRoutine {
    Routine routine;                 // the routine to run, items swapped and scaled
    std::vector<VariantSwap> swaps;  // what was swapped, in item order
};

// `doseScale` 1.0 = the routine's doses. Exercises missing from the pack are kept as they are.
PreparedRoutine prepareRoutine(const Routine& routine, const ContentPack& pack, const Profile& profile,
                               double doseScale = 1.0);

// One dose scaled by the rules above.
Dose scaleDose(const Dose& dose, double scale);

}  // namespace mc
