#pragma once
// Deciding what an update needs, given what the mirror already has: whether the
// offered version may replace the installed one, and which blobs are missing.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/Result.h"
#include "update/Manifest.h"

namespace mc {

enum class VersionVerdict {
    Install,     // newer than what is installed (or nothing is installed)
    UpToDate,    // the installed version, same files
};

// Refuses a downgrade (an older signed manifest replayed by a mirror or an attacker) and a
// re-publication of the same version with different files (the publisher must bump it).
Result<VersionVerdict> judgeVersion(const std::optional<Manifest>& installed, const Manifest& offered);

struct UpdatePlan {
    std::vector<ManifestFile> downloads;  // one entry per missing blob (same hash = one download)
    uint64_t downloadBytes = 0;
    uint64_t reusedFiles = 0;  // files whose blob is already in the store
};

UpdatePlan planUpdate(const Manifest& offered, const std::set<std::string>& blobsInStore);

}  // namespace mc
