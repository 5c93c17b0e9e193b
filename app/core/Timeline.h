#pragma once
// A routine expanded into the exact schedule of a session: every phase with its
// start and length, and every cue (beep or spoken word) with its due time.
// Pure: the same routine always gives the same timeline.
#include <cstddef>
#include <optional>
#include <vector>

#include "Content.h"
#include "Time.h"

namespace mc {

enum class PhaseKind {
    GetReady,      // before the first exercise
    Work,          // a hold counting down, or paced repetitions
    SwitchSides,   // between the left and right side of a sided exercise
    SetRest,       // between sets of the same exercise
    ExerciseRest,  // between two exercises
    Done,          // the routine is complete (zero length, at the end)
};

enum class Side { None, Left, Right };

struct Phase {
    PhaseKind kind = PhaseKind::GetReady;
    Millis start{0};
    Millis duration{0};
    // Rests, switches and get-ready carry the item, set and side they lead to,
    // so a rest screen can say what comes next. Done has item -1.
    int item = -1;    // index into Routine::items this phase belongs to (or leads to)
    int set = 0;      // 1-based set number, 0 when not applicable
    int sets = 0;
    Side side = Side::None;
    bool paced = false;  // a Work phase of paced repetitions (else a hold)

    Millis end() const { return start + duration; }
};

// Where a paced repetition stands at some moment of a Work phase.
struct RepPosition {
    enum class Stage { Up, Top, Down, Bottom };
    int rep = 1;   // 1-based
    int reps = 1;
    Stage stage = Stage::Up;
    float stageProgress = 0.0f;  // 0..1 within the stage
};

enum class CueKind {
    GetReady,     // start of the get-ready phase ("Get ready: <first exercise>")
    Countdown,    // 3-2-1 before a phase ends; value = 3, 2 or 1
    Start,        // a work phase begins
    Halfway,      // half of a hold is done
    SwitchSides,  // change to the other side
    Rest,         // a rest begins
    NextUp,       // announces the next exercise (value = item index)
    Setup,        // how to get into position and the main caution, said once: the first time an exercise comes (value = item)
    RepUp,        // a repetition starts its lifting part; value = rep number
    RepDown,      // the lowering part of a repetition; value = rep number
    Done,         // routine complete
};

struct Cue {
    Millis at{0};   // timeline time the cue is due
    CueKind kind = CueKind::Start;
    int phase = 0;  // index of the phase it belongs to
    int value = 0;
};

struct Timeline {
    std::vector<Phase> phases;  // contiguous, ordered, ending with one Done phase
    std::vector<Cue> cues;      // ordered by time
    Millis total{0};            // start of the Done phase

    // Index of the phase running at `t` (clamped to the Done phase at or after the end,
    // to the first phase before 0); -1 only for an empty timeline.
    int phaseAt(Millis t) const;

    // Index of the first cue due at or after `t` (cues.size() if none), so a
    // scheduler can resume from any position after a jump.
    std::size_t firstCueAt(Millis t) const;
};

// How long a person needs to read (and hear) an exercise's setup text before it
// starts; from config ([player] reading_wpm, get_ready_max_s).
struct ReadingPace {
    int wordsPerMinute = 110;  // slow: read from 3 m, while getting into position
    Millis max{30000};         // the reading floor never exceeds this
};

// The time to read `setup` at `pace`: 3 s + words * 60 / wpm, at most pace.max, where
// words are those of its longest translation (so a timeline does not depend on the
// language shown). Zero for an empty text.
Millis readingTime(const LocalizedText& setup, const ReadingPace& pace);

// Expands `routine` against the exercises of `pack`. Items naming unknown
// exercises are skipped (the validator reports them before a routine can start).
// Order: GetReady, then per item and set: Work (Left, SwitchSides, Right when
// sided), SetRest between sets, ExerciseRest between items, and a final Done of
// zero length. Phases of zero length (e.g. a rest of 0 s) are left out.
// GetReady and each ExerciseRest last at least the readingTime() of the setup text of
// the exercise they lead to (the routine's length when longer), so it can be read.
// Cues, in time order (ties keep this order: phase-start cues, then the rest):
//   GetReady (value = first item) at 0; Start (value = item) at each Work;
//   SwitchSides at each switch; Rest at each SetRest/ExerciseRest, followed by
//   NextUp (value = next item) at each ExerciseRest; Setup (value = item) after
//   GetReady / NextUp when that item's exercise has a setup text or a caution and does not
//   appear earlier in the routine; RepUp/RepDown (value = rep)
//   at the start of each rep's lift and lowering; Halfway in holds of >= 10 s;
//   Countdown 3, 2, 1 in the last 3 s of every phase of >= 4 s except paced
//   Work (the reps are counted there); Done at the end.
Timeline expandRoutine(const Routine& routine, const ContentPack& pack, const ReadingPace& reading = {});

// The repetition under way `inPhase` after the start of a Work phase of paced reps.
// A stage starts at its own first millisecond (progress 0); stages of zero length
// are skipped; at or past the end it reports the last stage of the last rep at 1.
RepPosition repPositionAt(const Dose& dose, Millis inPhase);

// How far the movement of an exercise has gone at `inPhase` of its Work phase:
// 0 = start pose, 1 = end pose. Reps follow the tempo (smoothstep up, 1 at the
// top, smoothstep down, 0 at the bottom); holds ease into the pose over the
// first min(2 s, hold / 4) and then stay at 1.
float movementAt(const Dose& dose, Millis inPhase);

}  // namespace mc
