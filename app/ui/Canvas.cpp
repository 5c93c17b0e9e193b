#include "ui/Canvas.h"

#include <algorithm>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <cfloat>
#include <cmath>
#include <utility>

namespace mc {
namespace {
constexpr float kPi = 3.14159265358979f;

// The rows the glyphs of `text` cover, from the top of its first line: the line box
// without the empty ascent above capitals and the descent under digits. The layout
// report uses it, so huge timer digits do not claim the counter below them.
std::pair<float, float> inkRows(ImFont* font, float size, std::string_view text, float linesHeight) {
    float top = FLT_MAX, bottom = -FLT_MAX;
    for (const char* s = text.data(); s < text.data() + text.size();) {
        unsigned int c = 0;
        int n = ImTextCharFromUtf8(&c, s, text.data() + text.size());
        s += n > 0 ? n : 1;
        const ImFontGlyph* g = c >= 32 ? font->FindGlyphNoFallback(static_cast<ImWchar>(c)) : nullptr;
        if (!g || !g->Visible) continue;
        top = std::min(top, g->Y0);
        bottom = std::max(bottom, g->Y1);
    }
    if (top > bottom) return {0, linesHeight};  // nothing visible: the line box
    float scale = size / font->FontSize;
    return {top * scale, linesHeight - size + bottom * scale};  // the last line's glyph bottom
}

Rgba rgbaOf(ImU32 c) {
    return {uint8_t(c >> IM_COL32_R_SHIFT), uint8_t(c >> IM_COL32_G_SHIFT), uint8_t(c >> IM_COL32_B_SHIFT),
            uint8_t(c >> IM_COL32_A_SHIFT)};
}
}

ImVec2 Canvas::measure(ImFont* font, float size, std::string_view text, float wrapWidth) const {
    return font->CalcTextSizeA(size, FLT_MAX, wrapWidth, text.data(), text.data() + text.size());
}

float Canvas::text(ImFont* font, float size, float x, float y, ImU32 color, std::string_view text, Align align,
                   float wrapWidth) {
    if (text.empty()) return 0;
    ImVec2 sz = measure(font, size, text, wrapWidth);
    float left = x;
    if (align == Align::Center) left = x - sz.x * 0.5f;
    if (align == Align::Right) left = x - sz.x;
    // Whole pixels keep glyph edges crisp and the output deterministic.
    ImVec2 p = at(std::round(left), std::round(y));
    list_.AddText(font, size, p, color, text.data(), text.data() + text.size(), wrapWidth);
    if (report_) {
        auto [top, bottom] = inkRows(font, size, text, sz.y);
        report_->texts.push_back({std::string(text), size, {p.x, p.y + top, p.x + sz.x, p.y + bottom}, rgbaOf(color)});
    }
    return sz.y;
}

float Canvas::fittedText(ImFont* font, float size, float minSize, float x, float y, ImU32 color,
                         std::string_view text, float maxWidth, Align align) {
    float width = measure(font, size, text).x;
    if (width > maxWidth && width > 0) size = std::max(minSize, std::floor(size * maxWidth / width));
    if (measure(font, size, text).x > maxWidth) return this->text(font, size, x, y, color, text, align, maxWidth);
    return this->text(font, size, x, y, color, text, align);
}

void Canvas::ring(ImVec2 center, float radius, float thickness, float fraction, ImU32 track, ImU32 lit) {
    ImVec2 c = at(center.x, center.y);
    // The stroke is centred on the radius.
    float outer = radius + thickness * 0.5f;
    if (report_) report_->boxes.push_back({BoxKind::Ring, {c.x - outer, c.y - outer, c.x + outer, c.y + outer}});
    const int segments = 128;
    list_.AddCircle(c, radius, track, segments, thickness);
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    if (fraction <= 0) return;
    float start = -kPi / 2;
    int litSegments = std::max(2, static_cast<int>(std::ceil(segments * fraction)));
    list_.PathArcTo(c, radius, start, start + 2 * kPi * fraction, litSegments);
    list_.PathStroke(lit, 0, thickness);
}

void Canvas::bar(float x, float y, float width, float height, float fraction, ImU32 track, ImU32 lit) {
    noteBox(BoxKind::Bar, x, y, x + width, y + height);
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    float r = height * 0.5f;
    list_.AddRectFilled(at(x, y), at(x + width, y + height), track, r);
    if (fraction > 0) list_.AddRectFilled(at(x, y), at(x + std::max(height, width * fraction), y + height), lit, r);
}

void Canvas::noteBox(BoxKind kind, float x0, float y0, float x1, float y1) {
    if (!report_) return;
    ImVec2 a = at(std::min(x0, x1), std::min(y0, y1)), b = at(std::max(x0, x1), std::max(y0, y1));
    report_->boxes.push_back({kind, {a.x, a.y, b.x, b.y}});
}

}  // namespace mc
