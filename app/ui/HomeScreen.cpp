// Home: the clock, the suggested routine, every routine grouped by focus, and this
// week's progress. Nothing here needs a touch: Enter opens the highlighted routine.
#include <algorithm>
#include <cstdio>
#include <set>

#include "ui/Screens.h"

namespace mc {
namespace {

std::string equipmentOf(const Routine& r, const ContentPack& pack) {
    std::set<std::string> all;
    for (const RoutineItem& item : r.items)
        if (const Exercise* e = pack.exercise(item.exercise))
            for (const std::string& eq : e->equipment)
                if (eq != "none") all.insert(eq);
    std::string out;
    for (const std::string& eq : all) out += (out.empty() ? "" : ", ") + eq;
    return out;
}

// "▲ {1} more" with the number filled in.
std::string withNumber(std::string_view pattern, int n) {
    std::string out(pattern);
    if (size_t at = out.find("{1}"); at != std::string::npos) out.replace(at, 3, std::to_string(n));
    return out;
}

}  // namespace

void drawHomeScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const ContentPack& pack = state.content();
    const float m = l.margin;

    // Clock, top left, in the timer font (digits only).
    float y = m;
    if (ctx.clockMinutes >= 0) {
        char clock[8];
        std::snprintf(clock, sizeof clock, "%02d:%02d", ctx.clockMinutes / 60 % 24, ctx.clockMinutes % 60);
        y += c.text(f.huge, l.fonts.title * 1.5f, m, y, colors::kWhite, clock);
    }

    // This week: top right, or under the clock on a narrow portrait screen.
    {
        const bool below = l.portrait;
        const float wx = below ? m : l.width - m;
        const Align wa = below ? Align::Left : Align::Right;
        std::string week = std::string(t[UiKey::ThisWeek]) + ": " + std::to_string(ctx.home.weekDone) + " / " +
                           std::to_string(ctx.home.weekGoal) + " " + t.nounFor(ctx.home.weekGoal, Noun::Session);
        float wy = below ? y + l.gap : m + l.fonts.small * 0.3f;
        c.text(f.body, l.fonts.body, wx, wy, colors::kWhite, week, wa);
        float barW = c.measure(f.body, l.fonts.body, week).x;
        float goal = static_cast<float>(std::max(1, ctx.home.weekGoal));
        c.bar(below ? m : l.width - m - barW, wy + l.fonts.body * 1.35f, barW, std::max(4.0f, l.stroke * 0.6f),
              ctx.home.weekDone / goal, colors::kFaint, colors::kAccent);
        if (ctx.home.streakWeeks > 0)
            c.text(f.small, l.fonts.small, wx, wy + l.fonts.body * 1.8f, colors::kDim,
                   std::to_string(ctx.home.streakWeeks) + " " + t.nounFor(ctx.home.streakWeeks, Noun::Week) + " " +
                       t[UiKey::InARow], wa);
        if (below) y = wy + l.fonts.body * 1.8f + (ctx.home.streakWeeks > 0 ? l.fonts.small * 1.2f : 0);
    }

    if (pack.routines.empty()) {
        c.text(f.title, l.fonts.title, l.width / 2, l.height * 0.45f, colors::kWarn, t[UiKey::NoContent], Align::Center);
    }

    // The highlighted routine in detail.
    y = (l.portrait ? y : std::max(y, m + l.fonts.body * 3.2f)) + l.gap;
    const Routine* sel = state.routine();
    float detailW = l.portrait ? l.width - 2 * m : l.width * 0.48f;
    if (sel) {
        Timeline tl = expandRoutine(*sel, pack);
        bool suggested = sel->id == ctx.home.suggestedRoutine;
        if (suggested) {
            y += c.text(f.small, l.fonts.small, m, y, colors::kAccent, t[UiKey::Suggested]);
        }
        y += c.text(f.title, l.fonts.title, m, y, colors::kWhite, sel->title.in(ctx.language),
                    Align::Left, detailW);
        std::string facts = formatDuration(tl.total, t) + "  \xE2\x80\xA2  " + t.focus(sel->focus) +
                            "  \xE2\x80\xA2  " + t.level(sel->level);
        y += c.text(f.body, l.fonts.body, m, y + l.gap * 0.5f, colors::kAccent, facts) + l.gap;
        std::string eq = equipmentOf(*sel, pack);
        if (!eq.empty()) y += c.text(f.small, l.fonts.small, m, y, colors::kSoft, eq) + l.gap * 0.5f;
        y += c.text(f.small, l.fonts.small, m, y, colors::kSoft, sel->description.in(ctx.language),
                    Align::Left, detailW);
    }

