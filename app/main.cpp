// mirrorcoach: the hands-free exercise coach for smart mirrors.
// Subcommands are registered from app/cli/; `run` is the default.
#include <exception>

#include "cli/Commands.h"
#include "log/Log.h"

int main(int argc, char** argv) {
    // Once, before any thread: log lines carry journald priorities when stderr is the journal.
    mc::setUpLogging();

    CLI::App app{"MirrorCoach: a hands-free back-exercise coach for smart mirrors", "mirrorcoach"};
    app.set_version_flag("--version", std::string("mirrorcoach ") + MC_VERSION_STRING);
    app.require_subcommand(0, 1);

    mc::CommandRegistry registry{app, {}};
    mc::addRunCommand(registry);
    mc::addScreenshotCommand(registry);
    mc::addListCommand(registry);
    mc::addValidateCommand(registry);
    mc::addPublishCommands(registry);
    mc::addUpdateCommand(registry);
    mc::addHistoryCommand(registry);
    mc::addSuggestCommand(registry);
    mc::addConfigCommand(registry);
    mc::addRenderAudioCommand(registry);
    mc::addRemoteCommand(registry);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version exit 0; every usage error exits with one status.
        return app.exit(e) == 0 ? mc::kExitOk : mc::kExitUsage;
    }

    try {
        for (auto& [sub, action] : registry.actions) {
            if (sub->parsed()) return action();
        }
        // No subcommand: run the mirror with default settings.
        return registry.actions.front().second();
    } catch (const std::exception& e) {
        mc::logError("", e.what());  // no area: any command may throw
        return mc::kExitFailure;
    }
}
