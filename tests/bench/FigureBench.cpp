// The cost of drawing one figure on a 4K frame: the old stick figure (ui/FigureView)
// against a body of tapered outlined shapes (ui/BodyView), each on top of an empty
// frame (clearing, rasterising and reading back the picture), which is measured alone
// so the difference is the figure's software raster. The .../draw_list runs time only
// the drawing calls that fill the draw list: the CPU a GPU-rasterised frame spends on the
// figure. Counters: vertices the figure adds to the draw list.
//
// Usage: bench_figure [Google Benchmark flags]
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <memory>

#include "bodyview/SampleBodies.h"
#include "core/FigureAnimation.h"
#include "platform/display/HeadlessRenderer.h"
#include "ui/BodyView.h"
#include "ui/FigureView.h"

namespace mc::bench {
namespace {

constexpr int kWidth = 3840, kHeight = 2160;
constexpr float kBox[4] = {1320, 160, 1200, 1840};  // a figure as large as a screen shows one

HeadlessRenderer& renderer() {
    static std::unique_ptr<HeadlessRenderer> r = [] {
        auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
        if (!fonts) std::fprintf(stderr, "bench_figure: %s\n", fonts.error().message.c_str()), std::exit(1);
        auto made = HeadlessRenderer::create(kWidth, kHeight, *fonts, "");
        if (!made) std::fprintf(stderr, "bench_figure: %s\n", made.error().message.c_str()), std::exit(1);
        return std::move(*made);
    }();
    return *r;
}

// state.range(0): 1 = time only the drawing calls (manual time), 0 = the whole frame.
template <typename Draw>
void frames(benchmark::State& state, Draw draw) {
    HeadlessRenderer& r = renderer();
    int vertices = 0;
    for (auto _ : state) {
        std::chrono::duration<double> drawing{};
        Image img = r.render([&](ImDrawList& list) {
            Canvas canvas(list, r.layout(), r.fonts());
            int before = list.VtxBuffer.Size;
            auto start = std::chrono::steady_clock::now();
            draw(canvas);
            drawing = std::chrono::steady_clock::now() - start;
            vertices = list.VtxBuffer.Size - before;
        });
        benchmark::DoNotOptimize(img.rgba.data());
        if (state.range(0) == 1) state.SetIterationTime(drawing.count());
    }
    state.counters["vertices"] = vertices;
}

void BM_EmptyFrame(benchmark::State& state) {
    frames(state, [](Canvas&) {});
}

void BM_StickFigure(benchmark::State& state) {
    Figure figure{{Keyframe{0.0f, standingPose()}}};
    frames(state, [&](Canvas& c) { drawFigure(c, figure, {}, kBox[0], kBox[1], kBox[2], kBox[3]); });
}

void BM_Body(benchmark::State& state) {
    BodyShape body = test::standingBody();
    BodyStyle style{partBit(BodyPart::ThighL) | partBit(BodyPart::ShinL)};
    frames(state, [&](Canvas& c) { drawBodyInBox(c, body, style, kBox[0], kBox[1], kBox[2], kBox[3]); });
}

BENCHMARK(BM_EmptyFrame)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StickFigure)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Body)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StickFigure)->Arg(1)->Name("BM_StickFigure/draw_list")->UseManualTime()->Iterations(30)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Body)->Arg(1)->Name("BM_Body/draw_list")->UseManualTime()->Iterations(30)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace mc::bench

BENCHMARK_MAIN();
