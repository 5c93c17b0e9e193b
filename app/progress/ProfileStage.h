#pragma once
// A profile's stage (trimester, weeks since birth) was true when it was set; it moves
// on with time, so "pregnancy, trimester 1" set in March reads "trimester 3" in
// September without anyone editing it. Pure: the times are passed in.
#include <cstdint>

#include "progress/Profile.h"

namespace mc {

inline constexpr std::int64_t kWeekSeconds = 7 * 24 * 3600;
inline constexpr int kWeeksPerTrimester = 13;

// The profile as it stands at `nowUtc`, its stage having been set at `stageSetUtc`:
// a pregnancy moves to the next trimester every 13 weeks (up to 3), the weeks since
// birth grow. Other fields are unchanged; a clock set back never moves a stage back.
Profile profileAt(Profile stored, std::int64_t stageSetUtc, std::int64_t nowUtc);

}  // namespace mc
