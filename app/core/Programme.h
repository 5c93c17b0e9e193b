#pragma once
// A programme: an ordered plan over weeks (content: programmes/<id>.json), e.g.
// lower-back pain from the acute days through recovery to strengthening. The
// position in a programme comes from the history (progress/ProgrammeProgress).
#include <string>
#include <vector>

#include "core/Audience.h"
#include "core/LocalizedText.h"

namespace mc {

// A run of weeks with the same rhythm. Sessions take the stage's routines in turn.
struct ProgrammeStage {
    int weeks = 1;              // how many weeks the stage lasts
    int sessionsPerWeek = 3;    // also the weekly goal while the stage runs
    int sessionsPerDay = 1;     // 2 = morning and evening
    int restDaysBetween = 0;    // whole days without a session between two session days
    std::vector<std::string> routines;  // routine ids, taken in turn
    double doseScale = 1.0;     // holds and repetitions grow: 1.2 = a fifth more
    LocalizedText note;         // what this stage is for, shown on "Today"
};

struct Programme {
    std::string id;
    LocalizedText title;
    LocalizedText description;
    Suitability suitability;
    std::vector<ProgrammeStage> stages;
};

}  // namespace mc
