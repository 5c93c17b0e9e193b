#pragma once
// Publishing: turns a content pack folder into plain static files any web server can
// serve — blobs/<sha256> for every file and a signed manifest.json (see docs/updates.md).
#include <cstddef>
#include <filesystem>
#include <string>

#include "core/Result.h"
#include "platform/packstore/PackStore.h"
#include "update/Manifest.h"

namespace mc {

struct PublishReport {
    Manifest manifest;
    std::size_t blobsWritten = 0;  // new in PUB_DIR
    std::size_t blobsReused = 0;   // already there from an earlier publication
};

// Validates `sourceDir` with `check` (the content validator), reads id and version from
// its pack.json, stores each file under its hash in `outDir`/blobs, then signs and
// atomically replaces `outDir`/manifest.json. Refuses a version lower than the one
// already published there (and the same version with different files). Hidden files
// (names starting with '.') are skipped. Blobs are durable before the manifest names them.
Result<PublishReport> publishPack(const std::filesystem::path& sourceDir, const std::string& secretKey,
                                  const std::filesystem::path& outDir, const PackCheck& check,
                                  FileSystemOps& files = realFileSystem());

// "2026-11-25T16:30:00Z" for now.
std::string utcTimestampNow();

}  // namespace mc
