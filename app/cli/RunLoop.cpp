#include "cli/RunLoop.h"

#include <algorithm>
#include <cstdio>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/MirrorLoop.h"
#include "config/ConfigLoad.h"
#include "locale/Locale.h"
#include "platform/display/Clock.h"
#include "platform/audio/AudioOutput.h"
#include "platform/audio/SpeechWorker.h"
#include "platform/display/MirrorWindow.h"
#include "platform/files/PackReader.h"
#include "platform/packstore/InstalledContentLoader.h"
#include "platform/packstore/StorePaths.h"
#include "platform/store/WallClock.h"
#include "platform/system/StatePaths.h"

namespace mc {
namespace {

// The config file with the command line's overrides applied; problems are logged
// and the first is kept for the home screen.
Config effectiveConfig(const RunOptions& o, std::string& problem) {
    bool explicitPath = !o.configPath.empty();
    ConfigLoad load = loadConfigFile(explicitPath ? o.configPath : kDefaultConfigPath, explicitPath);
    for (const ConfigProblem& p : load.problems) std::fprintf(stderr, "mirrorcoach: config: %s\n", p.describe().c_str());
    if (!load.problems.empty()) problem = "Config: " + load.problems.front().describe();
    Config c = load.config;
    if (o.rotation >= 0) c.display.rotation = o.rotation;
    if (!o.language.empty()) c.language = o.language;
    if (!o.content.empty()) c.content.bundled_path = o.content;
    return c;
}

}  // namespace

int runMirror(const RunOptions& o) {
    std::string problem;
    Config config = effectiveConfig(o, problem);
    if (auto notice = languageFallbackNotice(config.language)) std::fprintf(stderr, "mirrorcoach: %s\n", notice->c_str());

    // Content: the installed update if its files still verify, else the configured or
    // bundled pack. Never a blank mirror: a problem is reported and the bundled pack shown.
    std::filesystem::path storeDir = contentStoreDir(config.content.state_dir);
    std::optional<InstalledContent> installed;
    if (o.content.empty())  // an explicit --content wins over installed updates
        installed = loadInstalledContent(storeDir, config.content.public_keys, loadValidPack);
    Result<std::shared_ptr<const ContentPack>> content =
        installed ? Result<std::shared_ptr<const ContentPack>>(std::make_shared<const ContentPack>(installed->pack))
                  : loadContent(config.content.bundled_path);
    if (!content) {
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
    wo.rotation = config.display.rotation;
    wo.fullscreen = config.display.fullscreen;
    wo.width = config.display.window_width;
    wo.height = config.display.window_height;
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
    auto window = MirrorWindow::open(wo, *fonts, textCorpus(**content, config.language));
    if (!window) {
        std::fprintf(stderr, "mirrorcoach: %s\n", window.error().message.c_str());
        return kExitNoDisplay;
    }
    std::fprintf(stderr, "mirrorcoach: showing %zu routines on %s\n", (*content)->routines.size(),
                 (*window)->describe().c_str());

    auto stateDir = prepareStateDirectory(config.content.state_dir);
    if (!stateDir) std::fprintf(stderr, "mirrorcoach: %s; history is not kept\n", stateDir.error().message.c_str());
    SessionRecorder recorder(stateDir ? *stateDir : std::filesystem::path(), config.progress.weekly_goal);
    KioskShell kiosk(config);
    if (problem.empty() && !kiosk.problems().empty()) problem = kiosk.problems().front();

    // Declared in this order so they are destroyed in reverse (sound before speech before audio).
    std::unique_ptr<AudioOutput> audio = AudioOutput::open();
    SpeechWorker speech;
    SessionSound sound(*audio, &speech, soundSettingsOf(config.sound));

    // Updates download on their own thread (see MirrorLoop::takeUpdate for the handoff).
    UpdaterSettings us;
    us.stateDir = storeDir;
    us.cycle.source = {config.content.manifest_url, config.content.public_keys};
    us.http.caFile = config.content.ca_file;
    us.retry.pollInterval = Millis(int64_t(config.content.poll_interval_s) * 1000);
    Updater updater(us, loadValidPack, installed ? std::to_string(installed->version) : "");
    updater.start();

    ViewContext view;
    view.layout = (*window)->layout();
    view.fonts = &(*window)->fonts();
    view.problem = problem;
    LoopSettings settings;
    settings.language = config.language;
    settings.fpsCap = config.display.fps_cap;
    LoopParts parts{kiosk, sound, recorder, updater,
                    [&](const std::function<void(ImDrawList&)>& draw) { (*window)->present(draw); },
                    [&](const ContentPack& pack) {
                        // An update may bring characters the atlas lacks (a new language).
                        if (Status s = (*window)->coverText(textCorpus(pack, config.language)); !s)
                            std::fprintf(stderr, "mirrorcoach: fonts for the new content: %s\n",
                                         s.error().message.c_str());
                    }};
    MirrorLoop loop(parts, *content, view, settings, wallTimeNow());
    if (!o.startRoutine.empty() && !loop.openRoutine(o.startRoutine, monotonicNow()))
        std::fprintf(stderr, "mirrorcoach: no routine '%s'; showing the home screen\n", o.startRoutine.c_str());

    Millis wait{0};
    for (;;) {
        std::vector<InputEvent> events = (*window)->waitForInput(wait);
        bool quit = std::any_of(events.begin(), events.end(),
                                [](const InputEvent& e) { return e.shell == ShellCommand::Quit; });
        if (quit) break;
        LoopTime now{monotonicNow(), wallTimeNow()};
        wait = loop.turn(events, now);
        // Drawing took time too: wake when the next change is due, not that much later.
        wait = std::max(Millis(0), wait - (monotonicNow() - now.mono));
    }
    kiosk.shuttingDown();
    return kExitOk;
}

}  // namespace mc
