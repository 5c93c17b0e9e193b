#include "platform/packstore/PackPublisher.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>

#include "platform/durability/DurableFile.h"
#include "platform/durability/FileReading.h"
#include "platform/packstore/FileDigest.h"
#include "update/Crypto.h"
#include "update/UpdatePlan.h"

namespace mc {
namespace fs = std::filesystem;

namespace {

Result<Manifest> readPackIdentity(const fs::path& sourceDir) {
    auto text = readWholeFile(sourceDir / "pack.json", 1 << 20);
    if (!text) return Error{"the pack has no readable pack.json: " + text.error().message};
    auto doc = nlohmann::json::parse(*text, nullptr, false);
    if (!doc.is_object()) return Error{(sourceDir / "pack.json").string() + " is not a JSON object"};
    Manifest m;
    if (!doc.contains("id") || !doc["id"].is_string()) return Error{"pack.json has no string \"id\""};
    if (!doc.contains("version") || !doc["version"].is_number_integer())
        return Error{"pack.json has no integer \"version\""};
    m.packId = doc["id"].get<std::string>();
    m.version = doc["version"].get<int64_t>();
    return m;
}

Status listFiles(const fs::path& sourceDir, Manifest& m) {
    std::error_code ec;
    fs::recursive_directory_iterator it(sourceDir, fs::directory_options::none, ec), end;
    if (ec) return Error{"cannot read " + sourceDir.string() + ": " + ec.message()};
    for (; it != end; it.increment(ec)) {
        if (ec) return Error{"cannot read " + sourceDir.string() + ": " + ec.message()};
        const std::string name = it->path().filename().string();
        if (!name.empty() && name.front() == '.') {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (it->is_directory()) continue;
        const std::string rel = fs::relative(it->path(), sourceDir).generic_string();
        if (!it->is_regular_file()) return Error{rel + " is not a regular file"};
        if (auto ok = checkPackPath(rel); !ok) return Error{"cannot publish " + ok.error().message};
        auto digest = digestFile(it->path());
        if (!digest) return digest.error();
        m.files.push_back({rel, digest->size, digest->sha256});
    }
    std::sort(m.files.begin(), m.files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return success();
}

}  // namespace

std::string utcTimestampNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

Result<PublishReport> publishPack(const fs::path& sourceDir, const std::string& secretKey, const fs::path& outDir,
                                  const PackCheck& check, FileSystemOps& files) {
    if (check) {
        if (auto ok = check(sourceDir); !ok) return Error{"the pack is invalid: " + ok.error().message};
    }
    auto identity = readPackIdentity(sourceDir);
    if (!identity) return identity.error();
    PublishReport report;
    report.manifest = *identity;
    report.manifest.created = utcTimestampNow();
    if (auto ok = listFiles(sourceDir, report.manifest); !ok) return ok.error();
    if (auto ok = validateManifest(report.manifest); !ok) return Error{"cannot publish: " + ok.error().message};

    // The version must grow, so mirrors accept it (they refuse downgrades).
    if (auto existing = readWholeFile(outDir / "manifest.json", ManifestLimits{}.maxManifestBytes)) {
        if (auto published = readTrustedManifest(*existing)) {
            auto verdict = judgeVersion(*published, report.manifest);
            if (!verdict) return Error{"cannot publish: " + verdict.error().message};
        }
    }

    if (auto ok = makeDirectoriesDurably(files, outDir / "blobs"); !ok) return ok.error();
    std::error_code ec;
    for (const auto& file : report.manifest.files) {
        const fs::path blob = outDir / "blobs" / file.sha256;
        if (fs::exists(blob, ec)) {
            ++report.blobsReused;
            continue;
        }
        // Copied by the filesystem, not through memory: packs may hold large media.
        if (auto ok = copyFileDurably(files, sourceDir / file.path, blob); !ok) return ok.error();
        ++report.blobsWritten;
    }

    auto signature = signMessage(canonicalSignedBytes(report.manifest), secretKey);
    if (!signature) return signature.error();
    // Blobs first, manifest last: a mirror never sees a manifest naming a missing blob.
    if (auto ok = writeFileDurably(files, outDir / "manifest.json", manifestDocument(report.manifest, *signature)); !ok)
        return ok.error();
    return report;
}

}  // namespace mc
