// Home: the clock, this week, the highlighted routine in detail, and every routine
// grouped by focus. Nothing here needs a touch: Enter opens the highlighted routine.
// Portrait stacks clock, detail and list; landscape gives the list its own column and
// uses the room under the detail to preview the routine's exercises.
#include <algorithm>
#include <cstdio>

#include "ui/PairingCard.h"
#include "ui/Screens.h"
#include "ui/TextLines.h"

namespace mc {
namespace {

// "▲ {1} more" with the number filled in.
std::string withNumber(std::string_view pattern, int n) {
    std::string out(pattern);
    if (size_t at = out.find("{1}"); at != std::string::npos) out.replace(at, 3, std::to_string(n));
    return out;
}

// A list group's name: a content focus, or one of the two groups home adds.
std::string groupName(const std::string& focus, const Locale& t) {
    if (focus == HomeList::kSuggestedGroup) return t[UiKey::Suggested];
    if (focus == HomeList::kApartGroup) return t[UiKey::NotForProfile];
    return t.focus(focus);
}

// The household as a row of names, the current person lit and underlined; the key that
// switches sits at the right. Nothing without profiles. Returns the y below.
float drawHousehold(Canvas& c, const MirrorState& state, const Locale& t, float y) {
    const auto& people = state.household();
    if (people.empty()) return y;
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    const Profile* current = state.currentProfile();
    std::string hint = t[UiKey::ProfileHint];
    float hintW = c.measure(f.small, l.fonts.small, hint).x;
    float right = l.width - m;
    if (!l.portrait) {
        c.text(f.small, l.fonts.small, right, y + (l.fonts.body - l.fonts.small) * 0.5f, colors::kQuiet, hint, Align::Right);
        right -= hintW + l.gap * 2;
    }
    float x = m;
    for (const Profile& p : people) {
        const bool lit = current && p.id == current->id;
        float w = c.measure(lit ? f.title : f.body, l.fonts.body, p.name).x;
        if (x + w > right) break;  // the rest are reached by switching
        c.text(lit ? f.title : f.body, l.fonts.body, x, y, lit ? colors::kWhite : colors::kQuiet, p.name);
        if (lit) c.bar(x, y + l.fonts.body * 1.08f, w, std::max(4.0f, l.stroke * 0.4f), 1.0f, colors::kAccent, colors::kAccent);
        x += w + l.gap * 1.6f;
    }
    // Portrait has no line to spare for the keys: the list needs it (README lists them).
    return y + l.fonts.body * 1.3f + l.gap * 0.5f;
}

// "Today: week 2, session 1 of 3 — Strong back" or "Rest day — next session tomorrow".
float drawToday(Canvas& c, const MirrorState& state, const ViewContext& ctx, float y, float width) {
    const HomeAdvice& a = state.advice();
    if (a.todayLine.empty()) return y;
    const Layout& l = c.layout();
    std::string line = a.todayLine;
    // The routine is named unless it is the one highlighted: its title follows in big.
    const Routine* sel = state.routine();
    for (const Routine& r : state.content().routines)
        if (r.id == a.suggestedRoutine && (!sel || sel->id != r.id)) line += "  \xE2\x80\x94  " + r.title.in(ctx.language);
    return y + drawLines(c, c.fonts().title, l.fonts.body, l.margin, y, colors::kAccent, line, width, 2, Align::Left,
                         l.fonts.body * 1.1f) + l.gap * 0.6f;
}

// Starting a routine that does not suit asks first, over the whole screen.
void drawConfirmation(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const Routine* r = state.routine();
    if (!r) return;
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin, width = l.width - 2 * m, cx = l.width / 2;
    c.list().AddRectFilled(c.at(0, 0), c.at(l.width, l.height), colors::kBlack);
    float y = l.height * (l.portrait ? 0.25f : 0.18f);
    y += drawLines(c, f.body, l.fonts.body, cx, y, colors::kSoft, r->title.in(ctx.language), width, 2, Align::Center,
                   l.fonts.body * 1.1f) + l.gap;
    y += drawLines(c, f.title, l.fonts.title, cx, y, colors::kWarn, state.unsuitableReason(*r), width, 4,
                   Align::Center, l.fonts.title * 1.0f) + l.gap * 1.5f;
    y += drawLines(c, f.title, l.fonts.title, cx, y, colors::kWhite, t[UiKey::StartAnyway], width, 2, Align::Center,
                   l.fonts.title) + l.gap * 2;
    drawLines(c, f.small, l.fonts.small, cx, y, colors::kQuiet, t[UiKey::ConfirmHint], width, 2, Align::Center,
              l.fonts.small * 1.1f);
}

// The clock (top left) and this week (top right). Returns the y below them.
float drawClockAndWeek(Canvas& c, const ViewContext& ctx, const Locale& t) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    float clockSize = l.fonts.title * 1.35f;
    if (ctx.clockMinutes >= 0) {
        char clock[8];
        std::snprintf(clock, sizeof clock, "%02d:%02d", ctx.clockMinutes / 60 % 24, ctx.clockMinutes % 60);
        c.text(f.huge, clockSize, m, m, colors::kWhite, clock);
    }
    // "This week: 1 of 3 sessions" and a bar; on a narrow screen "This week" goes above.
    float x = l.width - m;
    float y = m;
    std::string count = std::to_string(ctx.home.weekDone) + " / " + std::to_string(ctx.home.weekGoal);
    std::string label = std::string(t[UiKey::ThisWeek]) + ": " + t.outOf(ctx.home.weekDone, ctx.home.weekGoal, Noun::Session);
    if (l.portrait) {
        c.text(f.small, l.fonts.small, x, y, colors::kQuiet, t[UiKey::ThisWeek], Align::Right);
        y += l.fonts.small * 1.05f;
        label = count;
    }
    c.text(f.body, l.fonts.body, x, y, colors::kWhite, label, Align::Right);
    y += l.fonts.body * 1.15f;
    float barW = std::max(c.measure(f.body, l.fonts.body, label).x, l.portrait ? l.width * 0.3f : 0.0f);
    float goal = static_cast<float>(std::max(1, ctx.home.weekGoal));
    c.bar(x - barW, y, barW, std::max(6.0f, l.stroke * 0.6f), ctx.home.weekDone / goal, colors::kFaint,
          colors::kAccent);
    y += std::max(6.0f, l.stroke * 0.6f) + l.gap * 0.5f;
    if (ctx.home.streakWeeks > 0) {
        std::string streak = std::to_string(ctx.home.streakWeeks) + " " +
                             t.nounFor(ctx.home.streakWeeks, Noun::Week) + " " + t[UiKey::InARow];
        c.text(f.small, l.fonts.small, x, y, colors::kQuiet, streak, Align::Right);
        y += l.fonts.small;
    }
    return std::max(y, m + clockSize * 0.95f) + l.gap;
}

// The highlighted routine: "Suggested", its title, facts and equipment, and (when
// `descriptionLines` > 0) its description. Returns the y below.
float drawDetail(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t, float y, float width,
                 int descriptionLines) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const ContentPack& pack = state.content();
    const Routine* sel = state.routine();
    const float m = l.margin;
    if (!sel) return y;
    if (sel->id == ctx.home.suggestedRoutine && state.advice().todayLine.empty())
        y += c.text(f.small, l.fonts.small, m, y, colors::kAccent, t[UiKey::Suggested]) + l.gap * 0.2f;
    y += drawLines(c, f.title, l.fonts.title, m, y, colors::kWhite, sel->title.in(ctx.language), width, 2,
                   Align::Left, l.fonts.title * 0.95f) + l.gap * 0.4f;
    std::string facts = formatDuration(expandRoutine(*sel, pack, state.timings().reading).total, t) + "  \xE2\x80\xA2  " + t.focus(sel->focus) +
                        "  \xE2\x80\xA2  " + t.level(sel->level);
    y += drawLines(c, f.body, l.fonts.body, m, y, colors::kAccent, facts, width, l.portrait ? 2 : 1, Align::Left,
                   l.fonts.body * 1.1f) + l.gap * 0.4f;
    if (std::string why = state.unsuitableReason(*sel); !why.empty())
        y += drawLines(c, f.body, l.fonts.body, m, y, colors::kWarn, why, width, 2, Align::Left,
                       l.fonts.body * 1.1f) + l.gap * 0.4f;
    std::string eq = equipmentLine(*sel, pack, t);
    if (!eq.empty())
        y += drawLines(c, f.small, l.fonts.small, m, y, colors::kQuiet, eq, width, l.portrait ? 2 : 1, Align::Left,
                       l.fonts.small * 1.1f) + l.gap * 0.4f;
    if (descriptionLines > 0)
        y += drawLines(c, f.small, l.fonts.small, m, y, colors::kSoft, sel->description.in(ctx.language), width,
                       descriptionLines, Align::Left, l.fonts.small * 1.12f) + l.gap * 0.6f;
    return y;
}

