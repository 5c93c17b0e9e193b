#include "platform/packstore/PackStore.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <cerrno>

#include "log/Log.h"
#include "platform/durability/DurableFile.h"
#include "platform/durability/ErrnoMessage.h"
#include "platform/durability/FileReading.h"
#include "platform/packstore/FileDigest.h"

namespace mc {
namespace fs = std::filesystem;

namespace {

// A field of a file the mirror wrote itself; damage (a wrong type) reads as absent
// instead of throwing out of the update cycle.
std::string stringField(const nlohmann::json& doc, const char* key) {
    auto it = doc.find(key);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Links `blob` to `dest`; copies where hard links are impossible (another filesystem).
// A link shares the blob's bytes, already fsynced; a copy has its own to fsync.
Status placeFile(FileSystemOps& files, const fs::path& blob, const fs::path& dest) {
    if (files.hardLink(blob, dest)) return success();
    if (auto copied = files.copyFile(blob, dest); !copied) return copied;
    return files.syncFile(dest);
}

// Creates the missing levels of `dir` below `base`; install() fsyncs each once filled.
Status makeTree(FileSystemOps& files, const fs::path& base, const fs::path& dir, std::set<fs::path>& made) {
    if (dir == base) return files.makeDirectory(base);
    if (dir.native().size() <= base.native().size()) return Error{dir.string() + " is outside " + base.string()};
    if (auto ok = makeTree(files, base, dir.parent_path(), made); !ok) return ok;
    made.insert(dir);
    return files.makeDirectory(dir);
}

}  // namespace

StoreLock::~StoreLock() {
    if (fd_ >= 0) ::close(fd_);
}

PackStore::PackStore(fs::path root, FileSystemOps& files) : root_(std::move(root)), files_(files) {}

Status PackStore::open() {
    for (const char* dir : {"blobs", "partial", "versions"})
        if (auto ok = makeDirectoriesDurably(files_, root_ / dir); !ok) return ok;
    return success();
}

Result<StoreLock> PackStore::lock() const {
    const fs::path path = root_ / "lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return Error{errnoMessage("cannot open " + path.string(), errno)};
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return Error{"the content store " + root_.string() + " is in use by another update"};
    }
    return StoreLock(fd);
}

std::set<std::string> PackStore::blobNames() const {
    std::set<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root_ / "blobs", ec)) names.insert(entry.path().filename());
    return names;
}

fs::path PackStore::partialFile(const std::string& sha256) const { return root_ / "partial" / (sha256 + ".part"); }

void PackStore::discardPartial(const std::string& sha256) const { files_.remove(partialFile(sha256)); }

Status PackStore::adoptBlob(const fs::path& partial, const std::string& sha256) {
    // The bytes are fsynced before the blob gets its name: a name always means those bytes.
    if (auto ok = files_.syncFile(partial); !ok) return ok;
    files_.makeReadOnly(partial);  // blobs are shared by hard links: nobody edits them in place
    // The name itself need not be durable: versions hold their own links to the bytes,
    // and a name lost in a power cut only means downloading the blob again.
    return files_.rename(partial, root_ / "blobs" / sha256);
}

std::optional<InstalledVersion> PackStore::readPointer(const char* name) const {
    std::error_code ec;
    const fs::path link = root_ / name;
    const fs::path target = fs::read_symlink(link, ec);
    if (ec) return std::nullopt;
    const fs::path dir = root_ / target;
    auto text = readWholeFile(dir / "manifest.json", ManifestLimits{}.maxManifestBytes);
    if (!text) return std::nullopt;
    auto manifest = readTrustedManifest(*text);
    if (!manifest) return std::nullopt;
    return InstalledVersion{std::move(*manifest), dir / "pack"};
}

std::optional<InstalledVersion> PackStore::current() const { return readPointer("current"); }
std::optional<InstalledVersion> PackStore::previous() const { return readPointer("previous"); }

