#include "sound/CueScheduler.h"

#include <algorithm>

namespace mc {

SessionTiming timingOf(const SessionEngine& engine, MonoTime now) {
    // The clock mapping is a shift (timeline runs at clock speed), so timeline 0 fixes it.
    return SessionTiming{engine.generation(), engine.position(now), engine.clockTimeOf(Millis{0})};
}

CueScheduler::CueScheduler(Millis lookahead, Millis maxLate) : lookahead_(lookahead), maxLate_(maxLate) {}

void CueScheduler::reset(std::vector<Millis> cueTimes) {
    times_ = std::move(cueTimes);
    next_ = 0;
    synced_ = false;
    zeroAt_.reset();
}

std::size_t CueScheduler::firstAtOrAfter(Millis t) const {
    return static_cast<std::size_t>(std::lower_bound(times_.begin(), times_.end(), t) - times_.begin());
}

SchedulerStep CueScheduler::update(const SessionTiming& timing, MonoTime now) {
    SchedulerStep step;
    if (!synced_) {
        // Joining a session already under way by a few milliseconds must not lose its first cue.
        next_ = firstAtOrAfter(timing.position - maxLate_);
        generation_ = timing.generation;
        synced_ = true;
    } else if (timing.generation != generation_) {
        step.silence = true;
        next_ = firstAtOrAfter(timing.position);
        generation_ = timing.generation;
    }
    zeroAt_ = timing.zeroAt;
    if (!zeroAt_) return step;
    for (; next_ < times_.size(); ++next_) {
        const MonoTime due = *zeroAt_ + times_[next_];
        if (due > now + lookahead_) break;
        if (due < now - maxLate_) continue;
        step.due.push_back({next_, due});
    }
    return step;
}

std::optional<MonoTime> CueScheduler::nextWakeup() const {
    if (!zeroAt_ || next_ >= times_.size()) return std::nullopt;
    // Half the look-ahead early: slack for a main loop that wakes up late.
    return *zeroAt_ + times_[next_] - lookahead_ / 2;
}

}  // namespace mc
