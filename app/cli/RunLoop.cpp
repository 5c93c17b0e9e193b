#include "cli/RunLoop.h"

#include <algorithm>
#include <cstdio>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/RedrawSchedule.h"
#include "platform/display/Clock.h"
#include "platform/display/MirrorWindow.h"
#include "ui/MirrorView.h"

namespace mc {

int runMirror(const RunOptions& o) {
    auto content = loadContent(o.content);
    std::string problem;
    if (!content) {
        // Never a blank mirror: report the problem and fall back to the bundled pack.
        problem = content.error().message;
        std::fprintf(stderr, "mirrorcoach: content problem: %s\n", problem.c_str());
        content = loadContent(bundledContentDir().string());
        if (!content) {
            std::fprintf(stderr, "mirrorcoach: the bundled content is unusable too: %s\n",
                         content.error().message.c_str());
            return kExitFailure;
        }
    }
    auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
    if (!fonts) {
        std::fprintf(stderr, "mirrorcoach: %s\n", fonts.error().message.c_str());
        return kExitFailure;
    }

    WindowOptions wo;
    wo.rotation = o.rotation;
    if (!o.windowed.empty()) {
        auto size = parseSize(o.windowed);
        if (!size) {
            std::fprintf(stderr, "mirrorcoach run: --windowed: %s\n", size.error().message.c_str());
            return kExitUsage;
        }
        wo.fullscreen = false;
        wo.width = size->first;
        wo.height = size->second;
    }
    auto window = MirrorWindow::open(wo, *fonts, textCorpus(**content, o.language));
    if (!window) {
        std::fprintf(stderr, "mirrorcoach: %s\n", window.error().message.c_str());
        return kExitNoDisplay;
    }
    std::fprintf(stderr, "mirrorcoach: showing %zu routines on %s\n", (*content)->routines.size(),
                 (*window)->describe().c_str());

    MirrorState state(*content);
    if (!o.startRoutine.empty() && !state.openRoutine(o.startRoutine, monotonicNow()))
        std::fprintf(stderr, "mirrorcoach: no routine '%s'; showing the home screen\n", o.startRoutine.c_str());

    ViewContext ctx;
    ctx.layout = (*window)->layout();
    ctx.fonts = &(*window)->fonts();
    ctx.language = o.language;
    ctx.problem = problem;
    ctx.home.contentVersion = "content " + (*content)->version;

    RedrawSchedule redraw;
    for (;;) {
        MonoTime now = monotonicNow();
        bool quit = false;
        for (const InputEvent& e : (*window)->waitForInput(redraw.timeout(state, now))) {
            now = monotonicNow();
            if (e.shell == ShellCommand::Quit) quit = true;
            if (e.action) state.handle(*e.action, now);
            redraw.inputArrived(now);
        }
        if (quit) break;
        now = monotonicNow();
        state.tick(now);
        if (auto finished = state.takeFinishedSession())
            std::fprintf(stderr, "mirrorcoach: session %s %s after %lld s\n", finished->routineId.c_str(),
                         finished->stoppedEarly ? "stopped" : "completed",
                         static_cast<long long>(finished->activeTime.count() / 1000));
        LocalTime local = localTimeNow();
        ctx.now = now;
        ctx.clockMinutes = local.minutesOfDay;
        ctx.shift = burnInShift(local.epochSeconds);
        if (redraw.due(state, ctx, now)) (*window)->present([&](ImDrawList& list) { drawMirror(list, state, ctx); });
    }
    return kExitOk;
}

}  // namespace mc
