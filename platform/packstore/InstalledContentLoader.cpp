#include "platform/packstore/InstalledContentLoader.h"

#include <cstdio>

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
            std::fprintf(stderr, "mirrorcoach: installed content unusable (%s); using the bundled pack\n",
                         verified.error().message.c_str());
            return std::nullopt;
        }
        auto pack = loadContent(verified->packDir);
        if (pack) return InstalledContent{verified->manifest.version, verified->packDir, std::move(*pack)};
        std::fprintf(stderr, "mirrorcoach: installed content version %lld does not load: %s\n",
                     static_cast<long long>(verified->manifest.version), pack.error().message.c_str());
        if (attempt == 0 && !store.rollback()) break;
    }
    std::fprintf(stderr, "mirrorcoach: using the bundled pack\n");
    return std::nullopt;
}

}  // namespace mc