    // Every routine, grouped by focus (see mirror/HomeList): the window keeps the highlight
    // in sight, a line above and below says how many routines are out of sight, and the
    // highlight's position ("7 / 20") sits at the top right of the list.
    float listX = l.portrait ? m : l.width * 0.56f;
    float listTop = l.portrait ? std::max(y + l.gap * 2, l.height * 0.52f) : m + l.fonts.body * 3.2f + l.gap;
    // The key hint wraps on a narrow portrait screen rather than run off its edge.
    const float hintW = l.width - 2 * m;
    const float hintExtra = l.portrait ? c.measure(f.small, l.fonts.small, t[UiKey::HomeHint], hintW).y -
                                             c.measure(f.small, l.fonts.small, t[UiKey::HomeHint]).y
                                       : 0.0f;
    float listBottom = l.height - m - hintExtra - l.fonts.small * (l.portrait ? 3.9f : 2.6f);
    float lineH = l.fonts.small * 1.45f;
    const HomeList& list = state.homeList();
    // Two lines are kept for "n more above" (with the position) and "n more below".
    int rowsThatFit = std::max(1, static_cast<int>((listBottom - listTop) / lineH) - 2);
    HomeWindow win = list.window(state.selectedRoutine(), rowsThatFit);
    float listW = l.width - m - listX;
    if (list.count() > 0) {
        int pos = list.positionOf(state.selectedRoutine());
        c.text(f.small, l.fonts.small, l.width - m, listTop, colors::kSoft,
               std::to_string(pos) + " / " + std::to_string(list.count()), Align::Right);
        if (win.hiddenAbove > 0)
            c.text(f.small, l.fonts.small, listX + l.gap, listTop, colors::kSoft,
                   withNumber(t[UiKey::MoreAbove], win.hiddenAbove));
    }
    float rowsTop = listTop + lineH;
    for (size_t i = 0; i < win.rows.size(); ++i) {
        float ly = rowsTop + static_cast<float>(i) * lineH;
        const HomeRow& row = win.rows[i];
        if (row.header) {
            c.text(f.small, l.fonts.small * 0.999f, listX, ly, colors::kDim, t.focus(row.focus));
            continue;
        }
        const Routine& r = pack.routines[row.routine];
        bool selected = row.routine == state.selectedRoutine();
        if (selected)
            c.list().AddRectFilled(c.at(listX - l.gap, ly + lineH * 0.1f), c.at(listX - l.gap * 0.4f, ly + lineH * 0.85f),
                                   colors::kAccent);
        std::string dur = formatDuration(expandRoutine(r, pack).total, t);
        float durW = c.measure(f.small, l.fonts.small, dur).x;
        c.fittedText(f.small, l.fonts.small, l.fonts.small * 0.8f, listX + l.gap, ly,
                     selected ? colors::kWhite : colors::kSoft, r.title.in(ctx.language),
                     listW - durW - l.gap * 3);
        c.text(f.small, l.fonts.small, l.width - m, ly, colors::kDim, dur, Align::Right);
    }
    if (win.hiddenBelow > 0)
        c.text(f.small, l.fonts.small, listX + l.gap, rowsTop + static_cast<float>(rowsThatFit) * lineH, colors::kSoft,
               withNumber(t[UiKey::MoreBelow], win.hiddenBelow));

    // Footer: how to use it, the content version and update status, any problem.
    float fy = l.height - m - l.fonts.small * 1.1f - hintExtra;
    std::string status = ctx.home.contentVersion;
    if (!ctx.home.updateStatus.empty()) status += (status.empty() ? "" : "  \xE2\x80\xA2  ") + ctx.home.updateStatus;
    float statusY = fy;
    if (l.portrait) {
        // Too narrow for both on one line: the status goes above the hint.
        statusY = fy - l.fonts.small * 1.3f;
        c.fittedText(f.small, l.fonts.small, l.fonts.small * 0.8f, m, statusY, colors::kDim, status,
                     l.width - 2 * m);
    } else {
        c.text(f.small, l.fonts.small, l.width - m, fy, colors::kDim, status, Align::Right);
    }
    c.text(f.small, l.fonts.small, m, fy, colors::kDim, t[UiKey::HomeHint], Align::Left, l.portrait ? hintW : 0.0f);
    if (!ctx.problem.empty()) {
        float h = c.measure(f.small, l.fonts.small, ctx.problem, l.width - 2 * m).y;
        c.text(f.small, l.fonts.small, m, statusY - l.fonts.small * 0.3f - h, colors::kWarn, ctx.problem, Align::Left,
               l.width - 2 * m);
    }
}

}  // namespace mc
