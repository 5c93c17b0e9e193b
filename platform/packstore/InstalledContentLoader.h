#pragma once
// What the app shows at start-up: the installed version if its files still match their
// hashes and it loads; else the last-known-good version; else nothing (the caller then
// shows the bundled pack). Never leaves the screen without content.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "platform/packstore/UpdateCycle.h"

namespace mc {

std::optional<InstalledContent> loadInstalledContent(const std::filesystem::path& storeDir,
                                                     const std::vector<std::string>& publicKeys,
                                                     const ContentLoader& loadContent);

}  // namespace mc
