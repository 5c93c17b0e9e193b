#pragma once
// The real display: a fullscreen (or windowed) SDL window with a renderer. The UI is
// drawn into a texture of the upright size and copied rotated to the screen, because
// kmsdrm ignores the OS's rotation settings and portrait mirrors are common. A frame is
// drawn only when it differs from the last, and where the frame is kept (that texture,
// or the software renderer's window surface) only what changed is redrawn.
#include <SDL.h>

#include <functional>
#include <memory>
#include <vector>

#include "platform/display/FrameRenderer.h"
#include "platform/display/InputMapping.h"
#include "ui/DisplayPort.h"

namespace mc {

struct WindowOptions {
    bool fullscreen = true;
    int width = 1280;  // windowed size
    int height = 720;
    int rotation = 0;  // 0, 90, 180, 270 degrees clockwise
};

class MirrorWindow final : public DisplayPort {
public:
    // Opens the display. The error says which video driver was tried and what to do.
    static Result<std::unique_ptr<MirrorWindow>> open(const WindowOptions& options, const FontFiles& fonts,
                                                      const std::string& corpus);
    ~MirrorWindow() override;

    // The size the UI is laid out for (rotated: portrait on a turned landscape panel).
    const Layout& layout() const { return layout_; }
    const FontSet& fonts() const { return frame_->fonts(); }
    // New content: bakes the characters the fonts lack (see FrameRenderer::coverText).
    Status coverText(const std::string& corpus) override { return frame_->coverText(layout_, corpus); }

    // Waits up to `timeout` for input; returns what arrived (possibly nothing).
    std::vector<InputEvent> waitForInput(Millis timeout) override;

    void present(const DrawFrame& draw) override;
    // Makes waitForInput return a Quit; callable from any thread (the signal thread).
    static void requestQuit();
    // Makes waitForInput return early (with no event of its own); callable from any thread
    // (the phone remote's, when a command arrives).
    static void wakeUp();

    std::string describe() const;  // "kmsdrm 1920x1080, rotated 90" for the log

private:
    MirrorWindow() = default;
    static Status openVideo();
    void openControllers();
    void showRects(const std::vector<DamageRect>& rects);
    void show();

    WindowOptions options_;
    KeyMode keys_ = KeyMode::Kiosk;
    Layout layout_;
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    SDL_Texture* target_ = nullptr;
    std::unique_ptr<FrameRenderer> frame_;
    std::vector<SDL_GameController*> controllers_;
    int outputWidth_ = 0;
    int outputHeight_ = 0;
    bool firstShown_ = false;
    bool software_ = false;  // SDL's software renderer: the window's surface keeps the frame
};

}  // namespace mc
