#pragma once
// The signed manifest of a published pack (see docs/updates.md).
//
// manifest.json is one JSON object:
//   {"signed": {"format": 1, "pack_id": "...", "version": 7, "created": "2026-11-25T16:30:00Z",
//               "files": [{"path": "pack.json", "size": 812, "sha256": "<64 hex>"}, ...]},
//    "signature": {"algorithm": "ed25519", "value": "<base64>"}}
// The signature covers the canonical bytes of "signed": compact JSON with keys sorted
// by byte order (what nlohmann::json::dump() produces). One file, so a mirror can never
// see a manifest and a signature from two different publications.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace mc {

inline constexpr int kManifestFormat = 1;

struct ManifestFile {
    std::string path;    // inside the pack, '/'-separated, checked by checkPackPath
    uint64_t size = 0;   // bytes
    std::string sha256;  // lower-case hex; the blob's name in blobs/
    bool operator==(const ManifestFile&) const = default;
};

struct Manifest {
    int format = kManifestFormat;
    std::string packId;
    int64_t version = 0;  // the pack's version (pack.json "version"); grows with each publication
    std::string created;  // UTC, ISO 8601, informational
    std::vector<ManifestFile> files;
};

// What a mirror accepts at most, so a hostile server cannot fill the disk or memory.
struct ManifestLimits {
    uint64_t maxManifestBytes = 4ull << 20;
    uint64_t maxFileBytes = 256ull << 20;
    uint64_t maxTotalBytes = 2ull << 30;
    std::size_t maxFiles = 20000;
};

// Refuses anything but plain relative paths: segments of [A-Za-z0-9._-], not starting
// with '.', no "..", no absolute paths, no backslashes, at most 8 levels and 200 chars.
Status checkPackPath(std::string_view path);

// The bytes the signature covers.
std::string canonicalSignedBytes(const Manifest& manifest);

// The manifest.json text for a manifest and its base64 signature (pretty, for humans).
std::string manifestDocument(const Manifest& manifest, const std::string& signature);

// Parses manifest.json, verifies its signature against any of `publicKeys` (base64),
// then validates every field against `limits`. Errors say which rule was broken.
Result<Manifest> openSignedManifest(std::string_view text, const std::vector<std::string>& publicKeys,
                                    const ManifestLimits& limits = {});

// Parses manifest.json and validates its fields WITHOUT checking the signature: only for
// copies the mirror verified before storing them (and for the publisher's own output).
Result<Manifest> readTrustedManifest(std::string_view text, const ManifestLimits& limits = {});

// Field validation alone (used by the publisher before signing, and by openSignedManifest).
Status validateManifest(const Manifest& manifest, const ManifestLimits& limits = {});

}  // namespace mc
