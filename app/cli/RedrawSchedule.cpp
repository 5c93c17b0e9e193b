#include "cli/RedrawSchedule.h"

#include <algorithm>

#include "ui/Screens.h"

namespace mc {
namespace {

// A figure moves while an exercise is being done; everything else changes by the second.
bool animating(const MirrorState& state, MonoTime now) {
    if (state.screen() != Screen::Player || !state.session()) return false;
    SessionView v = state.session()->view(now);
    return !v.paused && v.phase && v.phase->kind == PhaseKind::Work;
}

Millis untilNextSecond(Millis remaining) {
    Millis r = remaining % 1000;
    return r.count() == 0 ? Millis(1000) : r;
}

}  // namespace

Millis RedrawSchedule::timeout(const MirrorState& state, MonoTime now) const {
    if (extraFrames_ > 0) return frameInterval_;
    if (animating(state, now))  // a frame at the cap, or sooner if a digit changes first
        return std::min(frameInterval_, untilNextSecond(state.session()->view(now).remaining));
    switch (state.screen()) {
    case Screen::Player: {
        SessionView v = state.session()->view(now);
        if (v.paused) return Millis(1000);
        return std::min(Millis(1000), untilNextSecond(v.remaining));
    }
    case Screen::Overview: return std::max(Millis(1), untilNextSecond(state.overviewRemaining(now)));
    case Screen::Summary: return std::max(Millis(1), untilNextSecond(state.summaryRemaining(now)));
    case Screen::Home: return Millis(1000);  // the clock's minute; the key skips unchanged frames
    }
    return Millis(1000);
}

void RedrawSchedule::inputArrived(MonoTime) { extraFrames_ = 2; }

std::string RedrawSchedule::frameKey(const MirrorState& state, const ViewContext& ctx, MonoTime now) const {
    std::string key = std::to_string(static_cast<int>(state.screen())) + "|" + std::to_string(state.selectedRoutine()) +
                      "|" + std::to_string(ctx.clockMinutes) + "|" + std::to_string(int(ctx.shift.x)) + "," +
                      std::to_string(int(ctx.shift.y)) + "|" + ctx.problem + "|" + ctx.home.updateStatus + "|" +
                      std::to_string(ctx.home.weekDone) + "|" + std::to_string(ctx.homeDim);
    switch (state.screen()) {
    case Screen::Player: {
        SessionView v = state.session()->view(now);
        key += "|" + std::to_string(v.phaseIndex) + "|" + std::to_string(secondsLeft(v.remaining)) + "|" +
               std::to_string(v.paused) + "|" + std::to_string(v.rep ? v.rep->rep : 0);
        if (animating(state, now)) key += "|" + std::to_string(now.count() / frameInterval_.count());
        break;
    }
    case Screen::Overview: key += "|" + std::to_string(secondsLeft(state.overviewRemaining(now))); break;
    case Screen::Summary: key += "|" + std::to_string(secondsLeft(state.summaryRemaining(now))); break;
    case Screen::Home: break;
    }
    return key;
}

bool RedrawSchedule::due(const MirrorState& state, const ViewContext& ctx, MonoTime now) {
    std::string key = frameKey(state, ctx, now);
    bool draw = key != lastKey_ || extraFrames_ > 0;
    if (extraFrames_ > 0) --extraFrames_;
    if (draw) {
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
