#include "ui/Theme.h"

#include <algorithm>
#include <cmath>

namespace mc {

Layout Layout::forScreen(int width, int height) {
    Layout l;
    l.width = static_cast<float>(width);
    l.height = static_cast<float>(height);
    l.shortSide = static_cast<float>(std::min(width, height));
    l.portrait = height > width;
    l.margin = std::round(l.shortSide * 0.045f);
    l.gap = std::round(l.shortSide * 0.025f);
    l.stroke = std::max(3.0f, std::round(l.shortSide * 0.014f));

    // Lines near the bottom edge of a mirror sit behind the frame or low on the glass.
    l.bottom = std::floor(l.height - std::max(l.margin, l.height * 0.045f));

    // No text below 1/28 of the height (the brief's 3 m rule; a little over it so
    // rounding never crosses). Portrait steps are closer: the width, not the height,
    // is what runs out there.
    l.fonts.small = std::ceil(l.height / 27.5f);
    l.fonts.body = std::ceil(l.height / (l.portrait ? 23.5f : 21.0f));
    l.fonts.title = std::ceil(l.height / (l.portrait ? 19.5f : 13.0f));
    // ImGui sizes a font by its line height (1.164 em for DejaVu Sans), so the
    // digits (0.729 em) are 0.626 of the size: 0.42 of the short side gives digits
    // of about 26% of it, just above the 25% rule.
    l.fonts.huge = std::ceil(l.shortSide * 0.42f);
    return l;
}

}  // namespace mc
