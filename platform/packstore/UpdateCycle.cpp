#include "platform/packstore/UpdateCycle.h"

#include "log/Log.h"
#include "update/UpdatePlan.h"

namespace mc {
namespace fs = std::filesystem;

namespace {

CycleReport failed(std::string message, int64_t version = 0) {
    CycleReport r;
    r.outcome = CycleReport::Outcome::Failed;
    r.message = std::move(message);
    r.version = version;
    return r;
}

// Downloads one blob into partial/, resuming after a dropped connection, and checks it.
Status fetchBlob(PackStore& store, HttpClient& http, const CycleSettings& settings, const ManifestFile& file,
                 CycleReport& report) {
    const std::string url = blobUrl(settings.source.manifestUrl, file.sha256);
    const fs::path part = store.partialFile(file.sha256);
    for (int attempt = 1;; ++attempt) {
        auto got = http.download(url, part, file.size);
        if (got) {
            report.bytesDownloaded += got->bytesReceived;
            if (got->size != file.size || got->sha256 != file.sha256) {
                store.discardPartial(file.sha256);
                return Error{"\"" + file.path + "\" from " + url + " does not match the manifest (" +
                             (got->size != file.size ? "size " + std::to_string(got->size) + " instead of " +
                                                           std::to_string(file.size)
                                                     : std::string("hash mismatch")) +
                             ")"};
            }
            return store.adoptBlob(part, file.sha256);
        }
        const HttpFailure kind = http.lastFailure();
        std::error_code ec;
        const bool progress = fs::exists(part, ec) && fs::file_size(part, ec) > 0;
        if (kind == HttpFailure::Transport && progress && attempt < settings.attemptsPerFile) {
            logWarning("update", got.error().message + "; resuming");
            continue;
        }
        // Keep a partial file only when a later cycle can resume it.
        if (kind != HttpFailure::Transport && kind != HttpFailure::Timeout) store.discardPartial(file.sha256);
        return got.error();
    }
}

}  // namespace

std::string blobUrl(const std::string& manifestUrl, const std::string& sha256) {
    std::string base = manifestUrl.substr(0, manifestUrl.find_first_of("?#"));
    base = base.substr(0, base.rfind('/') + 1);
    return base + "blobs/" + sha256;
}

CycleReport runUpdateCycle(PackStore& store, HttpClient& http, const CycleSettings& settings,
                           const ContentLoader& loadContent) {
    const std::string& url = settings.source.manifestUrl;
    if (url.empty()) return failed("no manifest URL is configured");
    if (auto ok = store.open(); !ok) return failed(ok.error().message);
    auto lock = store.lock();
    if (!lock) return failed(lock.error().message);

    const std::optional<InstalledVersion> installed = store.current();
    const int64_t installedVersion = installed ? installed->manifest.version : 0;
    const PackStore::Validators saved = store.savedValidators(url);

    auto response = http.get(url, {saved.etag, saved.lastModified}, settings.limits.maxManifestBytes);
    if (!response) return failed("manifest: " + response.error().message, installedVersion);
    if (response->status == 304) {
        CycleReport r;
        r.outcome = CycleReport::Outcome::NotModified;
        r.version = installedVersion;
        r.message = "manifest not modified; version " + std::to_string(installedVersion) + " is current";
        return r;
    }
    const PackStore::Validators fresh{response->validators.etag, response->validators.lastModified};

    auto manifest = openSignedManifest(response->body, settings.source.publicKeys, settings.limits);
    if (!manifest) return failed("manifest refused: " + manifest.error().message, installedVersion);
    auto verdict = judgeVersion(installed ? std::optional<Manifest>(installed->manifest) : std::nullopt, *manifest);
    if (!verdict) return failed(verdict.error().message, manifest->version);
    if (*verdict == VersionVerdict::UpToDate) {
        store.saveValidators(url, fresh);
        CycleReport r;
        r.outcome = CycleReport::Outcome::UpToDate;
        r.version = installedVersion;
        r.message = "version " + std::to_string(installedVersion) + " is current";
        return r;
    }

    CycleReport report;
    const UpdatePlan plan = planUpdate(*manifest, store.blobNames());
    report.filesReused = plan.reusedFiles;
    for (const auto& file : plan.downloads) {
        if (auto ok = fetchBlob(store, http, settings, file, report); !ok)
            return failed("download failed: " + ok.error().message, manifest->version);
        ++report.filesDownloaded;
    }

    // Validate with the app's own loader; keep what it parsed for the screens.
    std::optional<ContentPack> loaded;
    auto check = [&](const fs::path& packDir) -> Status {
        if (!loadContent) return success();
        auto pack = loadContent(packDir);
        if (!pack) return pack.error();
        if (pack->version != std::to_string(manifest->version))
            return Error{"pack.json says version " + pack->version + " but the manifest says " +
                         std::to_string(manifest->version)};
        loaded = std::move(*pack);
        return success();
    };
    auto result = store.install(*manifest, response->body, check);
    if (!result) return failed("install failed: " + result.error().message, manifest->version);
    store.saveValidators(url, fresh);
    if (auto ok = store.collectGarbage(); !ok)
        logWarning("update", "cleaning the store: " + ok.error().message);

    report.outcome = CycleReport::Outcome::Installed;
    report.version = manifest->version;
    report.message = "installed version " + std::to_string(manifest->version) + " (" +
                     std::to_string(report.filesDownloaded) + " files downloaded, " +
                     std::to_string(report.bytesDownloaded) + " bytes; " + std::to_string(report.filesReused) +
                     " files reused)";
    report.installed = InstalledContent{manifest->version, result->packDir, loaded ? std::move(*loaded) : ContentPack{}};
    return report;
}

}  // namespace mc
