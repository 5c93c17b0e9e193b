#include "platform/display/FrameRenderer.h"

#include <imgui_impl_sdlrenderer.h>

#include <fstream>
#include <iterator>

namespace mc {

FrameRenderer::~FrameRenderer() {
    if (!context_) return;
    ImGui::SetCurrentContext(context_);
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
    return success();
}

void FrameRenderer::render(const Layout& layout, const std::function<void(ImDrawList&)>& draw) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(layout.width, layout.height);
    io.DeltaTime = 1.0f / 30.0f;  // nothing animates through ImGui itself; a constant keeps frames reproducible
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui::NewFrame();
    draw(*ImGui::GetBackgroundDrawList());
    ImGui::Render();

    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderClear(renderer_);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
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
