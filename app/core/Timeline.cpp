#include "core/Timeline.h"

#include <algorithm>
#include <set>
#include <string>

#include "core/Whitespace.h"

namespace mc {
namespace {

constexpr Millis kCountdownMinPhase{4000};  // shorter phases would start counting at once
constexpr Millis kHalfwayMinHold{10000};     // "halfway" in a short hold is just noise
constexpr Millis kReadingStart{3000};        // to look up, find the text and start reading

// An item whose exercise exists, with what the expansion needs from it.
struct PlannedItem {
    int index = 0;  // into Routine::items
    const Dose* dose = nullptr;
    const Exercise* exercise = nullptr;
    bool sided = false;
    bool firstAppearance = false;  // its exercise comes for the first time in the routine
};

std::vector<PlannedItem> plannedItems(const Routine& routine, const ContentPack& pack) {
    std::vector<PlannedItem> planned;
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 0; i < routine.items.size(); ++i) {
        const RoutineItem& item = routine.items[i];
        if (const Exercise* exercise = pack.exercise(item.exercise)) {
            const bool first = seen.insert(exercise->id).second;
            planned.push_back({static_cast<int>(i), &item.dose, exercise, exercise->sided, first});
        }
    }
    return planned;
}

int setsOf(const Dose& dose) { return std::max(1, dose.sets); }

// Appends phases end to end; zero-length phases are dropped so that every
// moment of the timeline belongs to exactly one phase.
class PhaseWriter {
public:
    void add(Phase phase, Millis duration) {
        if (duration <= Millis{0}) return;
        phase.start = end_;
        phase.duration = duration;
        end_ += duration;
        phases_.push_back(phase);
    }
    void finish() {
        Phase done;
        done.kind = PhaseKind::Done;
        done.start = end_;
        phases_.push_back(done);
    }
    Millis end() const { return end_; }
    std::vector<Phase> take() { return std::move(phases_); }

private:
    std::vector<Phase> phases_;
    Millis end_{0};
};

Phase leadingTo(PhaseKind kind, const PlannedItem& item, int set) {
    Phase phase;
    phase.kind = kind;
    phase.item = item.index;
    phase.set = set;
    phase.sets = setsOf(*item.dose);
    phase.side = item.sided ? Side::Left : Side::None;
    return phase;
}

// Long enough to read the setup of the exercise a get-ready or rest leads to.
Millis readable(Millis length, const PlannedItem& next, const ReadingPace& reading) {
    return std::max(length, readingTime(next.exercise->setup, reading));
}

std::vector<Phase> expandPhases(const Routine& routine, const std::vector<PlannedItem>& items,
                                const ReadingPace& reading) {
    PhaseWriter out;
    if (items.empty()) {
        out.finish();
        return out.take();
    }
    out.add(leadingTo(PhaseKind::GetReady, items.front(), 1), readable(routine.getReady, items.front(), reading));
    for (std::size_t n = 0; n < items.size(); ++n) {
        const PlannedItem& item = items[n];
        const Dose& dose = *item.dose;
        const int sets = setsOf(dose);
        for (int set = 1; set <= sets; ++set) {
            Phase work = leadingTo(PhaseKind::Work, item, set);
            work.paced = dose.kind == Dose::Kind::Reps;
            out.add(work, dose.workTime());
            if (item.sided) {
                Phase change = leadingTo(PhaseKind::SwitchSides, item, set);
                change.side = Side::Right;
                out.add(change, dose.switchSides);
                work.side = Side::Right;
                out.add(work, dose.workTime());
            }
            if (set < sets) out.add(leadingTo(PhaseKind::SetRest, item, set + 1), dose.restBetweenSets);
        }
        if (n + 1 < items.size()) {
            const RoutineItem& routineItem = routine.items[static_cast<std::size_t>(item.index)];
            const Millis rest = routineItem.restAfter.value_or(routine.restBetweenExercises);
            out.add(leadingTo(PhaseKind::ExerciseRest, items[n + 1], 1), readable(rest, items[n + 1], reading));
        }
    }
    out.finish();
    return out.take();
}

void addCountdown(std::vector<Cue>& cues, const Phase& phase, int index) {
    if (phase.duration < kCountdownMinPhase) return;
    for (int value = 3; value >= 1; --value) {
        cues.push_back({phase.end() - Millis{1000} * value, CueKind::Countdown, index, value});
    }
}

void addRepCues(std::vector<Cue>& cues, const Phase& phase, int index, const Dose& dose) {
    const Millis rep = dose.tempo.rep();
    for (int r = 1; r <= dose.reps; ++r) {
        const Millis repStart = phase.start + rep * (r - 1);
        cues.push_back({repStart, CueKind::RepUp, index, r});
        if (dose.tempo.down > Millis{0}) {
            cues.push_back({repStart + dose.tempo.up + dose.tempo.top, CueKind::RepDown, index, r});
        }
    }
}

// The setup text and the main caution are said the first time their exercise comes,
// never for a repeat.
void addSetupCue(std::vector<Cue>& cues, const Phase& phase, int index, const std::vector<PlannedItem>& items) {
    for (const PlannedItem& item : items) {
        if (item.index != phase.item) continue;
        if (item.firstAppearance && (!item.exercise->setup.empty() || !item.exercise->cautions.empty())) {
            cues.push_back({phase.start, CueKind::Setup, index, phase.item});
        }
        return;
    }
}

// The cues of one phase, in the order they should sound when due together.
void addPhaseCues(std::vector<Cue>& cues, const Phase& phase, int index, const Routine& routine,
                  const std::vector<PlannedItem>& items) {
    switch (phase.kind) {
        case PhaseKind::GetReady:
            cues.push_back({phase.start, CueKind::GetReady, index, phase.item});
            addSetupCue(cues, phase, index, items);
            addCountdown(cues, phase, index);
            break;
        case PhaseKind::Work: {
            cues.push_back({phase.start, CueKind::Start, index, phase.item});
            const Dose& dose = routine.items[static_cast<std::size_t>(phase.item)].dose;
            if (phase.paced) {
                addRepCues(cues, phase, index, dose);
            } else {
                if (phase.duration >= kHalfwayMinHold) {
                    cues.push_back({phase.start + phase.duration / 2, CueKind::Halfway, index, 0});
                }
                addCountdown(cues, phase, index);
            }
            break;
        }
        case PhaseKind::SwitchSides:
            cues.push_back({phase.start, CueKind::SwitchSides, index, 0});
            addCountdown(cues, phase, index);
            break;
        case PhaseKind::SetRest:
            cues.push_back({phase.start, CueKind::Rest, index, 0});
            addCountdown(cues, phase, index);
            break;
        case PhaseKind::ExerciseRest:
            cues.push_back({phase.start, CueKind::Rest, index, 0});
            cues.push_back({phase.start, CueKind::NextUp, index, phase.item});
            addSetupCue(cues, phase, index, items);
            addCountdown(cues, phase, index);
            break;
        case PhaseKind::Done:
            cues.push_back({phase.start, CueKind::Done, index, 0});
            break;
    }
}

}  // namespace

