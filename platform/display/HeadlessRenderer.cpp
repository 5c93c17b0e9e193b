#include "platform/display/HeadlessRenderer.h"

#include <cstring>

namespace mc {

Result<std::unique_ptr<HeadlessRenderer>> HeadlessRenderer::create(int width, int height, const FontFiles& fonts,
                                                                     const std::string& corpus,
                                                                     std::optional<FontSizes> fontSizes) {
    if (width < 64 || height < 64 || width > 8192 || height > 8192)
        return Error{"picture size " + std::to_string(width) + "x" + std::to_string(height) +
                     " is out of range (64..8192 on each side)"};
    std::unique_ptr<HeadlessRenderer> r(new HeadlessRenderer());
    r->layout_ = Layout::forScreen(width, height);
    if (fontSizes) r->layout_.fonts = *fontSizes;
    r->surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32);
    if (!r->surface_) return Error{std::string("cannot allocate the picture: ") + SDL_GetError()};
    r->renderer_ = SDL_CreateSoftwareRenderer(r->surface_);
    if (!r->renderer_) return Error{std::string("cannot create the software renderer: ") + SDL_GetError()};
    r->frame_ = std::make_unique<FrameRenderer>();
    if (Status s = r->frame_->init(r->renderer_, fonts, r->layout_, corpus); !s) return s.error();
    return r;
}

HeadlessRenderer::~HeadlessRenderer() {
    frame_.reset();
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (surface_) SDL_FreeSurface(surface_);
}

Image HeadlessRenderer::render(const std::function<void(ImDrawList&)>& draw) {
    frame_->render(layout_, draw);
    return picture();
}

Image HeadlessRenderer::renderChanges(const std::function<void(ImDrawList&)>& draw) {
    frame_->renderChanges(layout_, draw);
    return picture();
}

Image HeadlessRenderer::picture() {
    SDL_RenderPresent(renderer_);
    Image img;
    img.width = surface_->w;
    img.height = surface_->h;
    img.rgba.resize(size_t(img.width) * img.height * 4);
    SDL_LockSurface(surface_);
    for (int y = 0; y < img.height; ++y)
        std::memcpy(&img.rgba[size_t(y) * img.width * 4], static_cast<uint8_t*>(surface_->pixels) + y * surface_->pitch,
                    size_t(img.width) * 4);
    SDL_UnlockSurface(surface_);
    // The surface is opaque black under the UI; make the PNG opaque too.
    for (size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;
    return img;
}

}  // namespace mc