Result<InstalledVersion> PackStore::install(const Manifest& manifest, const std::string& manifestText,
                                            const PackCheck& check) {
    const std::string name = std::to_string(manifest.version);
    const fs::path incoming = root_ / "versions" / (".incoming-" + name);
    const fs::path final = root_ / "versions" / name;
    files_.remove(incoming);

    auto fail = [&](std::string message) -> Result<InstalledVersion> {
        files_.remove(incoming);
        return Error{std::move(message)};
    };

    // Materialise the tree from blobs; every directory made is fsynced once filled.
    std::set<fs::path> dirs{incoming};
    if (auto ok = makeTree(files_, incoming, incoming / "pack", dirs); !ok) return fail(ok.error().message);
    for (const auto& file : manifest.files) {
        const fs::path dest = incoming / "pack" / file.path;
        if (auto ok = makeTree(files_, incoming, dest.parent_path(), dirs); !ok) return fail(ok.error().message);
        if (auto ok = placeFile(files_, root_ / "blobs" / file.sha256, dest); !ok) return fail(ok.error().message);
    }
    if (auto ok = writeFileDurably(files_, incoming / "manifest.json", manifestText); !ok)
        return fail(ok.error().message);
    for (const auto& dir : dirs)
        if (auto ok = files_.syncDirectory(dir); !ok) return fail(ok.error().message);

    if (check) {
        if (auto ok = check(incoming / "pack"); !ok) return fail("the new content is invalid: " + ok.error().message);
    }

    // Switch: the complete directory gets its name, then `current` moves to it.
    const std::optional<InstalledVersion> old = current();
    if (old && old->packDir.parent_path() == final) return fail("version " + name + " is already current");
    files_.remove(final);
    if (auto ok = renameDurably(files_, incoming, final); !ok) return fail(ok.error().message);
    if (old) {
        const std::string oldTarget = fs::relative(old->packDir.parent_path(), root_).string();
        if (auto ok = switchSymlinkDurably(files_, root_ / "previous", oldTarget); !ok) return ok.error();
    }
    if (auto ok = switchSymlinkDurably(files_, root_ / "current", "versions/" + name); !ok) return ok.error();
    return InstalledVersion{manifest, final / "pack"};
}

Status PackStore::verifyVersion(const InstalledVersion& version, const std::vector<std::string>& publicKeys) const {
    if (!publicKeys.empty()) {
        auto text = readWholeFile(version.packDir.parent_path() / "manifest.json", ManifestLimits{}.maxManifestBytes);
        if (!text) return text.error();
        if (auto signedOk = openSignedManifest(*text, publicKeys); !signedOk) return signedOk.error();
    }
    for (const auto& file : version.manifest.files) {
        auto digest = digestFile(version.packDir / file.path);
        if (!digest) return digest.error();
        if (digest->size != file.size || digest->sha256 != file.sha256)
            return Error{(version.packDir / file.path).string() + " is damaged (its hash does not match the manifest)"};
    }
    return success();
}

Result<InstalledVersion> PackStore::openVerified(const std::vector<std::string>& publicKeys) {
    std::string why = "no content is installed in " + root_.string();
    if (auto cur = current()) {
        auto ok = verifyVersion(*cur, publicKeys);
        if (ok) return *cur;
        why = "installed version " + std::to_string(cur->manifest.version) + ": " + ok.error().message;
        logWarning("content", "store: " + why + "; trying the previous version");
    }
    if (auto prev = previous()) {
        auto ok = verifyVersion(*prev, publicKeys);
        if (ok) {
            const std::string target = fs::relative(prev->packDir.parent_path(), root_).string();
            if (auto switched = switchSymlinkDurably(files_, root_ / "current", target); !switched)
                logWarning("content", "store: " + switched.error().message);
            return *prev;
        }
        why += "; previous version " + std::to_string(prev->manifest.version) + ": " + ok.error().message;
    }
    return Error{why};
}

Status PackStore::rollback() {
    auto prev = previous();
    if (!prev) return Error{"no previous version to roll back to"};
    const std::string target = fs::relative(prev->packDir.parent_path(), root_).string();
    return switchSymlinkDurably(files_, root_ / "current", target);
}

Status PackStore::collectGarbage() {
    std::set<std::string> keptDirs, keptBlobs;
    for (const auto& version : {current(), previous()}) {
        if (!version) continue;
        keptDirs.insert(version->packDir.parent_path().filename());
        for (const auto& f : version->manifest.files) keptBlobs.insert(f.sha256);
    }
    // Nothing here is fsynced: a removal lost in a power cut is only done again next time.
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root_ / "versions", ec))
        if (!keptDirs.count(entry.path().filename())) files_.remove(entry.path());
    for (const auto& name : blobNames())
        if (!keptBlobs.count(name)) files_.remove(root_ / "blobs" / name);
    for (const auto& entry : fs::directory_iterator(root_ / "partial", ec)) files_.remove(entry.path());
    return success();
}

PackStore::Validators PackStore::savedValidators(const std::string& url) const {
    if (!current()) return {};
    auto text = readWholeFile(root_ / "http-validators.json", 64 * 1024);
    if (!text) return {};
    auto doc = nlohmann::json::parse(*text, nullptr, false);
    if (!doc.is_object() || stringField(doc, "url") != url) return {};
    return {stringField(doc, "etag"), stringField(doc, "last_modified")};
}

void PackStore::saveValidators(const std::string& url, const Validators& v) const {
    nlohmann::json doc = {{"url", url}, {"etag", v.etag}, {"last_modified", v.lastModified}};
    if (auto ok = writeFileDurably(files_, root_ / "http-validators.json", doc.dump()); !ok)
        logWarning("content", "store: " + ok.error().message);
}

}  // namespace mc
