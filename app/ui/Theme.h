#pragma once
// The mirror display rules as numbers: pure black, white text, one accent colour,
// sizes derived from the screen so the layout holds from 720p to 4K, in either
// orientation. Light is the display, black is the glass.
#include <imgui.h>

namespace mc {

namespace colors {
constexpr ImU32 kBlack = IM_COL32(0, 0, 0, 255);
constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kSoft = IM_COL32(200, 200, 200, 255);   // secondary text
// The darkest text may be: a lit room's reflection swallows anything dimmer.
constexpr ImU32 kQuiet = IM_COL32(180, 180, 180, 255);  // hints, status, labels
constexpr ImU32 kDim = IM_COL32(120, 120, 120, 255);    // never text: far limbs, done marks
constexpr ImU32 kFaint = IM_COL32(55, 55, 55, 255);     // ring and bar backgrounds
constexpr ImU32 kAccent = IM_COL32(64, 200, 190, 255);  // the one accent: progress, "now"
constexpr ImU32 kWarn = IM_COL32(255, 190, 80, 255);    // content/update errors only
}  // namespace colors

// Font pixel sizes for one screen size (before any atlas scaling, see FontSet).
struct FontSizes {
    float small = 0;  // never below 1/28 of the screen height (readable from 3 m)
    float body = 0;
    float title = 0;
    float huge = 0;   // timer digits: cap height >= 25% of the short side
};

struct Layout {
    float width = 0;
    float height = 0;
    float shortSide = 0;
    bool portrait = false;
    float margin = 0;
    float bottom = 0;  // lowest y any text may reach: 4% of the height is kept free below
    float gap = 0;
    float stroke = 0;  // ring and figure line width
    FontSizes fonts;

    static Layout forScreen(int width, int height);
};

}  // namespace mc
