#include "platform/display/MirrorWindow.h"

#include <malloc.h>
#include <time.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "log/Log.h"

namespace mc {

namespace {

// SDL's fallbacks that show nothing: with no display they would run the mirror invisibly.
bool invisible(const std::string& driver) { return driver == "offscreen" || driver == "dummy" || driver == "evdev"; }

// The video drivers SDL has, in its order of preference, less those that cannot work here:
// the invisible ones, and Wayland when no compositor can be reached (its library would
// print its own error line for nothing).
std::vector<std::string> candidateDrivers() {
    const bool waylandReachable = SDL_getenv("WAYLAND_DISPLAY") || SDL_getenv("XDG_RUNTIME_DIR");
    std::vector<std::string> drivers;
    for (int i = 0; i < SDL_GetNumVideoDrivers(); ++i) {
        std::string name = SDL_GetVideoDriver(i);
        if (invisible(name) || (name == "wayland" && !waylandReachable)) continue;
        drivers.push_back(name);
    }
    return drivers;
}

// Milliseconds since the kernel started this process (field 22 of /proc/self/stat, in
// clock ticks since boot), for the start-to-first-frame line; -1 if unreadable.
long long msSinceProcessStart() {
    std::ifstream in("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    size_t close = stat.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos) return -1;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {}
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return static_cast<long long>((now.tv_sec + now.tv_nsec / 1e9 - std::stod(field) / ticks) * 1000);
}

// A GPU the user may draw with (/dev/dri/renderD*): without one, Mesa's OpenGL is llvmpipe.
bool gpuRenderNode() {
    for (int minor = 128; minor < 136; ++minor) {
        const std::string node = "/dev/dri/renderD" + std::to_string(minor);
        if (access(node.c_str(), R_OK | W_OK) == 0) return true;
    }
    return false;
}

// The GL renderer's name when it rasterises on the CPU (Mesa's llvmpipe, softpipe,
// "Software Rasterizer"), else "". Asked of the context the SDL renderer made current.
std::string cpuRasteriser(SDL_Renderer* renderer) {
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(renderer, &info) != 0 || !info.name || std::string(info.name).rfind("opengl", 0) != 0)
        return {};
    using GetString = const unsigned char* (*)(unsigned);
    auto getString = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
    const unsigned char* name = getString ? getString(0x1F01 /* GL_RENDERER */) : nullptr;
    if (!name) return {};
    std::string gl(reinterpret_cast<const char*>(name));
    for (const char* cpu : {"llvmpipe", "softpipe", "Software Rasterizer", "SWR"})
        if (gl.find(cpu) != std::string::npos) return gl;
    return {};
}

}  // namespace

// The driver named by SDL_VIDEODRIVER if the user chose one (tests and benchmarks choose
// "offscreen"), else the first of SDL's real displays that opens.
Status MirrorWindow::openVideo() {
    const std::string advice =
        ": run it on the mirror's screen, set SDL_VIDEODRIVER=kmsdrm on a console without a desktop, "
        "or render pictures with `mirrorcoach screenshot`";
    if (SDL_Init(SDL_INIT_EVENTS | SDL_INIT_GAMECONTROLLER) != 0)
        return Error{std::string("SDL cannot start: ") + SDL_GetError()};
    if (const char* asked = SDL_getenv("SDL_VIDEODRIVER")) {
        if (SDL_InitSubSystem(SDL_INIT_VIDEO) == 0) return success();
        SDL_Quit();
        return Error{std::string("no display could be opened (video driver ") + asked + ": " + SDL_GetError() + ")" +
                     advice};
    }
    std::string tried;
    for (const std::string& driver : candidateDrivers()) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, driver.c_str());
        if (SDL_InitSubSystem(SDL_INIT_VIDEO) == 0) return success();
        tried += (tried.empty() ? "" : "; ") + driver + ": " + SDL_GetError();
    }
    SDL_Quit();
    return Error{"no display could be opened (" + (tried.empty() ? std::string("SDL has no display driver") : tried) +
                 ")" + advice};
}

