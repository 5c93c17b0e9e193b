// Routine overview: the exercises in order with their doses, the total time, and the
// safety notes and contraindications, read before the routine starts by itself.
#include <algorithm>
#include <set>

#include "ui/Screens.h"

namespace mc {

void drawOverviewScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const Routine* r = state.routine();
    if (!r) return;
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const ContentPack& pack = state.content();
    const float m = l.margin;
    Timeline tl = expandRoutine(*r, pack);

    float y = m;
    y += c.text(f.title, l.fonts.title, m, y, colors::kWhite, r->title.in(ctx.language), Align::Left, l.width - 2 * m);
    std::string facts = formatDuration(tl.total, t) + "  \xE2\x80\xA2  " + std::to_string(r->items.size()) + " " +
                        t.nounFor(static_cast<int>(r->items.size()), Noun::Exercise) + "  \xE2\x80\xA2  " + t.focus(r->focus) + "  \xE2\x80\xA2  " + t.level(r->level);
    y += c.fittedText(f.body, l.fonts.body, l.fonts.small, m, y + l.gap * 0.3f, colors::kAccent, facts,
                      l.width - 2 * m) + l.gap * 1.5f;

    // Two columns in landscape (exercises | safety), stacked in portrait.
    float colW = l.portrait ? l.width - 2 * m : (l.width - 3 * m) / 2;
    float safetyX = l.portrait ? m : m * 2 + colW;
    float bottom = l.height - m - l.fonts.body * (l.portrait ? 3.6f : 2.6f);
    float listBottom = l.portrait ? l.height * 0.58f : bottom;

    float ly = y;
    float lineH = l.fonts.small * 1.4f;
    int shown = 0;
    for (size_t i = 0; i < r->items.size(); ++i) {
        if (ly + lineH > listBottom) {
            c.text(f.small, l.fonts.small, m, ly, colors::kDim, "+ " + std::to_string(r->items.size() - i));
            break;
        }
        const RoutineItem& item = r->items[i];
        const Exercise* ex = pack.exercise(item.exercise);
        if (!ex) continue;
        std::string num = std::to_string(i + 1) + ".";
        c.text(f.small, l.fonts.small, m, ly, colors::kDim, num);
        float numW = c.measure(f.small, l.fonts.small, "00.").x + l.gap * 0.5f;
        std::string dose = formatDose(item.dose, ex->sided, t);
        float doseW = c.measure(f.small, l.fonts.small, dose).x;
        bool fitsOneLine = numW + c.measure(f.small, l.fonts.small, ex->name.in(ctx.language)).x + doseW + l.gap * 2 < colW;
        c.fittedText(f.small, l.fonts.small, l.fonts.small * 0.85f, m + numW, ly, colors::kWhite,
                     ex->name.in(ctx.language), fitsOneLine ? colW - numW - doseW - l.gap : colW - numW);
        if (fitsOneLine) {
            c.text(f.small, l.fonts.small, m + colW, ly, colors::kSoft, dose, Align::Right);
        } else {
            ly += lineH;
            c.text(f.small, l.fonts.small, m + numW, ly, colors::kSoft, dose);
        }
        ly += lineH;
        ++shown;
    }

    // Safety: the routine's note, the pack's rules, and the contraindications of its exercises.
    float sy = l.portrait ? listBottom + l.gap : y;
    sy += c.text(f.body, l.fonts.body, safetyX, sy, colors::kAccent, t[UiKey::BeforeYouStart]) + l.gap * 0.5f;
    std::vector<std::string> notes;
    auto add = [&](const LocalizedText& text) {
        const std::string& s = text.in(ctx.language);
        if (!s.empty() && std::find(notes.begin(), notes.end(), s) == notes.end()) notes.push_back(s);
    };
    add(r->safety);
    for (const RoutineItem& item : r->items)
        if (const Exercise* ex = pack.exercise(item.exercise))
            for (const LocalizedText& ci : ex->contraindications) add(ci);
    for (const LocalizedText& s : pack.safety) add(s);
    if (notes.empty()) notes.push_back(t[UiKey::StopIf]);
    for (const std::string& note : notes) {
        std::string line = "\xE2\x80\xA2 " + note;
        float h = c.measure(f.small, l.fonts.small, line, colW).y;
        if (sy + h > bottom) break;
        sy += c.text(f.small, l.fonts.small, safetyX, sy, colors::kSoft, line, Align::Left, colW) + l.gap * 0.4f;
    }

    // The routine starts by itself: say when.
    float fy = l.height - m - l.fonts.body * 1.2f;
    std::string starts = std::string(t[UiKey::StartsIn]) + " " + std::to_string(secondsLeft(state.overviewRemaining(ctx.now))) +
                         " " + t[UiKey::Seconds];
    c.text(f.body, l.fonts.body, m, fy, colors::kWhite, starts);
    if (l.portrait) {  // too narrow for both on one line: the hint goes above
        c.text(f.small, l.fonts.small, m, fy - l.fonts.small * 1.4f, colors::kDim, t[UiKey::StartHint]);
    } else {
        c.text(f.small, l.fonts.small, l.width - m, fy + (l.fonts.body - l.fonts.small) * 0.5f, colors::kDim,
               t[UiKey::StartHint], Align::Right);
    }
}

}  // namespace mc
