#pragma once
// Where the downloaded content lives: <state dir>/content, the state dir being the
// configured one, else $STATE_DIRECTORY (systemd), $XDG_STATE_HOME/mirrorcoach or
// ~/.local/state/mirrorcoach. The app and `mirrorcoach update` must agree on it.
#include <filesystem>
#include <string>

namespace mc {

std::filesystem::path contentStoreDir(const std::string& configuredStateDir);

}  // namespace mc
