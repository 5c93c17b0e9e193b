#pragma once
// Dear ImGui on an SDL_Renderer: one frame = fill the background draw list, render.
// Used both by the mirror window and by headless screenshots, so both show the
// same pixels. Owns the ImGui context and the font atlas texture.
#include <SDL.h>
#include <imgui.h>

#include <functional>
#include <memory>
#include <string>

#include "core/Result.h"
#include "ui/FontSet.h"
#include "ui/FrameDamage.h"
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
    // Like render(), but draws nothing (and returns false) when the frame would be the
    // one drawn last: for a target that does not keep its pixels (a window's back buffer).
    bool renderWhenChanged(const Layout& layout, const std::function<void(ImDrawList&)>& draw);
    // Like render(), into a target that still holds the previous frame this drew: only
    // the rectangles whose drawing changed are cleared and drawn again (ui/FrameDamage), so
    // the target ends up as a full render would leave it. Returns whether anything changed.
    bool renderChanges(const Layout& layout, const std::function<void(ImDrawList&)>& draw);
    // The rectangles the last renderChanges() drew (all of them after render()).
    const std::vector<DamageRect>& changedRects() const { return rects_; }
    // The target no longer holds the last frame (lost, or drawn by render()).
    void forgetTarget() { damage_.reset(); }

    // Makes sure the atlas holds every character of `corpus` (new content may bring a new
    // script): rebakes it only if something is missing. On failure the old atlas stays.
    Status coverText(const Layout& layout, const std::string& corpus);

    const FontSet& fonts() const { return fonts_; }

private:
    void buildFrame(const Layout& layout, const std::function<void(ImDrawList&)>& draw);
    void drawRects(const Layout& layout, const std::vector<DamageRect>& rects);
    Status bake(const Layout& layout, const std::string& corpus);

    SDL_Renderer* renderer_ = nullptr;
    ImGuiContext* context_ = nullptr;
    bool backend_ = false;
    FontSet fonts_;
    FrameDamage damage_;
    std::unique_ptr<ImDrawList> changed_;  // the part of a frame drawn by renderChanges
    std::vector<DamageRect> rects_;
    std::string corpus_;  // what the atlas was baked for: the way back if a rebake fails
};

// Reads the TrueType files the screens use (DejaVu Sans regular and bold).
Result<FontFiles> loadFontFiles(const std::string& regularPath, const std::string& boldPath);

}  // namespace mc
