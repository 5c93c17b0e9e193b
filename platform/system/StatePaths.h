#pragma once
// Where the mirror keeps its state (installed content, progress database):
// as a service, systemd's StateDirectory= (/var/lib/mirrorcoach, passed in
// $STATE_DIRECTORY); run by hand, the XDG state directory of the user.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "core/Result.h"

namespace mc {

// Reads an environment variable; injected so the choice can be tested without touching the process.
using EnvironmentLookup = std::function<std::optional<std::string>(const std::string& name)>;

EnvironmentLookup processEnvironment();

// The first that applies: `configured` (config content.state_dir) if not empty, else the
// first entry of $STATE_DIRECTORY, else $XDG_STATE_HOME/mirrorcoach, else
// $HOME/.local/state/mirrorcoach. An error only if none can be determined.
Result<std::filesystem::path> chooseStateDirectory(const std::string& configured, const EnvironmentLookup& env);

// chooseStateDirectory with the process environment, then creates the directory.
Result<std::filesystem::path> prepareStateDirectory(const std::string& configured);

}  // namespace mc
