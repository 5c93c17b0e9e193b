#pragma once
// How much of a routine a session covered, for its history record.
#include "core/Time.h"
#include "core/Timeline.h"

namespace mc {

struct SessionOutcome {
    int completedItems = 0;  // items whose every set and side was worked to the end
    int totalItems = 0;      // items of the routine that have work in the timeline
    Millis workTime{0};      // time spent exercising: Work phases only, no get-ready, rests or switches
};

// The outcome when the session ends at timeline `position` (SessionEngine::position):
// an item is completed once the end of its last Work phase has been reached.
// A Work phase cut short by the end counts for the part that was done.
SessionOutcome sessionOutcomeAt(const Timeline& timeline, Millis position);

}  // namespace mc
