#pragma once
// One finished or stopped session, as stored in the history.
#include <cstdint>
#include <string>

#include "progress/WallTime.h"

namespace mc {

struct SessionRecord {
    std::int64_t id = 0;          // row id once stored, 0 before
    std::string routineId;
    std::string contentVersion;   // version of the pack the routine came from
    std::int64_t startedUtc = 0;  // epoch seconds
    std::int64_t endedUtc = 0;    // epoch seconds
    std::int32_t utcOffsetSeconds = 0;  // local offset when the session started
    std::int64_t activeSeconds = 0;     // time exercising, pauses excluded
    int completedItems = 0;
    int totalItems = 0;  // 0 = unknown (sessions recorded before schema version 2)
    bool stoppedEarly = false;
    std::int64_t profileId = 0;  // who exercised (Profile::id); 0 = before profiles (schema < 3)
    std::string programmeId;     // the programme this session belonged to, "" for none


    WallTime localStart() const { return {startedUtc, utcOffsetSeconds}; }
};

}  // namespace mc
