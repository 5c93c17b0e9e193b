#pragma once
// The drawing tests' pictures: a headless renderer with the app's fonts, and pixels.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>

#include "platform/display/FrameRenderer.h"
#include "platform/display/HeadlessRenderer.h"
#include "ui/Canvas.h"

namespace mc::test {

// A headless renderer with the app's fonts, and pixel reading.
class Pictures : public ::testing::Test {
protected:
    void open(int width, int height) {
        auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
        ASSERT_TRUE(fonts.ok()) << fonts.error().message;
        auto r = HeadlessRenderer::create(width, height, *fonts, "");
        ASSERT_TRUE(r.ok()) << r.error().message;
        renderer_ = std::move(*r);
    }
    // Renders `draw`, and how many vertices it added to the draw list.
    Image render(const std::function<void(Canvas&)>& draw, int* vertices = nullptr) {
        return renderer_->render([&](ImDrawList& list) {
            Canvas canvas(list, renderer_->layout(), renderer_->fonts());
            int before = list.VtxBuffer.Size;
            draw(canvas);
            if (vertices) *vertices = list.VtxBuffer.Size - before;
        });
    }
    std::unique_ptr<HeadlessRenderer> renderer_;
};

inline const uint8_t* pixel(const Image& img, int x, int y) { return &img.rgba[(size_t(y) * img.width + x) * 4]; }
inline int brightness(const Image& img, int x, int y) {
    const uint8_t* p = pixel(img, x, y);
    return std::max({p[0], p[1], p[2]});
}
// The accent colour (greenish blue), however dimmed.
inline bool isAccent(const Image& img, int x, int y) {
    const uint8_t* p = pixel(img, x, y);
    return p[1] > 50 && p[1] > p[0] + 30 && p[2] > p[0] + 30;
}

}  // namespace mc::test
