#pragma once
// Which routine the home screen offers first.
#include <string>
#include <vector>

#include "progress/SessionRecord.h"

namespace mc {

// Without a programme: the routine not done for the longest time; routines never
// done come first; ties go to the earlier one in `routineIds` (content order).
// With a programme (an ordered list of routine ids, e.g. a four-week plan): the
// one after the programme routine done most recently, wrapping around; the first
// one if none was done yet. Programme entries missing from `routineIds` are
// ignored. Only sessions that count toward the goal count as done. Returns ""
// when `routineIds` is empty.
std::string suggestRoutine(const std::vector<SessionRecord>& history,
                           const std::vector<std::string>& routineIds,
                           const std::vector<std::string>& programme = {});

}  // namespace mc
