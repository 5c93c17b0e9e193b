#include "ui/Canvas.h"

#include <algorithm>
#include <cmath>

namespace mc {
namespace {
constexpr float kPi = 3.14159265358979f;
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
    list_.AddText(font, size, at(std::round(left), std::round(y)), color, text.data(), text.data() + text.size(),
                  wrapWidth);
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
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    float r = height * 0.5f;
    list_.AddRectFilled(at(x, y), at(x + width, y + height), track, r);
    if (fraction > 0) list_.AddRectFilled(at(x, y), at(x + std::max(height, width * fraction), y + height), lit, r);
}

}  // namespace mc