int Timeline::phaseAt(Millis t) const {
    if (phases.empty()) return -1;
    // The last phase whose start is <= t; the Done phase (zero length) wins at `total`.
    auto after = std::upper_bound(phases.begin(), phases.end(), t,
                                  [](Millis value, const Phase& p) { return value < p.start; });
    if (after == phases.begin()) return 0;
    return static_cast<int>(after - phases.begin()) - 1;
}

std::size_t Timeline::firstCueAt(Millis t) const {
    auto it = std::lower_bound(cues.begin(), cues.end(), t,
                               [](const Cue& c, Millis value) { return c.at < value; });
    return static_cast<std::size_t>(it - cues.begin());
}

Millis readingTime(const LocalizedText& setup, const ReadingPace& pace) {
    std::size_t words = 0;
    for (const auto& [language, text] : setup.byLanguage) words = std::max(words, wordCount(text));
    if (words == 0 || pace.wordsPerMinute <= 0) return Millis{0};
    const Millis reading = kReadingStart + Millis{static_cast<int64_t>(words) * 60000 / pace.wordsPerMinute};
    return std::clamp(reading, Millis{0}, std::max(pace.max, Millis{0}));
}

Timeline expandRoutine(const Routine& routine, const ContentPack& pack, const ReadingPace& reading) {
    Timeline timeline;
    const std::vector<PlannedItem> items = plannedItems(routine, pack);
    timeline.phases = expandPhases(routine, items, reading);
    timeline.total = timeline.phases.back().start;
    for (std::size_t i = 0; i < timeline.phases.size(); ++i) {
        addPhaseCues(timeline.cues, timeline.phases[i], static_cast<int>(i), routine, items);
    }
    std::stable_sort(timeline.cues.begin(), timeline.cues.end(),
                     [](const Cue& a, const Cue& b) { return a.at < b.at; });
    return timeline;
}

}  // namespace mc
