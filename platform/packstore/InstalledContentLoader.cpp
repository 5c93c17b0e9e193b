#include "platform/packstore/InstalledContentLoader.h"

#include "log/Log.h"

namespace mc {

std::optional<InstalledContent> loadInstalledContent(const std::filesystem::path& storeDir,
                                                     const std::vector<std::string>& publicKeys,
                                                     const ContentLoader& loadContent) {
    std::error_code ec;
    if (!std::filesystem::exists(storeDir / "current", ec) && !std::filesystem::exists(storeDir / "previous", ec))
        return std::nullopt;  // nothing was ever installed: quietly use the bundled pack
    PackStore store(storeDir);
    // Two tries: if the verified version does not load, roll back and verify the previous one.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto verified = store.openVerified(publicKeys);
        if (!verified) {
            logWarning("content", "installed content unusable (" + verified.error().message + "); using the bundled pack");
            return std::nullopt;
        }
        auto pack = loadContent(verified->packDir);
        if (pack) return InstalledContent{verified->manifest.version, verified->packDir, std::move(*pack)};
        logWarning("content", "installed content version " + std::to_string(verified->manifest.version) +
                                   " does not load: " + pack.error().message);
        if (attempt == 0 && !store.rollback()) break;
    }
    logWarning("content", "using the bundled pack");
    return std::nullopt;
}

}  // namespace mc
