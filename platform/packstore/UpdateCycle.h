#pragma once
// One update cycle: ask for the manifest (conditionally), verify it, download the
// missing blobs, validate the new pack and install it. Used by the updater thread and
// by `mirrorcoach update --once`. Every failure leaves the current content as it was.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/Content.h"
#include "core/Result.h"
#include "platform/net/HttpClient.h"
#include "platform/packstore/PackStore.h"
#include "update/Manifest.h"
#include "update/UpdateFeed.h"

namespace mc {

// Where updates come from and whom to trust.
struct UpdateSource {
    std::string manifestUrl;              // .../manifest.json; blobs are at .../blobs/<sha256>
    std::vector<std::string> publicKeys;  // base64 Ed25519 keys; a manifest signed by any is trusted
};

// Parses and validates a pack folder: the same loader the app and `validate` use.
using ContentLoader = std::function<Result<ContentPack>(const std::filesystem::path& packDir)>;

struct CycleReport {
    enum class Outcome { NotModified, UpToDate, Installed, Failed };
    Outcome outcome = Outcome::Failed;
    int64_t version = 0;  // the version now current (or offered, when refused)
    std::string message;  // one line for the log and the status
    std::size_t filesDownloaded = 0;
    std::size_t filesReused = 0;
    uint64_t bytesDownloaded = 0;
    std::optional<InstalledContent> installed;  // when Installed
};

struct CycleSettings {
    UpdateSource source;
    ManifestLimits limits;
    int attemptsPerFile = 3;  // a dropped connection is resumed with Range this often
};

CycleReport runUpdateCycle(PackStore& store, HttpClient& http, const CycleSettings& settings,
                           const ContentLoader& loadContent);

// The URL of a blob next to the manifest: ".../manifest.json" -> ".../blobs/<sha256>".
std::string blobUrl(const std::string& manifestUrl, const std::string& sha256);

}  // namespace mc
