// The full instructions of an exercise, opened with a key while the routine pauses:
// everything the short setup line leaves out, and the exercise's cautions.
#include "ui/PlayerParts.h"
#include "ui/TextLines.h"

namespace mc {

void drawHowToPage(Canvas& c, const PlayerScene& s) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    const float width = l.width - 2 * m;
    float y = m;
    y += drawLines(c, f.body, l.fonts.body, m, y, colors::kAccent, s.t[UiKey::HowTo], width, 1) + l.gap * 0.5f;
    y += drawLines(c, f.title, l.fonts.title, m, y, colors::kWhite, s.exercise.name.in(s.language()), width, 2,
                   Align::Left, l.fonts.title * 0.95f) + l.gap;

    // What is left for text above the closing hint, shared by instructions and cautions.
    const float hintY = l.bottom - l.fonts.small;
    const float lineH = l.fonts.body * 1.12f;
    float room = hintY - l.gap - y;
    std::string eq = equipmentLine(s.exercise, s.t);
    if (!eq.empty()) {
        y += drawLines(c, f.small, l.fonts.small, m, y, colors::kQuiet, eq, width, 2, Align::Left, l.fonts.small * 1.1f) +
             l.gap * 0.6f;
        room = hintY - l.gap - y;
    }
    std::vector<std::string> cautions;
    for (const LocalizedText& ct : s.exercise.cautions) cautions.push_back(ct.in(s.language()));
    float cautionsH = 0;
    for (const std::string& ct : cautions)
        cautionsH += linesHeight(f.small, l.fonts.small, "\xE2\x80\xA2 " + ct, width, 2, l.fonts.small * 1.1f) + l.gap * 0.3f;
    if (!cautions.empty()) cautionsH += l.fonts.small + l.gap * 0.5f;
    int instructionLines = std::max(2, static_cast<int>((room - std::min(cautionsH, room * 0.4f)) / lineH));
    y += drawLines(c, f.body, l.fonts.body, m, y, colors::kWhite, s.exercise.instructions.in(s.language()), width,
                   instructionLines, Align::Left, lineH) + l.gap;
    if (!cautions.empty() && y + l.fonts.small * 2 < hintY) {
        y += drawLines(c, f.small, l.fonts.small, m, y, colors::kAccent, s.t[UiKey::Careful], width, 1) + l.gap * 0.4f;
        for (const std::string& ct : cautions) {
            std::string line = "\xE2\x80\xA2 " + ct;
            if (y + linesHeight(f.small, l.fonts.small, line, width, 2, l.fonts.small * 1.1f) > hintY - l.gap) break;
            y += drawLines(c, f.small, l.fonts.small, m, y, colors::kSoft, line, width, 2, Align::Left,
                           l.fonts.small * 1.1f) + l.gap * 0.3f;
        }
    }
    drawLines(c, f.small, l.fonts.small, m, hintY, colors::kQuiet, s.t[UiKey::HowToClose], width, 1);
}

}  // namespace mc
