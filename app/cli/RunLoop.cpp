#include "cli/RunLoop.h"

#include <algorithm>
#include <cstdio>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/RedrawSchedule.h"
#include "cli/SessionRecorder.h"
#include "config/ConfigLoad.h"
#include "kiosk/KioskShell.h"
#include "platform/display/Clock.h"
#include "platform/audio/AudioOutput.h"
#include "platform/audio/SpeechWorker.h"
#include "platform/display/MirrorWindow.h"
#include "platform/files/PackReader.h"
#include "platform/packstore/InstalledContentLoader.h"
#include "platform/packstore/StorePaths.h"
#include "platform/packstore/Updater.h"
#include "platform/system/StatePaths.h"
#include "sound/SessionSound.h"
#include "update/UpdateStatus.h"
#include "ui/MirrorView.h"

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

SoundSettings soundSettingsOf(const SoundConfig& c) {
    SoundSettings s;
    s.volume = std::clamp(c.volume, 0, 100) / 100.0f;
    s.muted = c.mute;
    s.speech = c.speech;
    s.counting = c.counting;
    return s;
}

std::optional<SoundKey> soundKeyOf(ShellCommand command) {
    switch (command) {
    case ShellCommand::VolumeUp: return SoundKey::VolumeUp;
    case ShellCommand::VolumeDown: return SoundKey::VolumeDown;
    case ShellCommand::ToggleMute: return SoundKey::ToggleMute;
    default: return std::nullopt;
    }
}

void selectSuggested(MirrorState& state, const std::string& id) {
    const auto& routines = state.content().routines;
    for (size_t i = 0; i < routines.size(); ++i)
        if (routines[i].id == id) state.select(static_cast<int>(i));
}

}  // namespace

int runMirror(const RunOptions& o) {
    std::string problem;
    Config config = effectiveConfig(o, problem);

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
    const SessionEngine* soundSession = nullptr;

    MirrorState state(*content);
    selectSuggested(state, recorder.week(**content).suggestedRoutineId);
    if (!o.startRoutine.empty() && !state.openRoutine(o.startRoutine, monotonicNow()))
        std::fprintf(stderr, "mirrorcoach: no routine '%s'; showing the home screen\n", o.startRoutine.c_str());

    // Updates download on their own thread; the loop only takes finished, verified
    // content, and only on the home screen, so a session is never interrupted.
    UpdaterSettings us;
    us.stateDir = storeDir;
    us.cycle.source = {config.content.manifest_url, config.content.public_keys};
    us.http.caFile = config.content.ca_file;
    us.retry.pollInterval = Millis(int64_t(config.content.poll_interval_s) * 1000);
    Updater updater(us, loadValidPack, installed ? std::to_string(installed->version) : "");
    updater.start();

    ViewContext ctx;
    ctx.layout = (*window)->layout();
    ctx.fonts = &(*window)->fonts();
    ctx.language = config.language;
    ctx.problem = problem;

    RedrawSchedule redraw(Millis(1000 / std::clamp(config.display.fps_cap, 1, 240)));
    bool firstFrame = true;
    bool dark = false;
    Millis wait{0};
    for (;;) {
        std::vector<InputEvent> events = (*window)->waitForInput(wait);
        bool activity = std::any_of(events.begin(), events.end(), [](const InputEvent& e) { return e.activity; });
        bool quit = std::any_of(events.begin(), events.end(),
                                [](const InputEvent& e) { return e.shell == ShellCommand::Quit; });
        if (quit) break;

        MonoTime now = monotonicNow();
        Screen before = state.screen();
        KioskTick k = kiosk.tick(activity, state.screen() == Screen::Home, state.screen() == Screen::Player);
        if (!k.swallowInput) {
            for (const InputEvent& e : events) {
                if (e.action) state.handle(*e.action, now);
                if (auto key = e.shell ? soundKeyOf(*e.shell) : std::nullopt)
                    sound.setSettings(adjusted(sound.settings(), *key));
            }
        }
        if (activity) redraw.inputArrived(now);
        state.tick(now);
        recorder.observe(state);

        // Sound follows the session: begun when it starts, updated after every change,
        // ended only when the summary is left (so "well done" is not cut short).
        if (state.session() != soundSession) {
            if (soundSession) sound.end();
            soundSession = state.session();
            if (soundSession) sound.begin(*state.timeline(), soundSession->routine(), state.content(), config.language);
        }
        if (soundSession) sound.update(*soundSession, now);
        if (state.screen() == Screen::Home && before != Screen::Home)
            selectSuggested(state, recorder.week(state.content()).suggestedRoutineId);

        if (state.canReplaceContent()) {
            if (auto fresh = updater.takeReady()) {
                std::fprintf(stderr, "mirrorcoach: showing content version %lld\n", (long long)fresh->version);
                state.replaceContent(std::make_shared<const ContentPack>(std::move(fresh->pack)));
            }
        }
        ctx.home.updateStatus = statusLine(updater.status());

        const WeekProgress& week = recorder.week(state.content());
        ctx.home.weekDone = week.done;
        ctx.home.weekGoal = week.goal;
        ctx.home.streakWeeks = week.streakWeeks;
        ctx.home.suggestedRoutine = week.suggestedRoutineId;
        LocalTime local = localTimeNow();
        ctx.now = now;
        ctx.clockMinutes = local.minutesOfDay;
        ctx.shift = burnInShift(local.epochSeconds);

        if (!k.displayOn) {
            // Asleep: one black frame (black is "off" behind a mirror), then nothing.
            if (!dark) (*window)->present([](ImDrawList&) {});
            dark = true;
            wait = k.maxWait;
            continue;
        }
        if (dark) redraw.inputArrived(now);  // force a full frame on waking
        dark = false;
        if (redraw.due(state, ctx, now)) {
            (*window)->present([&](ImDrawList& list) { drawMirror(list, state, ctx); });
            if (firstFrame) kiosk.firstFrameShown();
            firstFrame = false;
        }
        wait = std::min(redraw.timeout(state, monotonicNow()), k.maxWait);
        if (auto t = sound.nextWakeup()) wait = std::clamp(*t - monotonicNow(), Millis(1), wait);
    }
    kiosk.shuttingDown();
    return kExitOk;
}

}  // namespace mc
