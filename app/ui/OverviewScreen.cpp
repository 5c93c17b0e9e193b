// Routine overview: the exercises in order with their doses, the total time, and the
// safety notes and contraindications, read before the routine starts by itself.
// Nothing is dropped for lack of room: a column that does not fit turns pages by
// itself ("1/2"), and the routine waits until every page has been shown once.
#include <algorithm>

#include "ui/Screens.h"
#include "ui/TextLines.h"

namespace mc {
namespace {

constexpr int kMaxNoteLines = 12;  // a routine's own note can run to three sentences

// Entries (each some lines of text) split into pages of `height`.
std::vector<std::vector<size_t>> paginate(const std::vector<float>& heights, float height) {
    std::vector<std::vector<size_t>> pages(1);
    float used = 0;
    for (size_t i = 0; i < heights.size(); ++i) {
        if (used + heights[i] > height && !pages.back().empty()) {
            pages.emplace_back();
            used = 0;
        }
        pages.back().push_back(i);
        used += heights[i];
    }
    return pages;
}

// The routine's note, the contraindications of its exercises and the pack's rules,
// each once. The mirror's own "stop if pain grows" rule is not among them: it heads
// every page.
std::vector<std::string> safetyNotes(const Routine& r, const ContentPack& pack, const std::string& language) {
    std::vector<std::string> notes;
    auto add = [&](const LocalizedText& text) {
        const std::string& s = text.in(language);
        if (!s.empty() && std::find(notes.begin(), notes.end(), s) == notes.end()) notes.push_back(s);
    };
    add(r.safety);
    for (const RoutineItem& item : r.items)
        if (const Exercise* ex = pack.exercise(item.exercise))
            for (const LocalizedText& ci : ex->contraindications) add(ci);
    for (const LocalizedText& s : pack.safety) add(s);
    return notes;
}

struct Column {
    float x, top, bottom, width;
};

// "Before you start  2/3": a heading with the page it shows, when there are several.
float drawHeading(Canvas& c, const Column& col, const char* text, int page, int pages) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    c.text(f.body, l.fonts.body, col.x, col.top, colors::kAccent, text);
    if (pages > 1)
        c.text(f.body, l.fonts.body, col.x + col.width, col.top, colors::kSoft,
               std::to_string(page + 1) + "/" + std::to_string(pages), Align::Right);
    return l.fonts.body + l.gap * 0.5f;
}

// The exercises, a page of them. Returns how many pages the list needs.
int drawExercises(Canvas& c, const Routine& r, const ContentPack& pack, const ReadingPace& reading,
                  const ViewContext& ctx, const Locale& t, const Column& col, int page, bool draw) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float lineH = l.fonts.small * 1.25f;
    const float numW = c.measure(f.small, l.fonts.small, "00.").x + l.gap * 0.5f;
    struct Row { std::string name, dose; bool twoLines; int doseLines; };
    std::vector<Row> rows;
    std::vector<float> heights;
    for (const RoutineItem& item : r.items) {
        const Exercise* ex = pack.exercise(item.exercise);
        if (!ex) continue;
        Row row{ex->name.in(ctx.language), formatDose(item.dose, ex->sided, t), false, 1};
        float need = c.measure(f.small, l.fonts.small, row.name).x + c.measure(f.small, l.fonts.small, row.dose).x;
        row.twoLines = numW + need + l.gap * 2 > col.width;
        // On its own line a long dose ("30 s hold, each side" in Russian) may take two.
        if (row.twoLines)
            row.doseLines = static_cast<int>(breakLines(f.small, l.fonts.small, row.dose, col.width - numW, 2).size());
        heights.push_back(lineH * (row.twoLines ? 1.0f + static_cast<float>(row.doseLines) : 1.0f) + l.gap * 0.2f);
        rows.push_back(std::move(row));
    }
    const float head = l.fonts.body + l.gap * 0.5f;
    auto pages = paginate(heights, col.bottom - col.top - head);
    if (!draw) return static_cast<int>(pages.size());
    page %= static_cast<int>(pages.size());
    float y = col.top + drawHeading(c, col, formatDuration(expandRoutine(r, pack, reading).total, t).c_str(), page,
                                   static_cast<int>(pages.size()));
    for (size_t i : pages[static_cast<size_t>(page)]) {
        const Row& row = rows[i];
        c.text(f.small, l.fonts.small, col.x, y, colors::kQuiet, std::to_string(i + 1) + ".");
        if (row.twoLines) {
            drawLines(c, f.small, l.fonts.small, col.x + numW, y, colors::kWhite, row.name, col.width - numW, 1);
            drawLines(c, f.small, l.fonts.small, col.x + numW, y + lineH, colors::kSoft, row.dose, col.width - numW,
                      row.doseLines, Align::Left, lineH);
        } else {
            c.text(f.small, l.fonts.small, col.x + numW, y, colors::kWhite, row.name);
            c.text(f.small, l.fonts.small, col.x + col.width, y, colors::kSoft, row.dose, Align::Right);
        }
        y += heights[i];
    }
    return static_cast<int>(pages.size());
}

