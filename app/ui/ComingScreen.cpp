// The "how to" screen of get-ready, rests and side switches: what comes next, in
// large type, how to get into position, what is needed, and the start and end poses,
// with the countdown to it. Portrait stacks it all; landscape puts the timer right.
#include <algorithm>

#include "ui/PlayerParts.h"
#include "ui/TextLines.h"

namespace mc {
namespace {

const char* headingOf(PhaseKind k, const Locale& t) {
    switch (k) {
    case PhaseKind::GetReady: return t[UiKey::GetReady];
    case PhaseKind::SwitchSides: return t[UiKey::SwitchSides];
    default: return t[UiKey::Rest];
    }
}

// "Rest  •  Next up", or "Get ready" / "Switch sides" alone.
std::string headingLine(const PlayerScene& s) {
    std::string h = headingOf(s.view.phase->kind, s.t);
    if (s.view.phase->kind == PhaseKind::SetRest || s.view.phase->kind == PhaseKind::ExerciseRest)
        h += std::string("  \xE2\x80\xA2  ") + s.t[UiKey::NextUp];
    return h;
}

// "12 repetitions", "30 s hold": one side of one set, which is what comes next.
std::string doseLine(const PlayerScene& s) {
    Dose one = s.item.dose;
    one.sets = 1;
    return formatDose(one, false, s.t);
}

// Heading, name, side/set and dose, setup and equipment, top-down from y in a column
// of `width`; `setupLines` caps the setup text. Returns the height used.
float drawTextColumn(Canvas& c, const PlayerScene& s, float x, float y, float width, int setupLines, bool draw,
                     bool& hintPlaced) {
    bool hintBeside = true;
    hintPlaced = false;
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float top = y;
    auto lines = [&](ImFont* font, float size, ImU32 color, const std::string& text, int max, float lineH) {
        if (text.empty()) return 0.0f;
        return draw ? drawLines(c, font, size, x, y, color, text, width, max, Align::Left, lineH)
                    : linesHeight(font, size, text, width, max, lineH);
    };
    // The heading, with the how-to key's hint at the right when both fit on the row.
    std::string heading = headingLine(s);
    float hintW = c.measure(f.small, l.fonts.small, s.t[UiKey::HowToHint]).x;
    if (hintBeside && c.measure(f.body, l.fonts.body, heading).x + hintW + l.gap * 2 <= width) {
        if (draw) c.text(f.small, l.fonts.small, x + width, y + (l.fonts.body - l.fonts.small), colors::kQuiet,
                         s.t[UiKey::HowToHint], Align::Right);
        hintBeside = false;
        hintPlaced = true;
    }
    y += lines(f.body, l.fonts.body, colors::kAccent, heading, 1, 0) + l.gap * 0.5f;
    y += lines(f.title, l.fonts.title, colors::kWhite, s.exercise.name.in(s.language()), 2, l.fonts.title * 0.95f);
    y += l.gap * 0.5f;

    std::string side = sideLabel(s);
    std::string rest = s.view.phase->kind == PhaseKind::SetRest ? setLabel(*s.view.phase, s.t) : "";
    std::string dose = doseLine(s);
    std::string detail = rest.empty() ? dose : rest + "  \xE2\x80\xA2  " + dose;
    float sideW = side.empty() ? 0 : c.measure(f.title, l.fonts.body, side).x + l.gap * 1.5f;
    if (!side.empty() && draw) c.text(f.title, l.fonts.body, x, y, colors::kAccent, side);
    if (sideW + c.measure(f.body, l.fonts.body, detail).x > width && !side.empty()) y += l.fonts.body * 1.1f, sideW = 0;
    if (draw) drawLines(c, f.body, l.fonts.body, x + sideW, y, colors::kSoft, detail, width - sideW, 1);
    y += l.fonts.body + l.gap;

    y += lines(f.body, l.fonts.body, colors::kWhite, setupText(s.exercise, s.language()), setupLines,
               l.fonts.body * 1.12f);
    std::string eq = equipmentLine(s.exercise, s.t);
    if (!eq.empty()) {
        y += l.gap * 0.6f;
        y += lines(f.small, l.fonts.small, colors::kQuiet, eq, 2, l.fonts.small * 1.1f);
    }
    return y - top;
}

}  // namespace

void drawComingScreen(Canvas& c, const PlayerScene& s) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    float y = drawRoutineStrip(c, s) + l.gap * 0.3f;
    const float hintH = l.fonts.small;

    if (l.portrait) {
        // The text takes the top; under it the ring at the right and the start and end
        // poses stacked at its left. The setup text matters most: when it is long the
        // poses make room first, then setup lines (the full text is one key away).
        const float width = l.width - 2 * m;
        float radius = minimumRingRadius(l);
        bool hintPlaced = false;
        int setupLines = 6;
        auto textHeight = [&] { return drawTextColumn(c, s, m, y, width, setupLines, false, hintPlaced); };
        const float ringSide = 2 * (radius + l.stroke);
        auto bandBottom = [&] { return hintPlaced ? l.bottom : l.bottom - hintH - l.gap; };
        float textH = textHeight();
        while (setupLines > 1 && bandBottom() - ringSide - l.gap < y + textH) {
            --setupLines;
            textH = textHeight();
        }
        drawTextColumn(c, s, m, y, width, setupLines, true, hintPlaced);
        if (!hintPlaced)
            c.text(f.small, l.fonts.small, l.width / 2, l.bottom - hintH, colors::kQuiet, s.t[UiKey::HowToHint], Align::Center);
        float bandTop = y + textH + l.gap;
        float bandH = bandBottom() - bandTop;
        // The ring at the bottom right of the band, the poses beside it as tall as the band.
        ImVec2 center{l.width - m - radius - l.stroke, bandBottom() - radius - l.stroke};
        float posesW = center.x - radius - l.stroke - l.gap - m;
        if (posesW > l.width * 0.2f && bandH > l.height * 0.1f) drawPosePair(c, s, m, bandTop, posesW, bandH, true);
        drawTimerRing(c, s, center, radius);
        return;
    }

    float radius = std::max(minimumRingRadius(l), std::min(l.height * 0.28f, l.width * 0.17f));
    ImVec2 center{l.width - m - radius - l.stroke, l.height * 0.5f};
    const float width = center.x - radius - l.stroke - l.gap * 2 - m;
    float posesMin = l.height * 0.22f;
    int setupLines = 4;
    bool hintPlaced = false;
    float textH = drawTextColumn(c, s, m, y, width, setupLines, false, hintPlaced);
    while (setupLines > 1 && l.bottom - (y + textH) < posesMin) {
        --setupLines;
        textH = drawTextColumn(c, s, m, y, width, setupLines, false, hintPlaced);
    }
    drawTextColumn(c, s, m, y, width, setupLines, true, hintPlaced);
    float posesTop = y + textH + l.gap;
    if (l.bottom - posesTop > l.gap * 2) drawPosePair(c, s, m, posesTop, width, l.bottom - posesTop, false);
    drawTimerRing(c, s, center, radius);
    if (!hintPlaced)
        c.text(f.small, l.fonts.small, center.x, l.bottom - hintH, colors::kQuiet, s.t[UiKey::HowToHint], Align::Center);
}

}  // namespace mc
