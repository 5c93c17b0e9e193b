#include "platform/files/StartupContent.h"

#include "platform/files/PackReader.h"

namespace mc {

StartupContent loadFirstValidPack(const std::vector<std::filesystem::path>& candidates) {
    StartupContent out;
    for (const std::filesystem::path& dir : candidates) {
        PackLoad load = loadPack(dir);
        if (load.ok()) {
            out.pack = std::move(load.pack);
            out.dir = dir;
            break;
        }
        out.rejected.push_back(RejectedPack{dir, std::move(load.problems)});
    }
    return out;
}

std::string StartupContent::problemReport(std::size_t maxPerPack) const {
    std::string out;
    for (const RejectedPack& r : rejected) {
        if (!out.empty()) out += "\n";
        out += describeProblems(r.problems, r.dir.string(), maxPerPack);
    }
    if (rejected.empty()) return out;
    out += pack ? "\nUsing the content pack in " + dir.string() + " instead."
                : std::string("\nNo valid content pack: fix the problems above, or reinstall MirrorCoach.");
    return out;
}

}  // namespace mc
