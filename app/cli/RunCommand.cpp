// `mirrorcoach run` (the default): the mirror itself. The imperative shell around
// MirrorState: read the clock, read input, advance, draw, and sleep until the next
// moment something visible changes.
#include <cstdio>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/RunLoop.h"

namespace mc {

void addRunCommand(CommandRegistry& registry) {
    auto o = std::make_shared<RunOptions>();
    CLI::App* cmd = registry.add("run", "Start the mirror (the default command)", [o] { return runMirror(*o); });
    cmd->add_option("--config", o->configPath, "Configuration file (default: /etc/mirrorcoach/config.toml if present)");
    cmd->add_option("--content", o->content, "Content pack folder (default: the installed or bundled pack)");
    cmd->add_option("--windowed", o->windowed, "Open a window of WxH instead of fullscreen (development)");
    cmd->add_option("--rotate", o->rotation, "Rotation of the panel: 0, 90, 180 or 270")
        ->check(CLI::IsMember({0, 90, 180, 270}));
    cmd->add_option("--language", o->language, "Language of the texts and speech, a tag such as en, ru or ru-RU; overrides the config");
    cmd->add_option("--routine", o->startRoutine, "Open this routine's overview at start");
    cmd->add_option("--at", o->at, "With --routine: start it at once, this many seconds in (benchmarks, development)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--at-first", o->atFirst, "With --routine: start it at once, 1 s into its first hold, reps or rest")
        ->check(CLI::IsMember({"hold", "reps", "rest"}));
}

}  // namespace mc
