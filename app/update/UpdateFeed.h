#pragma once
// Where verified new content comes from while the mirror runs: the background updater
// (platform/packstore/Updater) in the mirror, a queue in tests. The loop takes new
// content only on the home screen, so a session is never interrupted.
#include <cstdint>
#include <filesystem>
#include <optional>

#include "core/Content.h"
#include "update/UpdateStatus.h"

namespace mc {

// A content version installed in the store, loaded and verified.
struct InstalledContent {
    int64_t version = 0;
    std::filesystem::path packDir;
    ContentPack pack;
};

class UpdateFeed {
public:
    virtual ~UpdateFeed() = default;
    // Newly installed content, once; nothing when there is none.
    virtual std::optional<InstalledContent> takeReady() = 0;
    // What the home screen's status line says.
    virtual UpdateStatus status() const = 0;
};

}  // namespace mc