Result<std::unique_ptr<MirrorWindow>> MirrorWindow::open(const WindowOptions& options, const FontFiles& fonts,
                                                         const std::string& corpus) {
    if (options.rotation % 90 != 0 || options.rotation < 0 || options.rotation > 270)
        return Error{"rotation must be 0, 90, 180 or 270, not " + std::to_string(options.rotation)};
    // SIGTERM and SIGINT are the shell's to handle (platform/system/StopSignals), not SDL's.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (Status s = openVideo(); !s) return s.error();
    std::unique_ptr<MirrorWindow> w(new MirrorWindow());
    w->options_ = options;
    w->keys_ = options.fullscreen ? KeyMode::Kiosk : KeyMode::Windowed;

    Uint32 flags = SDL_WINDOW_SHOWN | (options.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    w->window_ = SDL_CreateWindow("MirrorCoach", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                                  options.height, flags);
    if (!w->window_)
        return Error{std::string("the display opened but no window could be created: ") + SDL_GetError()};
    // With SDL's software renderer, X11 takes the window's pixels straight (XShm), so a
    // frame sends only its changed rectangles; by default SDL would upload the whole
    // surface to a GL texture and draw it on every present, which cost llvmpipe more than
    // drawing the frame. Only X11 has that path: KMSDRM's window surface needs GL.
    const char* video = SDL_GetCurrentVideoDriver();
    const bool x11 = video && std::string(video) == "x11";
    if (x11) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    // Prefer the GPU (GLES2 on a Pi); fall back to software rather than show nothing.
    const bool chooseSoftware = !SDL_getenv("SDL_RENDER_DRIVER") && x11 && !gpuRenderNode();
    if (chooseSoftware)  // Mesa would rasterise on the CPU: not even loaded (it costs ~25 MB)
        logNotice("display", "no GPU render node in /dev/dri: using SDL's software renderer, which draws only what "
                             "changed (set SDL_RENDER_DRIVER=opengl to use OpenGL anyway)");
    else
        w->renderer_ = SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_TARGETTEXTURE);
    if (chooseSoftware) {
        w->renderer_ = SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_SOFTWARE);
    } else if (!w->renderer_) {
        logWarning("display", std::string("no accelerated renderer (") + SDL_GetError() + "); using software rendering");
        w->renderer_ = SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_SOFTWARE);
    } else if (std::string cpu = cpuRasteriser(w->renderer_); x11 && !cpu.empty() && !SDL_getenv("SDL_RENDER_DRIVER")) {
        // A "GPU" that is the CPU (Mesa's llvmpipe: no GPU driver, or Xvfb) draws and
        // sends the whole frame every time; SDL's software renderer draws and sends only
        // what changed, for less CPU and half the memory (docs/benchmarks.md).
        logNotice("display", "OpenGL here is " + cpu + ", on the CPU: using SDL's software renderer, which draws only "
                             "what changed (set SDL_RENDER_DRIVER=opengl to keep OpenGL)");
        SDL_DestroyRenderer(w->renderer_);
        malloc_trim(0);  // what the GL driver freed goes back to the system
        w->renderer_ = SDL_CreateRenderer(w->window_, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!w->renderer_) return Error{std::string("no renderer for the window: ") + SDL_GetError()};
    SDL_ShowCursor(SDL_DISABLE);

    SDL_GetRendererOutputSize(w->renderer_, &w->outputWidth_, &w->outputHeight_);
    bool sideways = options.rotation == 90 || options.rotation == 270;
    int uprightW = sideways ? w->outputHeight_ : w->outputWidth_;
    int uprightH = sideways ? w->outputWidth_ : w->outputHeight_;
    w->layout_ = Layout::forScreen(uprightW, uprightH);
    // Where the frame is kept between presents, so that a new one redraws only what
    // changed (FrameRenderer::renderChanges): SDL's software renderer draws into the
    // window's own surface, which keeps its pixels; a rotated panel needs a texture to
    // turn anyway. A GPU's back buffer does not keep them, and copying a kept texture to it
    // cost llvmpipe three times a whole redraw (docs/benchmarks.md): there the frame is
    // drawn whole, and only when something changed.
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(w->renderer_, &info);
    w->software_ = info.name && std::string(info.name) == "software";
    if (options.rotation != 0) {
        w->target_ = SDL_CreateTexture(w->renderer_, SDL_PIXELFORMAT_RGBA8888, SDL_TEXTUREACCESS_TARGET, uprightW,
                                       uprightH);
        if (!w->target_) return Error{std::string("cannot create the rotation texture: ") + SDL_GetError()};
        // Copied, not blended: the frame is opaque, and blending costs a software
        // rasteriser (llvmpipe, SDL's own) about as much as drawing the frame.
        SDL_SetTextureBlendMode(w->target_, SDL_BLENDMODE_NONE);
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
        if (e.type == SDL_RENDER_TARGETS_RESET || e.type == SDL_RENDER_DEVICE_RESET) frame_->forgetTarget();
        if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_EXPOSED) show();
        if (e.type == SDL_CONTROLLERDEVICEADDED) {
            if (SDL_GameController* c = SDL_GameControllerOpen(e.cdevice.which)) controllers_.push_back(c);
        }
        if (auto mapped = mapInput(e, keys_)) events.push_back(*mapped);
    } while (SDL_PollEvent(&e));
    return events;
}