// The highlighted routine's exercises, in the room left under the detail (landscape).
void drawPreview(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t, float y, float bottom,
                 float width) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const Routine* sel = state.routine();
    if (!sel) return;
    const float m = l.margin, lineH = l.fonts.small * 1.25f;
    const int fit = static_cast<int>((bottom - y) / lineH);
    const int items = static_cast<int>(sel->items.size());
    for (int i = 0; i < items && i < fit; ++i) {
        if (i == fit - 1 && fit < items) {
            c.text(f.small, l.fonts.small, m, y, colors::kQuiet, withNumber(t[UiKey::MoreBelow], items - i));
            return;
        }
        const Exercise* e = state.content().exercise(sel->items[static_cast<size_t>(i)].exercise);
        if (!e) continue;
        std::string line = std::to_string(i + 1) + ".  " + e->name.in(ctx.language);
        drawLines(c, f.small, l.fonts.small, m, y, colors::kSoft, line, width, 1);
        y += lineH;
    }
}

// Every routine, grouped by focus (see mirror/HomeList): the window keeps the highlight
// in sight, a line above and below says how many routines are out of sight, and the
// highlight's position ("7 / 20") sits at the top right of the list.
void drawRoutineList(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t, float x, float top,
                     float bottom) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const ContentPack& pack = state.content();
    const HomeList& list = state.homeList();
    if (list.count() == 0) return;
    const float right = l.width - l.margin;
    const float lineH = l.fonts.small * 1.4f;
    const float width = right - x;
    // Two lines are kept for "n more above" (with the position) and "n more below".
    int rows = std::max(1, static_cast<int>((bottom - top) / lineH) - 2);
    HomeWindow win = list.window(state.selectedRoutine(), rows);
    int pos = list.positionOf(state.selectedRoutine());
    c.text(f.small, l.fonts.small, right, top, colors::kSoft, std::to_string(pos) + " / " + std::to_string(list.count()),
           Align::Right);
    if (win.hiddenAbove > 0) c.text(f.small, l.fonts.small, x, top, colors::kSoft, withNumber(t[UiKey::MoreAbove], win.hiddenAbove));
    float y = top + lineH;
    const float bar = std::max(6.0f, l.gap * 0.5f);
    const float indent = bar + l.gap * 0.6f;
    for (const HomeRow& row : win.rows) {
        if (row.header) {
            c.text(f.title, l.fonts.small, x, y, colors::kAccent, groupName(row.focus, t));
            y += lineH;
            continue;
        }
        const Routine& r = pack.routines[static_cast<size_t>(row.routine)];
        bool selected = row.routine == state.selectedRoutine();
        if (selected) c.list().AddRectFilled(c.at(x, y + lineH * 0.05f), c.at(x + bar, y + l.fonts.small * 0.95f), colors::kAccent);
        // Portrait has no room for durations beside titles; the detail above shows it.
        std::string dur = l.portrait ? "" : formatDuration(expandRoutine(r, pack, state.timings().reading).total, t);
        float durW = dur.empty() ? 0 : c.measure(f.small, l.fonts.small, dur).x + l.gap;
        drawLines(c, f.small, l.fonts.small, x + indent, y, selected ? colors::kWhite : colors::kSoft,
                  r.title.in(ctx.language), width - indent - durW, 1);
        if (!dur.empty()) c.text(f.small, l.fonts.small, right, y, colors::kQuiet, dur, Align::Right);
        y += lineH;
    }
    if (win.hiddenBelow > 0) c.text(f.small, l.fonts.small, x, y, colors::kSoft, withNumber(t[UiKey::MoreBelow], win.hiddenBelow));
}

