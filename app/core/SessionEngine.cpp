#include "core/SessionEngine.h"

#include <algorithm>

namespace mc {
namespace {

// Pressing "previous" just after a phase began means "the one before", as on a music player.
constexpr Millis kPreviousGrace{2000};

}  // namespace

SessionEngine::SessionEngine(const Timeline& timeline, const Routine& routine, MonoTime startedAt)
    : timeline_(&timeline), routine_(&routine), anchorClock_(startedAt) {}

Millis SessionEngine::position(MonoTime now) const {
    Millis at = anchorPosition_;
    if (!paused_ && !stopped_) at += now - anchorClock_;
    return std::clamp(at, Millis{0}, timeline_->total);
}

void SessionEngine::jumpTo(Millis target, MonoTime now) {
    anchorPosition_ = std::clamp(target, Millis{0}, timeline_->total);
    anchorClock_ = now;
    ++generation_;
}

void SessionEngine::apply(SessionCommand command, MonoTime now) {
    if (stopped_) return;
    const auto& phases = timeline_->phases;
    switch (command) {
        case SessionCommand::TogglePause:
            apply(paused_ ? SessionCommand::Resume : SessionCommand::Pause, now);
            return;
        case SessionCommand::Pause:
            if (paused_) return;
            jumpTo(position(now), now);
            paused_ = true;
            return;
        case SessionCommand::Resume:
            if (!paused_) return;
            paused_ = false;
            jumpTo(anchorPosition_, now);
            return;
        case SessionCommand::Next: {
            const int index = timeline_->phaseAt(position(now));
            if (index < 0 || index + 1 >= static_cast<int>(phases.size())) return;
            jumpTo(phases[static_cast<std::size_t>(index) + 1].start, now);
            return;
        }
        case SessionCommand::Previous: {
            const Millis at = position(now);
            const int index = timeline_->phaseAt(at);
            if (index < 0) return;
            const Phase& current = phases[static_cast<std::size_t>(index)];
            const bool justBegun = at - current.start < kPreviousGrace;
            const int target = justBegun && index > 0 ? index - 1 : index;
            jumpTo(phases[static_cast<std::size_t>(target)].start, now);
            return;
        }
        case SessionCommand::Restart:
            jumpTo(Millis{0}, now);
            return;
        case SessionCommand::Stop:
            jumpTo(position(now), now);
            stopped_ = true;
            return;
    }
}

std::optional<MonoTime> SessionEngine::clockTimeOf(Millis at) const {
    if (paused_ || stopped_) return std::nullopt;
    return anchorClock_ + (at - anchorPosition_);
}

bool SessionEngine::finished(MonoTime now) const {
    return !timeline_->phases.empty() && position(now) >= timeline_->total;
}

SessionView SessionEngine::view(MonoTime now) const {
    SessionView v;
    v.position = position(now);
    v.paused = paused_;
    v.stopped = stopped_;
    v.finished = finished(now);
    v.routineProgress = fraction(v.position, timeline_->total);
    v.phaseIndex = timeline_->phaseAt(v.position);
    if (v.phaseIndex < 0) {
        v.finished = true;
        return v;
    }
    const auto& phases = timeline_->phases;
    const Phase& phase = phases[static_cast<std::size_t>(v.phaseIndex)];
    v.phase = &phase;
    v.inPhase = v.position - phase.start;
    v.remaining = phase.end() - v.position;
    v.phaseProgress = fraction(v.inPhase, phase.duration);
    if (phase.kind == PhaseKind::Work && phase.item >= 0 && phase.item < static_cast<int>(routine_->items.size())) {
        const Dose& dose = routine_->items[static_cast<std::size_t>(phase.item)].dose;
        if (phase.paced) v.rep = repPositionAt(dose, v.inPhase);
        v.movement = movementAt(dose, v.inPhase);
    }
    for (std::size_t i = static_cast<std::size_t>(v.phaseIndex) + 1; i < phases.size(); ++i) {
        if (phases[i].kind == PhaseKind::Work) {
            v.nextWorkPhase = static_cast<int>(i);
            break;
        }
    }
    return v;
}

}  // namespace mc
