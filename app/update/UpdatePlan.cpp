#include "update/UpdatePlan.h"

#include <algorithm>

namespace mc {

Result<VersionVerdict> judgeVersion(const std::optional<Manifest>& installed, const Manifest& offered) {
    if (!installed) return VersionVerdict::Install;
    if (offered.version > installed->version) return VersionVerdict::Install;
    if (offered.version < installed->version)
        return Error{"offered pack version " + std::to_string(offered.version) + " is older than the installed " +
                     std::to_string(installed->version) + ": downgrade refused"};
    auto sorted = [](std::vector<ManifestFile> files) {
        std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
        return files;
    };
    if (sorted(offered.files) != sorted(installed->files))
        return Error{"pack version " + std::to_string(offered.version) +
                     " was republished with different files: refused (publish it with a higher version)"};
    return VersionVerdict::UpToDate;
}

UpdatePlan planUpdate(const Manifest& offered, const std::set<std::string>& blobsInStore) {
    UpdatePlan plan;
    std::set<std::string> planned;
    for (const auto& file : offered.files) {
        if (blobsInStore.count(file.sha256)) {
            ++plan.reusedFiles;
        } else if (planned.insert(file.sha256).second) {
            plan.downloads.push_back(file);
            plan.downloadBytes += file.size;
        }
    }
    return plan;
}

}  // namespace mc
