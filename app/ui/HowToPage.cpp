// The full instructions of an exercise, opened with a key while the routine pauses:
// everything the short setup line leaves out, and the exercise's cautions. In
// landscape the start and end poses stand beside the text.
#include <algorithm>

#include "ui/PlayerParts.h"
#include "ui/TextLines.h"

namespace mc {
namespace {

constexpr int kMaxLines = 40;  // more than any screen holds: the room decides

}  // namespace

void drawHowToPage(Canvas& c, const PlayerScene& s) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    float y = m;
    y += drawLines(c, f.body, l.fonts.body, m, y, colors::kAccent, s.t[UiKey::HowTo], l.width - 2 * m, 1) + l.gap * 0.5f;
    y += drawLines(c, f.title, l.fonts.title, m, y, colors::kWhite, s.exercise.name.in(s.language()), l.width - 2 * m, 2,
                   Align::Left, l.fonts.title * 0.95f) + l.gap;

    const float hintY = l.bottom - l.fonts.small;
    drawLines(c, f.small, l.fonts.small, m, hintY, colors::kQuiet, s.t[UiKey::HowToClose], l.width - 2 * m, 1);
    const float bottom = hintY - l.gap;
    const float width = l.portrait ? l.width - 2 * m : l.width * 0.58f - m;
    if (!l.portrait) {
        float posesX = m + width + l.gap * 2;
        drawPosePair(c, s, posesX, y, l.width - m - posesX, bottom - y, true);
    }

    std::string eq = equipmentLine(s.exercise, s.t);
    const float smallLine = l.fonts.small * 1.1f;
    if (!eq.empty())
        y += drawLines(c, f.small, l.fonts.small, m, y, colors::kQuiet, eq, width, 2, Align::Left, smallLine) + l.gap * 0.6f;

    std::vector<std::string> cautions;
    for (const LocalizedText& ct : s.exercise.cautions) cautions.push_back("\xE2\x80\xA2 " + ct.in(s.language()));
    float cautionsH = 0;
    for (const std::string& ct : cautions)
        cautionsH += linesHeight(f.small, l.fonts.small, ct, width, kMaxLines, smallLine) + l.gap * 0.3f;
    if (!cautions.empty()) cautionsH += l.fonts.body + l.gap * 0.8f;

    // The instructions at body size when everything fits, else in the smaller size.
    const std::string& text = s.exercise.instructions.in(s.language());
    ImFont* font = f.body;
    float size = l.fonts.body, lineH = l.fonts.body * 1.12f;
    if (y + linesHeight(font, size, text, width, kMaxLines, lineH) + l.gap + cautionsH > bottom) {
        font = f.small;
        size = l.fonts.small;
        lineH = smallLine;
    }
    int lines = std::max(1, static_cast<int>((bottom - y - std::min(cautionsH, (bottom - y) * 0.45f) - size) / lineH) + 1);
    y += drawLines(c, font, size, m, y, colors::kWhite, text, width, lines, Align::Left, lineH) + l.gap;

    if (cautions.empty() || y + l.fonts.body + l.fonts.small > bottom) return;
    y += drawLines(c, f.body, l.fonts.body, m, y, colors::kAccent, s.t[UiKey::Careful], width, 1) + l.gap * 0.4f;
    for (const std::string& ct : cautions) {
        int room = static_cast<int>((bottom - y - l.fonts.small) / smallLine) + 1;
        if (room < 1) break;
        y += drawLines(c, f.small, l.fonts.small, m, y, colors::kSoft, ct, width, room, Align::Left, smallLine) +
             l.gap * 0.3f;
    }
}

}  // namespace mc
