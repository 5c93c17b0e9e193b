#pragma once
// The mirror's layout rules, checked on a LayoutReport: text readable from 3 m (big
// enough, bright enough), nothing off the screen or in the bottom margin, and no
// text drawn over other text, a figure, a ring or a bar. Pure: report in, problems out.
#include <string>
#include <string_view>
#include <vector>

#include "ui/LayoutReport.h"

namespace mc {

struct LayoutRules {
    float minTextFraction = 1.0f / 28.0f;   // the smallest font size, of the screen height
    Rgba dimmestText{0xB0, 0xB0, 0xB0, 255};  // no text darker (relative luminance) than this on black
    float bottomMargin = 0.04f;              // of the height, kept free of text and shapes
    float tolerance = 0.5f;                  // px: boxes that only touch (up to rounding) do not overlap
};

enum class LayoutRule {
    OffScreen,      // a text or shape box reaches past an edge of the screen
    TextOverlap,    // two text boxes overlap
    TextOverShape,  // a text box overlaps a figure, a ring (text centred in a ring belongs to it) or a bar
    TooSmall,       // a font size below the floor
    TooDark,        // a text colour darker than the floor
    BottomMargin,   // a text or shape box reaches into the bottom margin
};
std::string_view layoutRuleName(LayoutRule rule);  // "off-screen", "text-overlap", ...

struct LayoutProblem {
    LayoutRule rule;
    std::string description;  // one line, naming the text: `"Cat-cow" (30 px) is smaller than 39 px ...`
};

std::vector<LayoutProblem> checkLayout(const LayoutReport& report, const LayoutRules& rules = {});

// WCAG relative luminance (0 = black, 1 = white) of a colour drawn on the black glass.
float relativeLuminance(Rgba color);

}  // namespace mc
