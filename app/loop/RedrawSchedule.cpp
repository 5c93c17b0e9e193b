#include "loop/RedrawSchedule.h"

#include <algorithm>
#include <optional>

#include "core/Timeline.h"
#include "loop/MotionRate.h"
#include "ui/Screens.h"
#include "ui/ScreenMotion.h"

namespace mc {
namespace {

// How often the picture changes while an exercise is being done: as often as the
// figure needs for steps of a few pixels (loop/MotionRate), within the cap. Nothing
// moves between seconds otherwise (nullopt): the ring, the digits and a settled hold's
// breathing all change on whole seconds.
std::optional<Millis> motionInterval(const MirrorState& state, const Layout& layout, MonoTime now, Millis cap) {
    if (state.screen() != Screen::Player || !state.session()) return std::nullopt;
    SessionView v = state.session()->view(now);
    if (v.paused || !v.phase || v.phase->kind != PhaseKind::Work) return std::nullopt;
    if (stillUntilPhaseEnds(state, now)) return std::nullopt;
    // Steps of 5 px at 1080 pixels across, the same share of a larger screen: what the eye
    // sees from the mat is the angle, not the pixel.
    const float step = std::max(4.0f, layout.shortSide * (5.0f / 1080.0f));
    return frameIntervalFor(screenMotionSpeed(state, layout, now), MotionRateLimits{.cap = cap, .maxStepPx = step});
}

Millis untilNextSecond(Millis remaining) {
    Millis r = remaining % 1000;
    return r.count() == 0 ? Millis(1000) : r;
}

}  // namespace

Millis RedrawSchedule::timeout(const MirrorState& state, MonoTime now) const {
    if (extraFrames_ > 0) return frameInterval_;
    if (auto interval = motionInterval(state, layout_, now, frameInterval_)) {
        // The next frame of the motion (an interval after the last one drawn, since the
        // interval follows the speed and changes), or sooner if a digit changes first.
        Millis untilFrame = std::clamp(lastMotionFrame_ + *interval - now, Millis(1), *interval);
        return std::min(untilFrame, untilNextSecond(state.session()->view(now).remaining));
    }
    switch (state.screen()) {
    case Screen::Player: {
        SessionView v = state.session()->view(now);
        if (v.paused) return Millis(1000);
        return std::min(Millis(1000), untilNextSecond(v.remaining));
    }
    case Screen::Overview: return std::max(Millis(1), untilNextSecond(state.overviewRemaining(now)));
    case Screen::Summary: return std::max(Millis(1), untilNextSecond(state.summaryRemaining(now)));
    case Screen::Home: return Millis(1000);  // the clock's minute; the key skips unchanged frames
    case Screen::Profile: return Millis(1000);
    }
    return Millis(1000);
}

void RedrawSchedule::inputArrived(MonoTime) { extraFrames_ = 2; }

std::string RedrawSchedule::frameKey(const MirrorState& state, const ViewContext& ctx, MonoTime now) const {
    std::string key = std::to_string(static_cast<int>(state.screen())) + "|" + std::to_string(state.selectedRoutine()) +
                      "|" + std::to_string(ctx.clockMinutes) + "|" + std::to_string(int(ctx.shift.x)) + "," +
                      std::to_string(int(ctx.shift.y)) + "|" + ctx.problem + "|" + ctx.home.updateStatus + "|" +
                      std::to_string(ctx.home.weekDone) + "|" + (ctx.pairing ? ctx.pairing->code : "") + "|" +
                      std::to_string(static_cast<int>(state.page()));
    switch (state.screen()) {
    case Screen::Player: {
        SessionView v = state.session()->view(now);
        key += "|" + std::to_string(v.phaseIndex) + "|" + std::to_string(secondsLeft(v.remaining)) + "|" +
               std::to_string(v.paused) + "|" + std::to_string(v.rep ? v.rep->rep : 0);
        break;
    }
    case Screen::Overview: key += "|" + std::to_string(secondsLeft(state.overviewRemaining(now))); break;
    case Screen::Summary: key += "|" + std::to_string(secondsLeft(state.summaryRemaining(now))); break;
    case Screen::Home: {
        const Profile* who = state.currentProfile();
        key += "|" + std::to_string(who ? who->id : 0) + "|" + std::to_string(state.confirmingUnsuitable()) + "|" +
               state.advice().todayLine + "|" + state.advice().suggestedRoutine;
        break;
    }
    case Screen::Profile:
        if (const ProfilePicker* p = state.picker()) {
            key += "|" + std::to_string(static_cast<int>(p->step())) + "|" + std::to_string(p->highlighted());
            for (const PickerChoice& c : p->choices()) key += c.on ? "1" : "0";
        }
        break;
    }
    return key;
}

bool RedrawSchedule::due(const MirrorState& state, const ViewContext& ctx, MonoTime now) {
    std::string key = frameKey(state, ctx, now);
    auto interval = motionInterval(state, layout_, now, frameInterval_);
    const bool motion = interval && now - lastMotionFrame_ >= *interval;
    bool draw = key != lastKey_ || extraFrames_ > 0 || motion;
    if (extraFrames_ > 0) --extraFrames_;
    if (draw) {
        if (interval) lastMotionFrame_ = now;
        lastKey_ = std::move(key);
        ++framesDrawn_;
    }
    return draw;
}

ImVec2 burnInShift(long long epochSeconds) {
    // A slow walk around a small square: at most 4 px from the centre in each axis.
    static constexpr int kSteps[8][2] = {{0, 0}, {2, 1}, {4, 0}, {2, -1}, {0, -2}, {-2, -1}, {-4, 0}, {-2, 1}};
    const int* s = kSteps[(epochSeconds / 60) % 8];
    return {float(s[0]), float(s[1])};
}

}  // namespace mc
