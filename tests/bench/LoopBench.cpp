// Frames and CPU per minute of the real run loop, per kind of moment: a hold counting
// down, paced repetitions with the animated figure, rests, the home screen, and asleep.
// MirrorLoop runs on a simulated clock (so the frame counts are exactly what the redraw
// schedule asks for) and draws every frame headless at the panel size; the CPU time of
// each turn is measured and charged to the moment it drew. Also reports the font atlas
// and the peak resident memory of the process, which ran a routine at full size.
//
// Usage: bench_loop [WIDTHxHEIGHT] [FPS_CAP]   (default 1920x1080 30)
// Output: one "key=value ..." line per moment, then an "atlas=" and a "peak_rss_kb=" line.
#include <time.h>

#include <cstdio>
#include <map>
#include <string>

#include "cli/ContentChoice.h"
#include "loop/MirrorLoop.h"
#include "platform/display/HeadlessRenderer.h"
#include "platform/files/PackReader.h"
#include "kiosk/SleepPolicy.h"
#include "platform/packstore/Updater.h"
#include "support/LoopFakes.h"
#include "support/ProcessMemory.h"

namespace mc::bench {
namespace {

double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct SilentSink final : SoundSink {  // cues are not what this measures
    void schedule(MonoTime, Voice) override {}
    void silence() override {}
    void setGain(float) override {}
};

struct Tally {
    Millis simulated{0};
    int frames = 0;
    int turns = 0;
    double cpu = 0;
    double drawCpu = 0;
};

// What the person sees at this turn, in the categories of the table.
std::string momentOf(const MirrorLoop& loop, MonoTime now) {
    if (!loop.displayOn()) return "asleep";
    const MirrorState& s = loop.state();
    if (s.screen() == Screen::Home) return "home";
    if (s.screen() != Screen::Player || !s.session()) return "overview/summary";
    SessionView v = s.session()->view(now);
    if (v.paused) return "paused";
    if (v.phase && v.phase->kind == PhaseKind::Work) return v.rep ? "reps" : "hold";
    return "rest";
}

int run(int width, int height, int fpsCap) {
    auto content = loadContent((std::filesystem::path(MC_SOURCE_ASSETS) / "pack").string());
    auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
    if (!content || !fonts) {
        std::fprintf(stderr, "bench_loop: %s\n", (!content ? content.error() : fonts.error()).message.c_str());
        return 1;
    }
    auto renderer = HeadlessRenderer::create(width, height, *fonts, textCorpus(**content, "en"));
    if (!renderer) {
        std::fprintf(stderr, "bench_loop: %s\n", renderer.error().message.c_str());
        return 1;
    }
    Config config;
    config.schedule.sleep = config.schedule.wake = "";  // idleness alone puts it to sleep
    config.schedule.idle_timeout_s = 300;
    test_support::FakeDisplayPower power;
    test_support::FakeServiceStatus service;
    KioskControl kiosk(sleepPolicyFromConfig(config), {power, service});
    SilentSink sink;
    SessionSound sound(sink, nullptr);
    SessionRecorder recorder(nullptr, config.progress.weekly_goal);  // no history file
    Updater updater(UpdaterSettings{}, loadValidPack, "");     // no manifest URL: never started
    int frames = 0;
    double drawCpu = 0;  // building the draw lists only: the CPU's share when a GPU rasterises
    test_support::FrameSink display([&](const DrawFrame& draw) {
        (*renderer)->render([&](ImDrawList& list) {
            const double before = cpuSeconds();
            draw(list);
            drawCpu += cpuSeconds() - before;
        });
        ++frames;
    });
    LoopParts parts{display, kiosk, sound, recorder, updater};
    ViewContext view;
    view.layout = (*renderer)->layout();
    view.fonts = &(*renderer)->fonts();
    const MonoTime mono0{Millis(1'000'000)};
    const int64_t wall0 = 1'795'419'000;  // a Monday morning
    auto timeAt = [&](Millis t) { return LoopTime{mono0 + t, {wall0 + t.count() / 1000, 0}}; };
    MirrorLoop loop(parts, *content, view, {.fpsCap = fpsCap}, timeAt(Millis(0)).wall);

    std::map<std::string, Tally> tally;
    Millis t{0};
    // Runs the loop until `until` (or `done`), charging each turn to its moment.
    auto advance = [&](Millis until, std::vector<InputEvent> events, auto done) {
        while (t < until && !done()) {
            const int framesBefore = frames;
            const double cpuBefore = cpuSeconds();
            const double drawBefore = drawCpu;
            Millis wait = loop.turn(events, timeAt(t));
            events.clear();
            // Charged to what the turn left on screen (waking draws the home screen).
            Tally& k = tally[momentOf(loop, mono0 + t)];
            k.cpu += cpuSeconds() - cpuBefore;
            k.drawCpu += drawCpu - drawBefore;
            k.frames += frames - framesBefore;
            k.turns += 1;
            Millis next = std::min(until, t + std::max(wait, Millis(1)));
            k.simulated += next - t;
            t = next;
        }
    };
    auto never = [] { return false; };
    // Ten minutes idle: five on the home screen, then asleep.
    advance(Millis(10 * 60'000), {}, never);
    // A key wakes it; the routines run in turn until three minutes of holds and of reps are seen.
    advance(t + Millis(5000), {{.action = Action::Next, .activity = true}}, never);
    for (const Routine& r : loop.state().content().routines) {
        if (tally["hold"].simulated >= Millis(180'000) && tally["reps"].simulated >= Millis(180'000)) break;
        if (!loop.openRoutine(r.id, mono0 + t)) continue;
        advance(t + Millis(3 * 3600'000), {}, [&] { return loop.state().screen() == Screen::Home; });
    }

    // The routine as a whole: every moment of the player screen.
    Tally routine;
    for (const char* m : {"hold", "reps", "rest", "paused"}) {
        const Tally& k = tally[m];
        routine.simulated += k.simulated;
        routine.frames += k.frames;
        routine.turns += k.turns;
        routine.cpu += k.cpu;
        routine.drawCpu += k.drawCpu;
    }
    tally["routine"] = routine;
    for (const auto& [moment, k] : tally) {
        const double minutes = k.simulated.count() / 60000.0;
        if (minutes <= 0) continue;
        std::printf("moment=%s minutes=%.1f frames_per_min=%.1f turns_per_min=%.1f cpu_s_per_min=%.4f "
                    "draw_cpu_s_per_min=%.4f\n",
                    moment.c_str(), minutes, k.frames / minutes, k.turns / minutes, k.cpu / minutes,
                    k.drawCpu / minutes);
    }
    const FontSet& f = (*renderer)->fonts();
    std::printf("atlas=%dx%d atlas_mb=%.1f\n", f.atlasWidth, f.atlasHeight,
                f.atlasWidth * f.atlasHeight * 4 / 1048576.0);
    std::printf("peak_rss_kb=%lld\n", static_cast<long long>(test_support::readMemory().hwm));
    return 0;
}

}  // namespace
}  // namespace mc::bench

int main(int argc, char** argv) {
    int width = 1920, height = 1080, fps = 30;
    if (argc > 1 && std::sscanf(argv[1], "%dx%d", &width, &height) != 2) {
        std::fprintf(stderr, "usage: bench_loop [WIDTHxHEIGHT] [FPS_CAP]\n");
        return 2;
    }
    if (argc > 2) fps = std::atoi(argv[2]);
    return mc::bench::run(width, height, fps);
}
