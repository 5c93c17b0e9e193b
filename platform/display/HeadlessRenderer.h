#pragma once
// Rendering without any display: SDL's software renderer drawing into a memory
// surface. No video driver is initialised, so it works on CI, over SSH and in a
// service with no screen, and gives the same pixels for the same input.
#include <SDL.h>

#include <functional>
#include <memory>
#include <optional>

#include "platform/display/FrameRenderer.h"
#include "platform/display/PngFile.h"

namespace mc {

class HeadlessRenderer {
public:
    // `fontSizes` overrides the sizes the screen layout would choose (contact sheets).
    static Result<std::unique_ptr<HeadlessRenderer>> create(int width, int height, const FontFiles& fonts,
                                                            const std::string& corpus,
                                                            std::optional<FontSizes> fontSizes = std::nullopt);
    ~HeadlessRenderer();

    // A full frame: cleared and drawn whole.
    Image render(const std::function<void(ImDrawList&)>& draw);
    // The same picture, made by redrawing only what changed since the last frame drawn
    // here (as the mirror's window does); for the tests that compare the two.
    Image renderChanges(const std::function<void(ImDrawList&)>& draw);
    const Layout& layout() const { return layout_; }
    const FontSet& fonts() const { return frame_->fonts(); }
    // New content: bakes the characters the fonts lack (see FrameRenderer::coverText).
    Status coverText(const std::string& corpus) { return frame_->coverText(layout_, corpus); }

private:
    HeadlessRenderer() = default;
    Image picture();
    Layout layout_;
    SDL_Surface* surface_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    std::unique_ptr<FrameRenderer> frame_;  // released before the renderer it draws with
};

}  // namespace mc
