#include "platform/packstore/StorePaths.h"

#include <cstdlib>

namespace mc {
namespace fs = std::filesystem;

fs::path contentStoreDir(const std::string& configuredStateDir) {
    fs::path state;
    if (!configuredStateDir.empty()) {
        state = configuredStateDir;
    } else if (const char* systemd = std::getenv("STATE_DIRECTORY"); systemd && *systemd) {
        const std::string first(systemd);
        state = first.substr(0, first.find(':'));
    } else if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg && fs::path(xdg).is_absolute()) {
        state = fs::path(xdg) / "mirrorcoach";
    } else {
        const char* home = std::getenv("HOME");
        state = fs::path(home && *home ? home : ".") / ".local" / "state" / "mirrorcoach";
    }
    return state / "content";
}

}  // namespace mc
