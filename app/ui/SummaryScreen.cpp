// Summary: what was done, for how long, and where this week stands against the goal.
#include <algorithm>

#include "ui/Screens.h"

namespace mc {

void drawSummaryScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const auto& outcome = state.lastOutcome();
    const Routine* r = state.routine();
    if (!outcome) return;

    float cx = l.width / 2;
    float y = l.height * (l.portrait ? 0.22f : 0.14f);
    y += c.text(f.title, l.fonts.title, cx, y, outcome->stoppedEarly ? colors::kWhite : colors::kAccent,
                outcome->stoppedEarly ? t[UiKey::StoppedEarly] : t[UiKey::RoutineComplete], Align::Center) + l.gap;
    if (r) y += c.text(f.body, l.fonts.body, cx, y, colors::kSoft, r->title.in(ctx.language), Align::Center,
                       l.width - 2 * l.margin);
    y += l.gap * 2;

    // Two big figures: exercises done and active time.
    float colX[2] = {l.width * 0.3f, l.width * 0.7f};
    std::string done = std::to_string(outcome->completedItems) + "/" + std::to_string(outcome->totalItems);
    std::string time = formatClock(outcome->activeTime);
    // 0.18 of the short side, less if the time would not fit its half of the screen.
    float bigSize = std::min(l.fonts.huge * 0.43f, l.fonts.huge * 0.43f * (l.width * 0.4f) /
                                                       std::max(1.0f, c.measure(f.huge, l.fonts.huge * 0.43f, "00:00").x));
    c.text(f.huge, bigSize, colX[0], y, colors::kWhite, done.substr(0, done.find('/')), Align::Center);
    c.text(f.huge, bigSize, colX[1], y, colors::kWhite, time, Align::Center);
    y += bigSize * 1.05f;
    float labelW = l.width * 0.38f;
    c.fittedText(f.small, l.fonts.small, l.fonts.small * 0.7f, colX[0], y, colors::kDim,
                 std::string(t[UiKey::Of]) + " " + std::to_string(outcome->totalItems) + " " + t[UiKey::DoneItems], labelW,
                 Align::Center);
    c.fittedText(f.small, l.fonts.small, l.fonts.small * 0.7f, colX[1], y, colors::kDim, t[UiKey::ActiveTime], labelW,
                 Align::Center);
    y += l.fonts.small * 2.5f;

    // The week, counting this session.
    std::string week = std::string(t[UiKey::ThisWeek]) + ": " + std::to_string(ctx.home.weekDone) + " / " +
                       std::to_string(ctx.home.weekGoal) + " " + t.nounFor(ctx.home.weekGoal, Noun::Session);
    y += c.text(f.body, l.fonts.body, cx, y, colors::kWhite, week, Align::Center) + l.gap;
    float barW = std::min(l.width * 0.6f, l.shortSide * 0.8f);
    c.bar(cx - barW / 2, y, barW, std::max(6.0f, l.stroke), ctx.home.weekDone / float(std::max(1, ctx.home.weekGoal)),
          colors::kFaint, colors::kAccent);

    Millis left = state.summaryRemaining(ctx.now);
    c.text(f.small, l.fonts.small, cx, l.height - l.margin - l.fonts.small * 1.2f, colors::kDim,
           std::string(t[UiKey::BackHome]) + " " + std::to_string(secondsLeft(left)) + " " + t[UiKey::Seconds], Align::Center);
}

}  // namespace mc