// The safety notes, a page of them, under the mirror's own rule. Returns the pages needed.
int drawSafety(Canvas& c, const Routine& r, const ContentPack& pack, const ViewContext& ctx, const Locale& t,
               const Column& col, int page, bool draw) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float lineH = l.fonts.small * 1.1f;
    std::vector<std::string> notes = safetyNotes(r, pack, ctx.language);
    for (std::string& n : notes) n = "\xE2\x80\xA2 " + n;
    const std::string first = t[UiKey::StopIf];
    const float head = l.fonts.body + l.gap * 0.5f;
    const float firstH = linesHeight(f.body, l.fonts.body, first, col.width, 3, l.fonts.body * 1.1f) + l.gap * 0.5f;
    const float room = col.bottom - col.top - head - firstH;
    // A note longer than a whole page (never in the bundled pack) is cut to the page.
    const int maxLines = std::clamp(static_cast<int>((room - l.fonts.small) / lineH) + 1, 1, kMaxNoteLines);
    std::vector<float> heights;
    for (const std::string& n : notes)
        heights.push_back(linesHeight(f.small, l.fonts.small, n, col.width, maxLines, lineH) + l.gap * 0.4f);
    auto pages = paginate(heights, room);
    if (!draw) return static_cast<int>(pages.size());
    page %= static_cast<int>(pages.size());
    float y = col.top + drawHeading(c, col, t[UiKey::BeforeYouStart], page, static_cast<int>(pages.size()));
    y += drawLines(c, f.body, l.fonts.body, col.x, y, colors::kWhite, first, col.width, 3, Align::Left,
                   l.fonts.body * 1.1f) + l.gap * 0.5f;
    for (size_t i : pages[static_cast<size_t>(page)]) {
        drawLines(c, f.small, l.fonts.small, col.x, y, colors::kSoft, notes[i], col.width, maxLines, Align::Left,
                  lineH);
        y += heights[i];
    }
    return static_cast<int>(pages.size());
}

}  // namespace

int drawOverviewScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const Routine* r = state.routine();
    if (!r) return 1;
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const ContentPack& pack = state.content();
    const float m = l.margin;
    const float width = l.width - 2 * m;

    float y = m;
    y += drawLines(c, f.title, l.fonts.title, m, y, colors::kWhite, r->title.in(ctx.language), width, 2, Align::Left,
                   l.fonts.title * 0.95f) + l.gap * 0.4f;
    std::string facts = std::to_string(r->items.size()) + " " +
                        t.nounFor(static_cast<int>(r->items.size()), Noun::Exercise) + "  \xE2\x80\xA2  " +
                        t.focus(r->focus) + "  \xE2\x80\xA2  " + t.level(r->level);
    y += drawLines(c, f.body, l.fonts.body, m, y, colors::kAccent, facts, width, 2, Align::Left, l.fonts.body * 1.1f) +
         l.gap * 0.4f;
    std::string equipment = equipmentLine(*r, pack, t);
    if (!equipment.empty())
        y += drawLines(c, f.small, l.fonts.small, m, y, colors::kQuiet, equipment, width, 2, Align::Left,
                       l.fonts.small * 1.1f);
    y += l.gap * 0.8f;

    // The routine starts by itself: say when, with the keys to start now or go back.
    const float startsY = l.bottom - l.fonts.body;
    std::string starts = std::string(t[UiKey::StartsIn]) + " " +
                         std::to_string(secondsLeft(state.overviewRemaining(ctx.now))) + " " + t[UiKey::Seconds];
    c.text(f.body, l.fonts.body, m, startsY, colors::kWhite, starts);
    float contentBottom = startsY - l.gap;
    float hintW = c.measure(f.small, l.fonts.small, t[UiKey::StartHint]).x;
    if (c.measure(f.body, l.fonts.body, starts).x + hintW + l.gap * 2 <= width) {
        c.text(f.small, l.fonts.small, l.width - m, startsY + (l.fonts.body - l.fonts.small), colors::kQuiet,
               t[UiKey::StartHint], Align::Right);
    } else {
        const float hintH = linesHeight(f.small, l.fonts.small, t[UiKey::StartHint], width, 2, l.fonts.small * 1.1f);
        contentBottom -= hintH;
        drawLines(c, f.small, l.fonts.small, m, contentBottom, colors::kQuiet, t[UiKey::StartHint], width, 2, Align::Left,
                  l.fonts.small * 1.1f);
        contentBottom -= l.gap;
    }

    // Landscape: two columns (exercises | safety) turning pages together. Portrait is
    // too narrow for both: the exercises' pages come first, then the safety pages, each
    // with the whole height.
    Column list{m, y, contentBottom, width}, safety{m, y, contentBottom, width};
    if (!l.portrait) {
        list.width = safety.width = (width - m) / 2;
        safety.x = m + list.width + m;
    }
    const int listPages = drawExercises(c, *r, pack, state.timings().reading, ctx, t, list, 0, false);
    const int safetyPages = drawSafety(c, *r, pack, ctx, t, safety, 0, false);
    const int page = state.overviewPage(ctx.now);
    if (!l.portrait) {
        drawExercises(c, *r, pack, state.timings().reading, ctx, t, list, page, true);
        drawSafety(c, *r, pack, ctx, t, safety, page, true);
        return std::max(listPages, safetyPages);
    }
    const int pages = listPages + safetyPages;
    const int p = page % pages;
    if (p < listPages) {
        drawExercises(c, *r, pack, state.timings().reading, ctx, t, list, p, true);
    } else {
        drawSafety(c, *r, pack, ctx, t, safety, p - listPages, true);
    }
    return pages;
}

}  // namespace mc
