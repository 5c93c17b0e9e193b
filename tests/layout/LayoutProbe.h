#pragma once
// Draws the mirror's screens into an ImGui draw list with a layout report and nothing
// else: no renderer and no rasterising, so the layout suite can draw thousands of
// moments quickly. The fonts are the real ones, baked as the app bakes them.
#include <gtest/gtest.h>
#include <imgui.h>

#include <memory>
#include <string>

#include "cli/ContentChoice.h"
#include "cli/Screenshots.h"
#include "platform/display/FrameRenderer.h"
#include "ui/Canvas.h"
#include "ui/MirrorView.h"

namespace mc::test {

inline const FontFiles& realFonts() {
    static const FontFiles files = [] {
        auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
        EXPECT_TRUE(fonts.ok()) << (fonts ? "" : fonts.error().message);
        return fonts ? *fonts : FontFiles{};
    }();
    return files;
}

inline std::shared_ptr<const ContentPack> bundledPack() {
    auto pack = loadContent(std::string(MC_SOURCE_ASSETS) + "/pack");
    EXPECT_TRUE(pack.ok()) << (pack ? "" : pack.error().message);
    return pack ? *pack : std::make_shared<const ContentPack>();
}

class LayoutProbe {
public:
    LayoutProbe(int width, int height, const std::string& corpus) : layout_(Layout::forScreen(width, height)) {
        context_ = ImGui::CreateContext();
        ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        Status built = fonts_.build(*io.Fonts, realFonts(), layout_.fonts, corpus);
        EXPECT_TRUE(built.ok()) << (built ? "" : built.error().message);
    }
    ~LayoutProbe() { ImGui::DestroyContext(context_); }
    LayoutProbe(const LayoutProbe&) = delete;
    LayoutProbe& operator=(const LayoutProbe&) = delete;

    const Layout& layout() const { return layout_; }
    const FontSet& fonts() const { return fonts_; }

    // One frame of `draw` on a fresh draw list.
    template <typename Draw>
    void frame(Draw draw) {
        ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(layout_.width, layout_.height);
        io.DeltaTime = 1.0f / 30.0f;
        ImGui::NewFrame();
        draw(*ImGui::GetBackgroundDrawList());
        ImGui::EndFrame();
    }

    // What the mirror draws for `state` at `now`, as `mirrorcoach screenshot --boxes` reports it.
    LayoutReport report(const MirrorState& state, const ShotRequest& request, MonoTime now) {
        LayoutReport out{layout_.width, layout_.height, {}, {}};
        ViewContext ctx = shotContext(layout_, fonts_, state, request, now);
        ctx.report = &out;
        frame([&](ImDrawList& list) { lastView_ = drawMirror(list, state, ctx); });
        return out;
    }
    // What the last report()'s drawing told the state (the overview's page count).
    const ViewReport& lastView() const { return lastView_; }

private:
    Layout layout_;
    ImGuiContext* context_ = nullptr;
    FontSet fonts_;
    ViewReport lastView_;
};

}  // namespace mc::test
