// The CPU a frame costs SDL's software renderer, drawn whole (clear, every triangle) and
// drawn through damage rectangles (FrameRenderer::renderChanges), for the moments of the
// window benchmark: a sequence of frames of gentle-lower-back at the window's rate.
// Thread CPU time (the software renderer draws on the calling thread), so other load on
// the machine changes the figures less than wall time would.
//
// Usage: bench_damage [WIDTHxHEIGHT]   (default 1080x1920)
// Output: one "moment=... full_ms=... changes_ms=... frames=..." line per moment.
#include <time.h>

#include <cstdio>
#include <memory>
#include <string>

#include "cli/ContentChoice.h"
#include "mirror/MirrorState.h"
#include "platform/display/FrameRenderer.h"
#include "ui/MirrorView.h"

namespace mc::bench {
namespace {

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Target {
    SDL_Surface* surface = nullptr;
    SDL_Renderer* renderer = nullptr;
    std::unique_ptr<FrameRenderer> frame;
    ~Target() {
        frame.reset();
        if (renderer) SDL_DestroyRenderer(renderer);
        if (surface) SDL_FreeSurface(surface);
    }
};

int run(int width, int height) {
    auto content = loadContent((std::filesystem::path(MC_SOURCE_ASSETS) / "pack").string());
    auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
    if (!content || !fonts) {
        std::fprintf(stderr, "bench_damage: %s\n", (!content ? content.error() : fonts.error()).message.c_str());
        return 1;
    }
    const Layout layout = Layout::forScreen(width, height);
    Target full, changes;
    for (Target* t : {&full, &changes}) {
        t->surface = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32);
        t->renderer = t->surface ? SDL_CreateSoftwareRenderer(t->surface) : nullptr;
        if (!t->renderer) return std::fprintf(stderr, "bench_damage: %s\n", SDL_GetError()), 1;
        t->frame = std::make_unique<FrameRenderer>();
        if (Status s = t->frame->init(t->renderer, *fonts, layout, textCorpus(**content, "en")); !s)
            return std::fprintf(stderr, "bench_damage: %s\n", s.error().message.c_str()), 1;
    }
    struct Moment {
        const char* name;
        int fromMs, stepMs, frames;
    };
    // As in deploy/bench-window.sh: reps from 16 s, a hold from 86 s (easing in), the
    // get-ready screen's seconds; frames at 30 fps for motion, once a second otherwise.
    for (Moment m : {Moment{"reps", 16000, 33, 90}, Moment{"hold", 86000, 33, 90}, Moment{"hold-still", 100000, 100, 30},
                     Moment{"rest", 1000, 1000, 10}}) {
        MirrorState state(*content);
        state.startRoutine("gentle-lower-back", MonoTime{0});
        double ms[2] = {0, 0};
        for (int i = 0; i < m.frames; ++i) {
            const MonoTime now{m.fromMs + i * m.stepMs};
            state.tick(now);
            int k = 0;
            for (Target* t : {&full, &changes}) {
                ViewContext ctx;
                ctx.layout = layout;
                ctx.fonts = &t->frame->fonts();
                ctx.now = now;
                ctx.clockMinutes = 7 * 60;
                auto draw = [&](ImDrawList& list) { drawMirror(list, state, ctx); };
                const double before = threadCpuMs();
                if (t == &full)
                    t->frame->render(layout, draw);
                else
                    t->frame->renderChanges(layout, draw);
                if (i > 0) ms[k] += threadCpuMs() - before;  // the first frame is whole either way
                ++k;
            }
        }
        std::printf("moment=%s frames=%d full_ms=%.2f changes_ms=%.2f\n", m.name, m.frames - 1, ms[0] / (m.frames - 1),
                    ms[1] / (m.frames - 1));
    }
    return 0;
}

}  // namespace
}  // namespace mc::bench

int main(int argc, char** argv) {
    int width = 1080, height = 1920;
    if (argc > 1 && std::sscanf(argv[1], "%dx%d", &width, &height) != 2) {
        std::fprintf(stderr, "usage: bench_damage [WIDTHxHEIGHT]\n");
        return 2;
    }
    return mc::bench::run(width, height);
}
