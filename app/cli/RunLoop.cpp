#include "cli/RunLoop.h"

#include <algorithm>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/HouseholdConfig.h"
#include "cli/PlayerConfig.h"
#include "cli/RemoteWiring.h"
#include "config/ConfigLoad.h"
#include "kiosk/SleepPolicy.h"
#include "locale/Locale.h"
#include "log/Log.h"
#include "loop/MirrorLoop.h"
#include "platform/audio/AudioOutput.h"
#include "platform/audio/SpeechWorker.h"
#include "platform/display/Clock.h"
#include "platform/display/MirrorWindow.h"
#include "platform/files/ConfigFile.h"
#include "platform/files/PackReader.h"
#include "platform/packstore/InstalledContentLoader.h"
#include "platform/packstore/StorePaths.h"
#include "platform/packstore/Updater.h"
#include "platform/store/HistoryStore.h"
#include "platform/store/WallClock.h"
#include "platform/system/DisplayPowerSwitch.h"
#include "platform/system/PresenceSensor.h"
#include "platform/system/ServiceNotifier.h"
#include "platform/system/StatePaths.h"
#include "platform/system/StopSignals.h"

namespace mc {
namespace {

// The config file with the command line's overrides applied; problems are logged
// and the first is kept for the home screen.
Config effectiveConfig(const RunOptions& o, std::string& problem) {
    bool explicitPath = !o.configPath.empty();
    ConfigLoad load = loadConfigFile(explicitPath ? o.configPath : kDefaultConfigPath, explicitPath);
    logConfigProblems(load);
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
    s.voice = c.voice;
    return s;
}

struct SystemClocks final : Clocks {
    LoopTime now() override { return {monotonicNow(), wallTimeNow()}; }
};

// The PIR sensor when presence.mode = "gpio". A failure is logged and shown, and the
// mirror carries on as with mode = "input".
std::unique_ptr<PresenceSensor> openPresence(Config& config, std::string& problem) {
    if (config.presence.mode != PresenceMode::Gpio) return nullptr;
    auto sensor = PresenceSensor::open(config.presence.gpio_chip, config.presence.gpio_line, config.presence.active_low);
    if (!sensor) {
        logWarning("", sensor.error().message);  // it names its area: "presence: ..."
        if (problem.empty()) problem = sensor.error().message;
        config.presence.mode = PresenceMode::Input;
        return nullptr;
    }
    logInfo("presence", "PIR sensor on " + config.presence.gpio_chip + " line " + std::to_string(config.presence.gpio_line));
    return std::move(*sensor);
}

// The history in the state directory; nothing (and one log line) when it cannot be kept.
std::optional<HistoryStore> openHistory(const std::string& configuredStateDir) {
    auto stateDir = prepareStateDirectory(configuredStateDir);
    if (!stateDir) {
        logWarning("history", stateDir.error().message + "; history is not kept");
        return std::nullopt;
    }
    auto store = HistoryStore::open(*stateDir);
    if (!store) {
        logWarning("history", store.error().message + "; running without history");
        return std::nullopt;
    }
    return std::move(*store);
}

}  // namespace

int runMirror(const RunOptions& o) {
    // First, before any thread starts: SIGTERM/SIGINT become a Quit for the loop.
    StopSignals signals([](int) { MirrorWindow::requestQuit(); });

    std::string problem;
    Config config = effectiveConfig(o, problem);
    if (auto notice = languageFallbackNotice(config.language)) logWarning("config", *notice);

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
        logWarning("content", problem + "; using the bundled pack");
        content = loadContent(bundledContentDir().string());
        if (!content) {
            logError("content", "the bundled content is unusable too: " + content.error().message);
            return kExitFailure;
        }
    }
    auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
    if (!fonts) {
        logError("display", fonts.error().message);
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
            logError("run", "--windowed: " + size.error().message);
            return kExitUsage;
        }
        wo.fullscreen = false;
        wo.width = size->first;
        wo.height = size->second;
    }
    auto window = MirrorWindow::open(wo, *fonts, textCorpus(**content, config.language));
    if (!window) {
        logError("display", window.error().message);
        return kExitNoDisplay;
    }
    logNotice("display", "showing " + std::to_string((*content)->routines.size()) + " routines on " +
                             (*window)->describe());
    if (signals.requested()) return kExitOk;  // stopped before the window could hear it

    std::optional<HistoryStore> history = openHistory(config.content.state_dir);
    SessionRecorder recorder(history ? &*history : nullptr, config.progress.weekly_goal);

    std::unique_ptr<PresenceSensor> presence = openPresence(config, problem);
    DisplayPowerSwitch power(config.schedule.display_off_command, config.schedule.display_on_command,
                             Millis(int64_t{config.schedule.command_timeout_s} * 1000));
    ServiceNotifier notifier;
    KioskControl kiosk(sleepPolicyFromConfig(config), {power, notifier, presence.get()});

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

    // The phone remote, when enabled: its commands join the window's input.
    std::unique_ptr<RemoteWiring> remote = startRemote(config, MC_VERSION);
    std::optional<RemoteInput> input;
    if (remote) input.emplace(**window, *remote->inbox);
    DisplayPort& display = input ? static_cast<DisplayPort&>(*input) : static_cast<DisplayPort&>(**window);

    ViewContext view;
    view.layout = (*window)->layout();
    view.fonts = &(*window)->fonts();
    view.problem = problem;
    LoopSettings settings;
    settings.language = config.language;
    settings.fpsCap = config.display.fps_cap;
    settings.timings.pauseTimeout = Millis(int64_t{config.schedule.pause_timeout_s} * 1000);
    settings.timings.reading = readingPaceOf(config.player);
    if (history) applyConfigProfiles(config.profiles, *history, wallTimeNow().utcSeconds);
    LoopParts parts{display, kiosk, sound, recorder, updater,
                    [&](const ContentPack& pack) { return textCorpus(pack, config.language); },
                    remote ? remote->server.get() : nullptr, history ? &*history : nullptr};
    MirrorLoop loop(parts, *content, view, settings, wallTimeNow());
    if (!o.startRoutine.empty()) {
        const MonoTime now = monotonicNow();
        bool found = false;
        if (!o.atFirst.empty() && loop.startRoutine(o.startRoutine, now)) {
            found = true;
            Millis at{-1};
            for (const Phase& p : loop.state().timeline()->phases) {
                const bool match = o.atFirst == "rest" ? p.kind == PhaseKind::ExerciseRest || p.kind == PhaseKind::SetRest
                                                       : p.kind == PhaseKind::Work && p.item >= 0 &&
                                                             (loop.state().routine()->items[size_t(p.item)].dose.kind ==
                                                              Dose::Kind::Reps) == (o.atFirst == "reps");
                if (match) {
                    at = p.start + Millis(1000);
                    break;
                }
            }
            if (at < Millis(0)) logWarning("content", "routine '" + o.startRoutine + "' has no " + o.atFirst);
            else loop.startRoutine(o.startRoutine, now - at);
        } else if (o.at >= 0) {
            found = loop.startRoutine(o.startRoutine, now - Millis(int64_t(o.at * 1000)));
        } else {
            found = loop.openRoutine(o.startRoutine, now);
        }
        if (!found) logWarning("content", "no routine '" + o.startRoutine + "'; showing the home screen");
    }

    SystemClocks clocks;
    loop.run(clocks);
    // The window benchmark (deploy/bench.sh) reads this line.
    logNotice("display", std::to_string(loop.framesDrawn()) + " frames drawn");
    return kExitOk;
}

}  // namespace mc
