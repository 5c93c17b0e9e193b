#pragma once
// Decides when each planned cue sound is handed to the mixer: every cue due
// within the look-ahead window, with its exact due time on the monotonic clock
// (from the session's clock mapping). The mixer then starts it at the exact
// sample, so cues are on time however rarely the main loop calls update().
// When the session's generation changes (pause, resume, next, previous,
// restart) everything handed over but not yet heard is stale: the step says
// `silence`, and scheduling restarts from the session's new position.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/SessionEngine.h"
#include "core/Time.h"

namespace mc {

// What the scheduler needs to know about a session at one moment.
struct SessionTiming {
    uint64_t generation = 0;
    Millis position{0};              // timeline time now
    std::optional<MonoTime> zeroAt;  // clock time of timeline 0 under the current mapping;
                                     // nullopt while paused or stopped
};
SessionTiming timingOf(const SessionEngine& engine, MonoTime now);

struct DueCue {
    std::size_t index = 0;  // into the cue list given to reset()
    MonoTime due{0};
};

struct SchedulerStep {
    bool silence = false;  // drop what was handed over before, it is stale
    std::vector<DueCue> due;
};

class CueScheduler {
public:
    // `lookahead`: how far ahead cues are handed over (must exceed the longest gap
    // between update() calls while a session runs). `maxLate`: a cue found this much
    // past its time (after a stall) is skipped rather than played out of place.
    explicit CueScheduler(Millis lookahead = Millis{2000}, Millis maxLate = Millis{150});

    // A new session: `cueTimes` are timeline times in order.
    void reset(std::vector<Millis> cueTimes);

    SchedulerStep update(const SessionTiming& timing, MonoTime now);

    // The latest moment the next update() is needed for the next cue to be handed
    // over on time; nullopt when nothing is pending (paused, stopped, all done).
    std::optional<MonoTime> nextWakeup() const;

private:
    std::size_t firstAtOrAfter(Millis t) const;

    Millis lookahead_;
    Millis maxLate_;
    std::vector<Millis> times_;
    std::size_t next_ = 0;
    bool synced_ = false;
    uint64_t generation_ = 0;
    std::optional<MonoTime> zeroAt_;
};

}  // namespace mc
