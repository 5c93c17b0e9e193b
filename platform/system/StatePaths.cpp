#include "platform/system/StatePaths.h"

#include <cstdlib>
#include <system_error>

#include "platform/durability/DurableFile.h"

namespace mc {

EnvironmentLookup processEnvironment() {
    return [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        if (!value || !*value) return std::nullopt;
        return std::string(value);
    };
}

Result<std::filesystem::path> chooseStateDirectory(const std::string& configured, const EnvironmentLookup& env) {
    if (!configured.empty()) return std::filesystem::path(configured);
    if (auto state = env("STATE_DIRECTORY")) {
        // systemd passes one path per StateDirectory= entry, separated by colons.
        return std::filesystem::path(state->substr(0, state->find(':')));
    }
    // XDG says relative values are invalid and must be ignored.
    if (auto xdg = env("XDG_STATE_HOME"); xdg && xdg->front() == '/') {
        return std::filesystem::path(*xdg) / "mirrorcoach";
    }
    if (auto home = env("HOME"); home && home->front() == '/') {
        return std::filesystem::path(*home) / ".local" / "state" / "mirrorcoach";
    }
    return Error{"no state directory: set content.state_dir in the config, or $STATE_DIRECTORY, $XDG_STATE_HOME or $HOME"};
}

Result<std::filesystem::path> prepareStateDirectory(const std::string& configured) {
    auto dir = chooseStateDirectory(configured, processEnvironment());
    if (!dir) return dir;
    // Durably: content installed into it must not vanish with the folder's name.
    if (auto made = makeDirectoriesDurably(*dir); !made)
        return Error{"cannot create the state directory " + dir->string() + ": " + made.error().message};
    return dir;
}

}  // namespace mc
