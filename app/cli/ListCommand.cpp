// `mirrorcoach list`: the routines (or programmes) of the active content, for
// installers, content authors and scripts.
#include <cstdio>
#include <string>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/PlayerConfig.h"
#include "core/Timeline.h"

namespace mc {
namespace {

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// "3 a week, 1 rest day between, doses x1.2"
std::string rhythmOf(const ProgrammeStage& stage) {
    std::string text = std::to_string(stage.sessionsPerWeek) + " a week";
    if (stage.sessionsPerDay > 1) text += ", " + std::to_string(stage.sessionsPerDay) + " a day";
    if (stage.restDaysBetween > 0) text += ", " + plural(stage.restDaysBetween, "rest day", "rest days") + " between";
    if (stage.doseScale != 1.0) {
        char scale[16];
        std::snprintf(scale, sizeof scale, "%g", stage.doseScale);
        text += std::string(", doses x") + scale;
    }
    return text;
}

// Each programme: id, title, length and whom it is meant for, then one line per stage.
void printProgrammes(const ContentPack& pack, bool idsOnly) {
    for (const Programme& p : pack.programmes) {
        if (idsOnly) {
            std::printf("%s\n", p.id.c_str());
            continue;
        }
        int weeks = 0;
        for (const ProgrammeStage& stage : p.stages) weeks += stage.weeks;
        std::string audience;
        for (const AudienceCondition& c : p.suitability.suits)
            audience += (audience.empty() ? "; for " : ", ") + std::string(situationName(c.situation));
        std::printf("%-30s %s (%s%s)\n", p.id.c_str(), p.title.in("en").c_str(),
                    plural(weeks, "week", "weeks").c_str(), audience.c_str());
        int week = 1;
        for (const ProgrammeStage& stage : p.stages) {
            const int last = week + stage.weeks - 1;
            const std::string span = week == last ? "week " + std::to_string(week)
                                                  : "weeks " + std::to_string(week) + "-" + std::to_string(last);
            std::string routines;
            for (const std::string& id : stage.routines) routines += (routines.empty() ? "" : ", ") + id;
            std::printf("  %-12s %s: %s\n", span.c_str(), rhythmOf(stage).c_str(), routines.c_str());
            week = last + 1;
        }
    }
}

}  // namespace

void addListCommand(CommandRegistry& registry) {
    struct Options {
        std::string content;
        std::string config;
        bool idsOnly = false;
        bool programmes = false;
    };
    auto opts = std::make_shared<Options>();
    CLI::App* cmd = registry.add("list", "Print the routines of the content: id, title, duration", [opts] {
        auto pack = loadContent(opts->content);
        if (!pack) {
            std::fprintf(stderr, "mirrorcoach list: %s\n", pack.error().message.c_str());
            return int(kExitFailure);
        }
        if (opts->programmes) {
            printProgrammes(**pack, opts->idsOnly);
            return int(kExitOk);
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
    cmd->add_flag("--ids", opts->idsOnly, "Print only the routine (or programme) ids, one per line");
    cmd->add_flag("--programmes", opts->programmes,
                  "Print the programmes instead: weeks, rhythm and routines of each stage");
}

}  // namespace mc
