// `mirrorcoach validate PATH`: checks a content pack and lists every problem with
// its file, line, field and a hint, so a publisher can fix them all in one pass.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/Commands.h"
#include "platform/files/PackReader.h"

namespace mc {

namespace {
std::string counted(std::size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

int validate(const std::string& path) {
    PackLoad load = loadPack(path);
    for (const Problem& problem : load.problems) std::printf("%s\n", formatProblem(problem, path).c_str());
    if (load.ok()) {
        const ContentPack& pack = *load.pack;
        // Programmes are optional: named only when the pack has some.
        const std::string programmes =
            pack.programmes.empty() ? "" : ", " + counted(pack.programmes.size(), "programme");
        std::printf("%s: valid pack \"%s\" version %s (format %d): %s, %s%s\n", path.c_str(), pack.id.c_str(),
                    pack.version.c_str(), pack.formatVersion, counted(pack.exercises.size(), "exercise").c_str(),
                    counted(pack.routines.size(), "routine").c_str(), programmes.c_str());
        return kExitOk;
    }
    std::printf("%s: invalid pack: %s\n", path.c_str(), counted(load.problems.size(), "problem").c_str());
    return kExitFailure;
}
}  // namespace

void addValidateCommand(CommandRegistry& registry) {
    auto path = std::make_shared<std::string>();
    CLI::App* sub = registry.add(
        "validate", "Check a content pack and list every problem with file, line, field and a hint (exit 0 = valid)",
        [path] { return validate(*path); });
    sub->add_option("PATH", *path, "the pack folder (the one holding pack.json), e.g. assets/pack")->required();
    sub->footer(
        "Exit status: 0 when the pack is valid, 1 when it has problems.\n"
        "The format is described in docs/content-format.md.");
}

}  // namespace mc
