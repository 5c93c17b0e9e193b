#pragma once
// The run loop's link to the session history: records every finished or stopped
// session and keeps the week's progress for the home and summary screens. A missing
// or broken database never stops the mirror: it runs on without history. The loop
// passes the wall time in, so an accelerated clock gives an accelerated history.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Content.h"
#include "mirror/MirrorState.h"
#include "progress/HistorySink.h"
#include "progress/TodaySuggestion.h"
#include "progress/WeekProgress.h"

namespace mc {

class SessionRecorder {
public:
    // A null `history` keeps none (no state directory, or the database could not be opened).
    SessionRecorder(HistorySink* history, int weeklyGoal);

    // Call every loop iteration: notes when a session starts and records it when it ends.
    void observe(MirrorState& state, const WallTime& now);
    // The week as the home screen shows it (recomputed after each record, hourly, and
    // when the person changes). With a person: their sessions (and those from before
    // profiles) only, and the goal of their programme.
    const WeekProgress& week(const ContentPack& content, const WallTime& now, const Profile* who = nullptr);
    // Today's suggestion for the person last passed to week(); none without one.
    const std::optional<TodaySuggestion>& today() const { return today_; }
    // How many times week() recomputed: the loop refreshes what it derives when it moves.
    int generation() const { return generation_; }

    // Sessions ended (finished or stopped) since the start, stored or not (for /metrics).
    int64_t recorded() const { return recorded_; }

private:
    void refresh(const ContentPack& content, const WallTime& now, const Profile* who);

    HistorySink* store_;
    int goal_;
    std::optional<WallTime> sessionStart_;
    WeekProgress week_;
    int64_t recorded_ = 0;
    int64_t weekComputedAt_ = -1;  // UTC seconds; -1 = stale
    std::optional<Profile> computedFor_;
    const ContentPack* computedWith_ = nullptr;
    std::optional<TodaySuggestion> today_;
    int generation_ = 0;
};

}  // namespace mc
