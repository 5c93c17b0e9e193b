// `mirrorcoach list`: the routines of the active content, for installers and scripts.
#include <cstdio>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/PlayerConfig.h"
#include "core/Timeline.h"

namespace mc {

void addListCommand(CommandRegistry& registry) {
    struct Options {
        std::string content;
        std::string config;
        bool idsOnly = false;
    };
    auto opts = std::make_shared<Options>();
    CLI::App* cmd = registry.add("list", "Print the routines of the content: id, title, duration", [opts] {
        auto pack = loadContent(opts->content);
        if (!pack) {
            std::fprintf(stderr, "mirrorcoach list: %s\n", pack.error().message.c_str());
            return int(kExitFailure);
        }
        const ReadingPace reading = opts->idsOnly ? ReadingPace{} : readingPaceFromConfig(opts->config);
        for (const Routine& r : (*pack)->routines) {
            if (opts->idsOnly) {
                std::printf("%s\n", r.id.c_str());
                continue;
            }
            long secs = static_cast<long>(expandRoutine(r, **pack, reading).total.count() / 1000);
            std::printf("%-28s %-44s %3ld:%02ld\n", r.id.c_str(), r.title.in("en").c_str(), secs / 60, secs % 60);
        }
        return int(kExitOk);
    });
    cmd->add_option("--content", opts->content, "Content pack folder (default: the installed or bundled pack)");
    cmd->add_option("--config", opts->config,
                    "Configuration file for [player] timings (default: /etc/mirrorcoach/config.toml if present)");
    cmd->add_flag("--ids", opts->idsOnly, "Print only the routine ids, one per line");
}

}  // namespace mc
