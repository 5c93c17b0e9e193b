#include "loop/SessionRecorder.h"

#include <cstdio>

namespace mc {

SessionRecorder::SessionRecorder(HistorySink* history, int weeklyGoal) : store_(history), goal_(weeklyGoal) {
    week_.goal = weeklyGoal;
}

void SessionRecorder::observe(MirrorState& state, const WallTime& now) {
    if (state.screen() == Screen::Player && !sessionStart_) sessionStart_ = now;
    auto finished = state.takeFinishedSession();
    if (!finished) return;
    SessionRecord rec;
    rec.routineId = finished->routineId;
    rec.contentVersion = state.content().version;
    WallTime start = sessionStart_.value_or(now);
    rec.startedUtc = start.utcSeconds;
    rec.utcOffsetSeconds = start.utcOffsetSeconds;
    rec.endedUtc = now.utcSeconds;
    rec.activeSeconds = finished->activeTime.count() / 1000;
    rec.completedItems = finished->completedItems;
    rec.totalItems = finished->totalItems;
    rec.stoppedEarly = finished->stoppedEarly;
    sessionStart_.reset();
    std::fprintf(stderr, "mirrorcoach: session %s %s: %d of %d exercises, %lld s\n", rec.routineId.c_str(),
                 rec.stoppedEarly ? "stopped" : "completed", rec.completedItems, rec.totalItems,
                 static_cast<long long>(rec.activeSeconds));
    if (store_) {
        if (auto id = store_->record(rec); !id) std::fprintf(stderr, "mirrorcoach: %s\n", id.error().message.c_str());
    }
    weekComputedAt_ = -1;
}

const WeekProgress& SessionRecorder::week(const ContentPack& content, const WallTime& now) {
    if (weekComputedAt_ < 0 || now.utcSeconds - weekComputedAt_ >= 3600) refresh(content, now);
    return week_;
}

void SessionRecorder::refresh(const ContentPack& content, const WallTime& now) {
    std::vector<std::string> ids;
    for (const Routine& r : content.routines) ids.push_back(r.id);
    std::vector<SessionRecord> past;
    if (store_) {
        if (auto s = store_->sessions()) past = std::move(*s);
        else std::fprintf(stderr, "mirrorcoach: cannot read the history: %s\n", s.error().message.c_str());
    }
    week_ = computeWeekProgress(past, now, goal_, ids);
    weekComputedAt_ = now.utcSeconds;
}

}  // namespace mc
