#pragma once
// Drawing for the screens: text placed and aligned in pixels, rings, bars.
// Everything goes to one ImGui draw list; there are no ImGui windows, because
// nothing on the mirror is clicked or scrolled.
#include <imgui.h>

#include <string_view>

#include "ui/FontSet.h"
#include "ui/LayoutReport.h"
#include "ui/Theme.h"

namespace mc {

enum class Align { Left, Center, Right };

class Canvas {
public:
    // With a `report`, every text, ring, bar and noted box is also recorded there (in
    // screen pixels, after `offset`); without one nothing is recorded.
    Canvas(ImDrawList& list, const Layout& layout, const FontSet& fonts, ImVec2 offset = {0, 0},
           LayoutReport* report = nullptr)
        : list_(list), layout_(layout), fonts_(fonts), offset_(offset), report_(report) {}

    const Layout& layout() const { return layout_; }
    const FontSet& fonts() const { return fonts_; }
    ImDrawList& list() { return list_; }
    ImVec2 at(float x, float y) const { return {x + offset_.x, y + offset_.y}; }

    ImVec2 measure(ImFont* font, float size, std::string_view text, float wrapWidth = 0) const;
    // Draws `text` with its top at y, aligned on x; returns the height used.
    float text(ImFont* font, float size, float x, float y, ImU32 color, std::string_view text,
               Align align = Align::Left, float wrapWidth = 0);
    // Like text(), but shrinks the size (down to `minSize`) until it fits `maxWidth` on one line.
    float fittedText(ImFont* font, float size, float minSize, float x, float y, ImU32 color,
                     std::string_view text, float maxWidth, Align align = Align::Left);

    // A ring with `fraction` (0..1) of it lit, clockwise from the top.
    void ring(ImVec2 center, float radius, float thickness, float fraction, ImU32 track, ImU32 lit);
    // A horizontal bar with `fraction` of it lit.
    void bar(float x, float y, float width, float height, float fraction, ImU32 track, ImU32 lit);
    // Records a shape drawn some other way (the figure) in the report; (x0, y0)-(x1, y1)
    // in layout coordinates, like the drawing calls.
    void noteBox(BoxKind kind, float x0, float y0, float x1, float y1);

private:
    ImDrawList& list_;
    const Layout& layout_;
    const FontSet& fonts_;
    ImVec2 offset_;
    LayoutReport* report_;
};

}  // namespace mc
