#pragma once
// Dear ImGui on an SDL_Renderer: one frame = fill the background draw list, render.
// Used both by the mirror window and by headless screenshots, so both show the
// same pixels. Owns the ImGui context and the font atlas texture.
#include <SDL.h>
#include <imgui.h>

#include <functional>
#include <string>

#include "core/Result.h"
#include "ui/FontSet.h"
#include "ui/Theme.h"

namespace mc {

class FrameRenderer {
public:
    FrameRenderer() = default;
    FrameRenderer(const FrameRenderer&) = delete;
    FrameRenderer& operator=(const FrameRenderer&) = delete;
    ~FrameRenderer();

    // Builds fonts for `layout` (baking the glyphs of `corpus`) and uploads the atlas.
    Status init(SDL_Renderer* renderer, const FontFiles& fonts, const Layout& layout, const std::string& corpus);

    // Clears to black and draws one frame of `layout` size into the renderer's
    // current target.
    void render(const Layout& layout, const std::function<void(ImDrawList&)>& draw);

    // Makes sure the atlas holds every character of `corpus` (new content may bring a new
    // script): rebakes it only if something is missing. On failure the old atlas stays.
    Status coverText(const Layout& layout, const std::string& corpus);

    const FontSet& fonts() const { return fonts_; }

private:
    Status bake(const Layout& layout, const std::string& corpus);

    SDL_Renderer* renderer_ = nullptr;
    ImGuiContext* context_ = nullptr;
    bool backend_ = false;
    FontSet fonts_;
    std::string corpus_;  // what the atlas was baked for: the way back if a rebake fails
};

// Reads the TrueType files the screens use (DejaVu Sans regular and bold).
Result<FontFiles> loadFontFiles(const std::string& regularPath, const std::string& boldPath);

}  // namespace mc
