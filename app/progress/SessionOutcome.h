#pragma once
// How much of a routine a session covered, for its history record.
#include "core/Time.h"
#include "core/Timeline.h"

namespace mc {

struct SessionOutcome {
    int completedItems = 0;  // items whose every set and side was worked to the end
    int totalItems = 0;      // items of the routine that have work in the timeline
};

// The outcome when the session ends at timeline `position` (SessionEngine::position):
// an item is completed once the end of its last Work phase has been reached.
SessionOutcome sessionOutcomeAt(const Timeline& timeline, Millis position);

}  // namespace mc
