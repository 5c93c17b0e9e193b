#pragma once
// The session: which phase of a timeline is running, as a pure function of the
// injected monotonic clock and the commands received. Time is never accumulated
// from frame deltas: the timeline position is (now - start - paused) + skips, so
// every boundary falls exactly where the schedule puts it, however frames arrive.
#include <cstdint>
#include <optional>

#include "Timeline.h"

namespace mc {

enum class SessionCommand {
    TogglePause,
    Pause,
    Resume,
    Next,      // jump to the start of the next phase
    Previous,  // back to the start of this phase, or the previous one if just begun
    Restart,   // back to the beginning
    Stop,      // end early
};

struct SessionView {
    int phaseIndex = 0;
    const Phase* phase = nullptr;
    Millis position{0};   // timeline time
    Millis inPhase{0};    // time since the phase began
    Millis remaining{0};  // time left in the phase
    std::optional<RepPosition> rep;  // Work phases of paced reps
    float movement = 0.0f;           // Work phases: movementAt(dose, inPhase); else 0 (start pose)
    float phaseProgress = 0.0f;      // 0..1
    float routineProgress = 0.0f;    // 0..1
    int nextWorkPhase = -1;          // the next Work phase after this one, -1 if none
    bool paused = false;
    bool finished = false;  // reached Done
    bool stopped = false;   // stopped early
};

// Holds references to `timeline` and `routine`: both must outlive the engine.
// After Stop every command is ignored (the session is over).
class SessionEngine {
public:
    SessionEngine(const Timeline& timeline, const Routine& routine, MonoTime startedAt);

    // Pause/Resume/TogglePause freeze and thaw time; Next jumps to the start of the
    // next phase (no-op at Done); Previous to the start of this phase, or of the
    // previous one when less than 2 s in; Restart to 0. Jumps keep the pause state.
    void apply(SessionCommand command, MonoTime now);

    // Timeline time at `now`, within [0, timeline.total].
    Millis position(MonoTime now) const;
    SessionView view(MonoTime now) const;

    // When the timeline moment `at` will happen on the monotonic clock, given the
    // pauses and skips so far; nullopt while paused or stopped.
    std::optional<MonoTime> clockTimeOf(Millis at) const;

    // Bumped by every command that moves time, so schedulers can drop stale cues.
    uint64_t generation() const { return generation_; }
    bool paused() const { return paused_; }
    // When the current pause began (or the last jump made while paused); nullopt while running.
    std::optional<MonoTime> pausedSince() const { return paused_ ? std::optional(anchorClock_) : std::nullopt; }
    bool stopped() const { return stopped_; }
    bool finished(MonoTime now) const;

    const Timeline& timeline() const { return *timeline_; }
    const Routine& routine() const { return *routine_; }

private:
    void jumpTo(Millis target, MonoTime now);

    const Timeline* timeline_;
    const Routine* routine_;
    // The mapping from clock to timeline: position = anchorPosition_ + (now - anchorClock_)
    // while running, anchorPosition_ while paused or stopped. Re-anchored by every
    // command, so no time is ever accumulated.
    MonoTime anchorClock_;
    Millis anchorPosition_{0};
    bool paused_ = false;
    bool stopped_ = false;
    uint64_t generation_ = 0;
};

}  // namespace mc
