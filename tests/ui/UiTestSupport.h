#pragma once
// Shared by the rendering tests: the real fonts and bundled pack, and pixel arithmetic
// on rendered pictures.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "cli/ContentChoice.h"
#include "cli/Screenshots.h"
#include "core/Timeline.h"
#include "platform/display/FrameRenderer.h"
#include "platform/display/PngFile.h"

namespace mc::test {

inline FontFiles realFonts() {
    auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
    EXPECT_TRUE(fonts.ok()) << (fonts ? "" : fonts.error().message);
    return fonts ? *fonts : FontFiles{};
}

inline std::shared_ptr<const ContentPack> bundledPack() {
    auto pack = loadContent(std::string(MC_SOURCE_ASSETS) + "/pack");
    EXPECT_TRUE(pack.ok()) << (pack ? "" : pack.error().message);
    return pack ? *pack : std::make_shared<const ContentPack>();
}

struct Rect {
    int x0, y0, x1, y1;  // half-open: [x0, x1) x [y0, y1)
};

inline const uint8_t* pixel(const Image& img, int x, int y) { return &img.rgba[(size_t(y) * img.width + x) * 4]; }

inline bool samePixel(const Image& a, const Image& b, int x, int y) {
    return std::equal(pixel(a, x, y), pixel(a, x, y) + 4, pixel(b, x, y));
}

inline int differingPixels(const Image& a, const Image& b, Rect r) {
    int n = 0;
    for (int y = std::max(0, r.y0); y < std::min(a.height, r.y1); ++y)
        for (int x = std::max(0, r.x0); x < std::min(a.width, r.x1); ++x) n += samePixel(a, b, x, y) ? 0 : 1;
    return n;
}

inline Rect whole(const Image& img) { return {0, 0, img.width, img.height}; }

// Pixels that are not the black glass.
inline int litPixels(const Image& img, Rect r, int threshold = 16) {
    int n = 0;
    for (int y = std::max(0, r.y0); y < std::min(img.height, r.y1); ++y)
        for (int x = std::max(0, r.x0); x < std::min(img.width, r.x1); ++x) {
            const uint8_t* p = pixel(img, x, y);
            n += (p[0] > threshold || p[1] > threshold || p[2] > threshold) ? 1 : 0;
        }
    return n;
}

// The first phase of `tl` matching `pred`, or nullptr.
template <typename Pred>
const Phase* firstPhase(const Timeline& tl, Pred pred) {
    for (const Phase& p : tl.phases)
        if (pred(p)) return &p;
    return nullptr;
}

}  // namespace mc::test