// The key hint, the content version and update status, and any problem, bottom up.
// Returns the y above them.
float drawFooter(Canvas& c, const ViewContext& ctx, const Locale& t) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin, width = l.width - 2 * m, lineH = l.fonts.small * 1.1f;
    std::string status = ctx.home.contentVersion;
    if (!ctx.home.updateStatus.empty()) status += (status.empty() ? "" : "  \xE2\x80\xA2  ") + ctx.home.updateStatus;
    float y = l.bottom;
    float hintW = c.measure(f.small, l.fonts.small, t[UiKey::HomeHint]).x;
    float statusW = c.measure(f.small, l.fonts.small, status).x;
    if (hintW + statusW + l.gap * 2 <= width) {
        y -= l.fonts.small;
        c.text(f.small, l.fonts.small, m, y, colors::kQuiet, t[UiKey::HomeHint]);
        c.text(f.small, l.fonts.small, l.width - m, y, colors::kQuiet, status, Align::Right);
    } else {
        float h = linesHeight(f.small, l.fonts.small, t[UiKey::HomeHint], width, 2, lineH);
        y -= h;
        drawLines(c, f.small, l.fonts.small, m, y, colors::kQuiet, t[UiKey::HomeHint], width, 2, Align::Left, lineH);
        if (!status.empty()) {
            y -= l.fonts.small + l.gap * 0.4f;
            drawLines(c, f.small, l.fonts.small, m, y, colors::kQuiet, status, width, 1);
        }
    }
    if (!ctx.problem.empty()) {
        float h = linesHeight(f.small, l.fonts.small, ctx.problem, width, 3, lineH);
        y -= h + l.gap * 0.4f;
        drawLines(c, f.small, l.fonts.small, m, y, colors::kWarn, ctx.problem, width, 3, Align::Left, lineH);
    }
    return y - l.gap;
}

}  // namespace

void drawHomeScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    if (state.confirmingUnsuitable()) {
        drawConfirmation(c, state, ctx, t);
        return;
    }
    float y = drawClockAndWeek(c, ctx, t);
    y = drawHousehold(c, state, t, y);
    float footerTop = drawFooter(c, ctx, t);
    // The phone remote's pairing code, when it is on: bottom left, above the footer.
    if (ctx.pairing) {
        const float side = std::min(l.width, l.height) * 0.2f;
        footerTop = drawPairingCard(c, *ctx.pairing, m, footerTop, side) - l.gap;
    }
    if (state.content().routines.empty()) {
        drawLines(c, f.title, l.fonts.title, l.width / 2, l.height * 0.42f, colors::kWarn, t[UiKey::NoContent],
                  l.width - 2 * m, 2, Align::Center);
        return;
    }
    if (l.portrait) {
        y = drawToday(c, state, ctx, y, l.width - 2 * m);
        y = drawDetail(c, state, ctx, t, y + l.gap * 0.5f, l.width - 2 * m, 0) + l.gap;
        drawRoutineList(c, state, ctx, t, m, y, footerTop);
        return;
    }
    float columnW = l.width * 0.5f - m;
    float listX = l.width * 0.55f;
    float listTop = std::max(y, m + l.fonts.body * 2.6f + l.gap);
    y = drawToday(c, state, ctx, y, columnW);
    y = drawDetail(c, state, ctx, t, y, columnW, 3);
    drawPreview(c, state, ctx, t, y, footerTop, columnW);
    drawRoutineList(c, state, ctx, t, listX, listTop, footerTop);
}

}  // namespace mc