void MirrorWindow::requestQuit() {
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    SDL_PushEvent(&quit);  // thread-safe, and wakes SDL_WaitEventTimeout
}

void MirrorWindow::wakeUp() {
    SDL_Event wake{};
    wake.type = SDL_USEREVENT;
    SDL_PushEvent(&wake);  // thread-safe; mapInput maps it to nothing
}

void MirrorWindow::present(const DrawFrame& draw) {
    bool changed;
    if (target_) {
        SDL_SetRenderTarget(renderer_, target_);
        changed = frame_->renderChanges(layout_, draw);
        SDL_SetRenderTarget(renderer_, nullptr);
        if (changed || !firstShown_) show();
    } else {
        changed = software_ ? frame_->renderChanges(layout_, draw) : frame_->renderWhenChanged(layout_, draw);
        if (changed && software_) showRects(frame_->changedRects());
        else if (changed) SDL_RenderPresent(renderer_);
    }
    if (!firstShown_ && changed) {
        firstShown_ = true;  // the window benchmark (deploy/bench.sh) reads this line
        logNotice("display", "first frame shown " + std::to_string(msSinceProcessStart()) + " ms after start");
    }
}

// SDL's software renderer draws into the window's surface: only what changed goes out.
void MirrorWindow::showRects(const std::vector<DamageRect>& rects) {
    SDL_RenderFlush(renderer_);  // the batched drawing, into the surface
    std::vector<SDL_Rect> out;
    out.reserve(rects.size());
    for (const DamageRect& r : rects) out.push_back({r.x, r.y, r.w, r.h});
    if (SDL_UpdateWindowSurfaceRects(window_, out.data(), static_cast<int>(out.size())) != 0)
        SDL_RenderPresent(renderer_);  // whatever the surface could not do, the whole frame can
}

// The kept frame onto the screen again (a window that was covered, or a new rotated frame).
void MirrorWindow::show() {
    if (!target_) {
        // The software renderer's surface still holds the frame; a back buffer does not.
        if (software_) SDL_RenderPresent(renderer_);
        else frame_->forgetTarget();  // the next frame is drawn whole
        return;
    }
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderClear(renderer_);
    // Rotate about the centre: the upright texture, centred, fills the panel once turned.
    SDL_Rect dst{(outputWidth_ - static_cast<int>(layout_.width)) / 2,
                 (outputHeight_ - static_cast<int>(layout_.height)) / 2, static_cast<int>(layout_.width),
                 static_cast<int>(layout_.height)};
    SDL_RenderCopyEx(renderer_, target_, nullptr, &dst, options_.rotation, nullptr, SDL_FLIP_NONE);
    SDL_RenderPresent(renderer_);
}

std::string MirrorWindow::describe() const {
    return std::string(SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "?") + " " +
           std::to_string(outputWidth_) + "x" + std::to_string(outputHeight_) +
           (options_.rotation ? ", rotated " + std::to_string(options_.rotation) : std::string());
}

}  // namespace mc
