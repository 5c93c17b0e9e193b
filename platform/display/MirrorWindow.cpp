#include "platform/display/MirrorWindow.h"

#include <cstdio>

namespace mc {

Result<std::unique_ptr<MirrorWindow>> MirrorWindow::open(const WindowOptions& options, const FontFiles& fonts,
                                                         const std::string& corpus) {
    if (options.rotation % 90 != 0 || options.rotation < 0 || options.rotation > 270)
        return Error{"rotation must be 0, 90, 180 or 270, not " + std::to_string(options.rotation)};
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_GAMECONTROLLER | SDL_INIT_EVENTS) != 0) {
        const char* driver = SDL_getenv("SDL_VIDEODRIVER");
        return Error{std::string("no display could be opened (") + SDL_GetError() + ", video driver " +
                     (driver ? driver : "auto") +
                     "): run it on the mirror's screen, set SDL_VIDEODRIVER=kmsdrm on a console without a desktop, "
                     "or render pictures with `mirrorcoach screenshot`"};
    }
    std::unique_ptr<MirrorWindow> w(new MirrorWindow());
    w->options_ = options;

    Uint32 flags = SDL_WINDOW_SHOWN | (options.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    w->window_ = SDL_CreateWindow("MirrorCoach", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                                  options.height, flags);
    if (!w->window_)
        return Error{std::string("the display opened but no window could be created: ") + SDL_GetError()};
    // Prefer the GPU (GLES2 on a Pi); fall back to software rather than show nothing.
    w->renderer_ = SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_TARGETTEXTURE);
    if (!w->renderer_) {
        std::fprintf(stderr, "mirrorcoach: no accelerated renderer (%s); using software rendering\n", SDL_GetError());
        w->renderer_ = SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!w->renderer_) return Error{std::string("no renderer for the window: ") + SDL_GetError()};
    SDL_ShowCursor(SDL_DISABLE);

    SDL_GetRendererOutputSize(w->renderer_, &w->outputWidth_, &w->outputHeight_);
    bool sideways = options.rotation == 90 || options.rotation == 270;
    int uprightW = sideways ? w->outputHeight_ : w->outputWidth_;
    int uprightH = sideways ? w->outputWidth_ : w->outputHeight_;
    w->layout_ = Layout::forScreen(uprightW, uprightH);
    if (options.rotation != 0) {
        w->target_ = SDL_CreateTexture(w->renderer_, SDL_PIXELFORMAT_RGBA8888, SDL_TEXTUREACCESS_TARGET, uprightW,
                                       uprightH);
        if (!w->target_) return Error{std::string("cannot create the rotation texture: ") + SDL_GetError()};
    }
    w->frame_ = std::make_unique<FrameRenderer>();
    if (Status s = w->frame_->init(w->renderer_, fonts, w->layout_, corpus); !s) return s.error();
    w->openControllers();
    return w;
}

MirrorWindow::~MirrorWindow() {
    frame_.reset();
    for (SDL_GameController* c : controllers_) SDL_GameControllerClose(c);
    if (target_) SDL_DestroyTexture(target_);
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
    SDL_Quit();
}

void MirrorWindow::openControllers() {
    for (int i = 0; i < SDL_NumJoysticks(); ++i)
        if (SDL_IsGameController(i))
            if (SDL_GameController* c = SDL_GameControllerOpen(i)) controllers_.push_back(c);
}

std::vector<InputEvent> MirrorWindow::waitForInput(Millis timeout) {
    std::vector<InputEvent> events;
    SDL_Event e;
    int ms = static_cast<int>(std::max<int64_t>(0, timeout.count()));
    if (!SDL_WaitEventTimeout(&e, ms)) return events;
    do {
        if (e.type == SDL_CONTROLLERDEVICEADDED) {
            if (SDL_GameController* c = SDL_GameControllerOpen(e.cdevice.which)) controllers_.push_back(c);
        }
        if (auto mapped = mapInput(e)) events.push_back(*mapped);
    } while (SDL_PollEvent(&e));
    return events;
}

void MirrorWindow::present(const std::function<void(ImDrawList&)>& draw) {
    if (target_) SDL_SetRenderTarget(renderer_, target_);
    frame_->render(layout_, draw);
    if (target_) {
        SDL_SetRenderTarget(renderer_, nullptr);
        SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
        SDL_RenderClear(renderer_);
        // Rotate about the centre: the upright texture, centred, fills the panel once turned.
        SDL_Rect dst{(outputWidth_ - static_cast<int>(layout_.width)) / 2,
                     (outputHeight_ - static_cast<int>(layout_.height)) / 2, static_cast<int>(layout_.width),
                     static_cast<int>(layout_.height)};
        SDL_RenderCopyEx(renderer_, target_, nullptr, &dst, options_.rotation, nullptr, SDL_FLIP_NONE);
    }
    SDL_RenderPresent(renderer_);
}

std::string MirrorWindow::describe() const {
    return std::string(SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "?") + " " +
           std::to_string(outputWidth_) + "x" + std::to_string(outputHeight_) +
           (options_.rotation ? ", rotated " + std::to_string(options_.rotation) : std::string());
}

}  // namespace mc
