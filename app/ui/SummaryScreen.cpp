// Summary: what was done, for how long, where this week stands against the goal
// (this session included), and what to do next time.
#include <algorithm>

#include "ui/Screens.h"
#include "ui/TextLines.h"

namespace mc {

void drawSummaryScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const auto& outcome = state.lastOutcome();
    const Routine* r = state.routine();
    if (!outcome) return;
    const float m = l.margin, width = l.width - 2 * m, cx = l.width / 2;

    float y = l.height * (l.portrait ? 0.2f : 0.09f);
    y += drawLines(c, f.title, l.fonts.title, cx, y, outcome->stoppedEarly ? colors::kWhite : colors::kAccent,
                   outcome->stoppedEarly ? t[UiKey::StoppedEarly] : t[UiKey::RoutineComplete], width, 2,
                   Align::Center, l.fonts.title * 0.95f) + l.gap * 0.5f;
    if (r)
        y += drawLines(c, f.body, l.fonts.body, cx, y, colors::kSoft, r->title.in(ctx.language), width, 2,
                       Align::Center, l.fonts.body * 1.1f);
    y += l.gap * 2;

    // Two big figures, exercises done and active time, each with its label under it.
    float colX[2] = {l.width * 0.28f, l.width * 0.72f};
    float colW = l.width * (l.portrait ? 0.44f : 0.40f);
    std::string done = std::to_string(outcome->completedItems);
    std::string time = formatClock(outcome->activeTime);
    float bigSize = std::min(l.fonts.huge * 0.5f, l.fonts.huge * 0.5f * colW /
                                                      std::max(1.0f, c.measure(f.huge, l.fonts.huge * 0.5f, "00:00").x));
    c.text(f.huge, bigSize, colX[0], y, colors::kWhite, done, Align::Center);
    c.text(f.huge, bigSize, colX[1], y, colors::kWhite, time, Align::Center);
    y += bigSize * 0.95f;
    std::string doneLabel = std::string(t[UiKey::Of]) + " " + std::to_string(outcome->totalItems) + " " +
                            t.nounAfterOf(outcome->totalItems, Noun::Exercise) + " " + t[UiKey::DoneItems];
    float h0 = drawLines(c, f.small, l.fonts.small, colX[0], y, colors::kQuiet, doneLabel, colW, 3, Align::Center,
                         l.fonts.small * 1.1f);
    float h1 = drawLines(c, f.small, l.fonts.small, colX[1], y, colors::kQuiet, t[UiKey::ActiveTime], colW, 3,
                         Align::Center, l.fonts.small * 1.1f);
    y += std::max(h0, h1) + l.gap * 2;

    // The week, counting this session.
    std::string week =
        std::string(t[UiKey::ThisWeek]) + ": " + t.outOf(ctx.home.weekDone, ctx.home.weekGoal, Noun::Session);
    y += drawLines(c, f.body, l.fonts.body, cx, y, colors::kWhite, week, width, 1, Align::Center) + l.gap;
    float barW = std::min(l.width * 0.6f, l.shortSide * 0.8f);
    float barH = std::max(6.0f, l.stroke);
    c.bar(cx - barW / 2, y, barW, barH, ctx.home.weekDone / float(std::max(1, ctx.home.weekGoal)), colors::kFaint,
          colors::kAccent);
    y += barH + l.gap * 1.5f;

    // What to do next time: the suggestion, now that this session is in the history.
    const Routine* next = state.content().routine(ctx.home.suggestedRoutine);
    if (next && (!r || next->id != r->id)) {
        std::string line = std::string(t[UiKey::NextTime]) + ": " + next->title.in(ctx.language);
        drawLines(c, f.body, l.fonts.body, cx, y, colors::kSoft, line, width, 2, Align::Center, l.fonts.body * 1.1f);
    }

    Millis left = state.summaryRemaining(ctx.now);
    drawLines(c, f.small, l.fonts.small, cx, l.bottom - l.fonts.small, colors::kQuiet,
              std::string(t[UiKey::BackHome]) + " " + std::to_string(secondsLeft(left)) + " " + t[UiKey::Seconds],
              width, 1, Align::Center);
}

}  // namespace mc
