#pragma once
// What a frame drew, as plain data: every text run and every figure, ring and bar
// rectangle in screen pixels (after the burn-in shift). Recorded by Canvas when it is
// given a report, so tests and `mirrorcoach screenshot --boxes` can check a layout
// without reading pixels.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

struct ReportRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // x0 <= x1, y0 <= y1

    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
};

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
};

struct TextRun {
    std::string text;  // UTF-8, as drawn (wrapped text is one run)
    float size = 0;    // font pixel size
    // The widest line's advance across; down, from the highest glyph top of the first line to
    // the lowest glyph bottom of the last (the line box without its empty ascent and descent).
    ReportRect rect;
    Rgba color;
};

enum class BoxKind { Figure, Ring, Bar, Code };  // Code: the pairing QR code
std::string_view boxKindName(BoxKind kind);  // "figure", "ring", "bar", "code"

struct ShapeBox {
    BoxKind kind = BoxKind::Figure;
    ReportRect rect;
};

struct LayoutReport {
    float width = 0;   // the screen the frame was drawn for
    float height = 0;
    std::vector<TextRun> texts;
    std::vector<ShapeBox> boxes;
};

}  // namespace mc
