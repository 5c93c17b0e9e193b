// `mirrorcoach config check FILE`: validates a config file for the installer (exit 0 when
// clean, 1 with every problem listed), and `config print-default`: the defaults as TOML.
#include <cstdio>
#include <string>

#include "cli/Commands.h"
#include "config/ConfigLoad.h"
#include "platform/files/ConfigFile.h"

namespace mc {

void addConfigCommand(CommandRegistry& registry) {
    CLI::App* config = registry.root.add_subcommand("config", "Check or print the configuration file");
    config->require_subcommand(1);

    auto file = std::make_shared<std::string>();
    CLI::App* check = config->add_subcommand(
        "check", "Validate a config file: lists each problem with its line and key; exit status 0 if none");
    check->add_option("file", *file, "The config file (e.g. /etc/mirrorcoach/config.toml)")->required();
    registry.actions.emplace_back(check, [file]() {
        const ConfigLoad load = loadConfigFile(*file, true);
        for (const ConfigProblem& problem : load.problems) std::fprintf(stderr, "%s\n", problem.describe().c_str());
        if (!load.ok()) {
            std::fprintf(stderr, "%s: %zu problem%s; the mirror would use the defaults for %s\n", file->c_str(),
                         load.problems.size(), load.problems.size() == 1 ? "" : "s",
                         load.problems.size() == 1 ? "that setting" : "those settings");
            return static_cast<int>(kExitFailure);
        }
        std::printf("%s: ok\n", file->c_str());
        return static_cast<int>(kExitOk);
    });

    CLI::App* printDefault =
        config->add_subcommand("print-default", "Print every setting with its default value, as TOML");
    registry.actions.emplace_back(printDefault, []() {
        std::fputs(formatConfigWithDocs(Config{}).c_str(), stdout);
        return static_cast<int>(kExitOk);
    });
}

}  // namespace mc
