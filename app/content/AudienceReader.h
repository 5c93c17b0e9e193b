#pragma once
// Reading whom content suits: "suits", "avoid" and "min_level" (core/Audience.h),
// the same in exercises, routines and programmes.
#include "content/JsonFields.h"
#include "core/Audience.h"

namespace mc {

namespace limits {
inline constexpr int kWeeksSinceBirthMax = 104;  // two years: "after childbirth" ends well before
}  // namespace limits

// Every bad entry is reported and left out.
Suitability readSuitability(const JsonObject& object);

}  // namespace mc
