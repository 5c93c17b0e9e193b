#include "loop/SessionRecorder.h"

#include "log/Log.h"

namespace mc {

SessionRecorder::SessionRecorder(HistorySink* history, int weeklyGoal) : store_(history), goal_(weeklyGoal) {
    week_.goal = weeklyGoal;
}

void SessionRecorder::observe(MirrorState& state, const WallTime& now) {
    if (state.screen() == Screen::Player && !sessionStart_) {
        sessionStart_ = now;
        if (const Routine* r = state.routine()) logNotice("history", "session " + r->id + " started");
    }
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
    rec.profileId = finished->profileId;
    rec.programmeId = finished->programmeId;
    sessionStart_.reset();
    ++recorded_;
    logNotice("history", "session " + rec.routineId + (rec.stoppedEarly ? " stopped: " : " completed: ") +
                             std::to_string(rec.completedItems) + " of " + std::to_string(rec.totalItems) + " exercises, " +
                             std::to_string(rec.activeSeconds) + " s");
    if (store_) {
        if (auto id = store_->record(rec); !id) logWarning("history", id.error().message);
    }
    weekComputedAt_ = -1;
}

const WeekProgress& SessionRecorder::week(const ContentPack& content, const WallTime& now, const Profile* who) {
    const bool otherPerson = who ? !computedFor_ || !(*computedFor_ == *who) : computedFor_.has_value();
    if (weekComputedAt_ < 0 || now.utcSeconds - weekComputedAt_ >= 3600 || otherPerson || computedWith_ != &content)
        refresh(content, now, who);
    return week_;
}

void SessionRecorder::refresh(const ContentPack& content, const WallTime& now, const Profile* who) {
    std::vector<std::string> ids;
    for (const Routine& r : content.routines) ids.push_back(r.id);
    std::vector<SessionRecord> past;
    if (store_) {
        if (auto s = store_->sessions()) past = std::move(*s);
        else logWarning("history", "cannot read the history: " + s.error().message);
    }
    computedFor_ = who ? std::optional<Profile>(*who) : std::nullopt;
    computedWith_ = &content;
    ++generation_;
    if (!who) {
        today_.reset();
        week_ = computeWeekProgress(past, now, goal_, ids);
        weekComputedAt_ = now.utcSeconds;
        return;
    }
    today_ = suggestToday(*who, content, past, now, goal_);
    std::vector<SessionRecord> mine;
    for (const SessionRecord& s : past)
        if (s.profileId == who->id || s.profileId == 0) mine.push_back(s);
    week_ = computeWeekProgress(mine, now, today_->weeklyGoal, ids);
    week_.suggestedRoutineId = today_->routineId;
    weekComputedAt_ = now.utcSeconds;
}

}  // namespace mc
