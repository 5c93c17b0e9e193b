#include "platform/display/FrameRenderer.h"

#include <imgui_impl_sdlrenderer.h>

#include <fstream>
#include <iterator>

namespace mc {

FrameRenderer::~FrameRenderer() {
    if (!context_) return;
    ImGui::SetCurrentContext(context_);
    changed_.reset();
    if (backend_) ImGui_ImplSDLRenderer_Shutdown();
    ImGui::DestroyContext(context_);
}

Status FrameRenderer::init(SDL_Renderer* renderer, const FontFiles& fonts, const Layout& layout,
                           const std::string& corpus) {
    renderer_ = renderer;
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing to remember between runs
    io.LogFilename = nullptr;

    if (Status s = fonts_.build(*io.Fonts, fonts, layout.fonts, corpus); !s) return s;
    if (!ImGui_ImplSDLRenderer_Init(renderer)) return Error{"Dear ImGui could not use the SDL renderer"};
    backend_ = true;
    if (!ImGui_ImplSDLRenderer_CreateFontsTexture())
        return Error{"the font atlas texture could not be created: " + std::string(SDL_GetError())};
    // The GPU has the atlas now; the CPU copy (up to 16 MB) is not needed again.
    io.Fonts->ClearTexData();
    corpus_ = corpus;
    return success();
}

Status FrameRenderer::coverText(const Layout& layout, const std::string& corpus) {
    if (!context_ || fonts_.covers(corpus)) return success();
    ImGui::SetCurrentContext(context_);
    Status baked = bake(layout, corpus);
    if (baked) {
        corpus_ = corpus;
        return success();
    }
    if (Status restored = bake(layout, corpus_); !restored)
        return Error{baked.error().message + "; the previous fonts could not be restored: " + restored.error().message};
    return baked;
}

Status FrameRenderer::bake(const Layout& layout, const std::string& corpus) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
    const FontFiles files = fonts_.files();  // build() replaces the set's own copy
    if (Status s = fonts_.build(*io.Fonts, files, layout.fonts, corpus); !s) return s;
    if (!ImGui_ImplSDLRenderer_CreateFontsTexture())
        return Error{"the font atlas texture could not be created: " + std::string(SDL_GetError())};
    io.Fonts->ClearTexData();
    damage_.reset();  // the same draw list may now sample a different atlas
    return success();
}

void FrameRenderer::buildFrame(const Layout& layout, const std::function<void(ImDrawList&)>& draw) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(layout.width, layout.height);
    io.DeltaTime = 1.0f / 30.0f;  // nothing animates through ImGui itself; a constant keeps frames reproducible
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui::NewFrame();
    draw(*ImGui::GetBackgroundDrawList());
    ImGui::Render();
}

void FrameRenderer::render(const Layout& layout, const std::function<void(ImDrawList&)>& draw) {
    buildFrame(layout, draw);
    damage_.reset();  // whatever target this draws into, the next renderChanges starts afresh
    rects_ = {{0, 0, static_cast<int>(layout.width), static_cast<int>(layout.height)}};
    drawRects(layout, rects_);
}

bool FrameRenderer::renderChanges(const Layout& layout, const std::function<void(ImDrawList&)>& draw) {
    buildFrame(layout, draw);
    rects_ = damage_.update(*ImGui::GetBackgroundDrawList(), static_cast<int>(layout.width),
                            static_cast<int>(layout.height));
    if (rects_.empty()) return false;
    drawRects(layout, rects_);
    return true;
}

bool FrameRenderer::renderWhenChanged(const Layout& layout, const std::function<void(ImDrawList&)>& draw) {
    buildFrame(layout, draw);
    const int width = static_cast<int>(layout.width), height = static_cast<int>(layout.height);
    if (damage_.update(*ImGui::GetBackgroundDrawList(), width, height).empty()) return false;
    drawRects(layout, {{0, 0, width, height}});
    return true;
}

void FrameRenderer::drawRects(const Layout& layout, const std::vector<DamageRect>& rects) {
    // Black under each rectangle, as a clear leaves it.
    SDL_BlendMode blend;
    SDL_GetRenderDrawBlendMode(renderer_, &blend);
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderSetClipRect(renderer_, nullptr);
    for (const DamageRect& r : rects) {
        // A whole frame is cleared, not filled: a GPU driver (and llvmpipe) clears with
        // a memset where a filled rectangle is shaded pixel by pixel.
        if (r.x <= 0 && r.y <= 0 && r.x + r.w >= static_cast<int>(layout.width) &&
            r.y + r.h >= static_cast<int>(layout.height)) {
            SDL_RenderClear(renderer_);
            continue;
        }
        SDL_Rect fill{r.x, r.y, r.w, r.h};
        SDL_RenderFillRect(renderer_, &fill);
    }
    // Untextured triangles blend by the renderer's draw mode (textured ones by the atlas's).
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);

    // Then the triangles that reach into them, in their order; those that sample only the
    // atlas's white pixel go untextured, which SDL's software renderer (and llvmpipe)
    // fill about a quarter faster than a textured triangle (tests/bench/DamageBench).
    if (!changed_) changed_ = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
    restrictDrawList(*ImGui::GetBackgroundDrawList(), rects, *changed_, ImGui::GetIO().Fonts->TexUvWhitePixel);
    ImDrawList* lists[] = {changed_.get()};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = changed_->VtxBuffer.Size;
    data.TotalIdxCount = changed_->IdxBuffer.Size;
    data.DisplayPos = ImVec2(0, 0);
    data.DisplaySize = ImVec2(layout.width, layout.height);
    data.FramebufferScale = ImVec2(1, 1);
    ImGui_ImplSDLRenderer_RenderDrawData(&data);
    SDL_SetRenderDrawBlendMode(renderer_, blend);
}

Result<FontFiles> loadFontFiles(const std::string& regularPath, const std::string& boldPath) {
    FontFiles files;
    for (auto [path, out] : {std::pair{&regularPath, &files.regular}, std::pair{&boldPath, &files.bold}}) {
        std::ifstream in(*path, std::ios::binary);
        if (!in) return Error{"cannot read font " + *path + ": install the Debian package fonts-dejavu-core"};
        out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (out->empty()) return Error{"font file " + *path + " is empty: reinstall fonts-dejavu-core"};
    }
    return files;
}

}  // namespace mc
