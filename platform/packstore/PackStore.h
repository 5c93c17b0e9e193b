#pragma once
// The mirror's content store, one directory (the state dir):
//
//   blobs/<sha256>           verified files, read-only, named by their hash
//   partial/<sha256>.part    downloads in progress (resumable)
//   versions/<n>/pack/...    version n, materialised from blobs (hard links, else copies)
//   versions/<n>/manifest.json  the signed manifest it was built from
//   current -> versions/<n>  the installed version, switched by renaming a new symlink
//   previous -> versions/<m> the last-known-good version, for rollback
//   http-validators.json     ETag / Last-Modified of the manifest last handled
//
// A version directory is complete and fsynced before it gets its final name, and
// `current` is replaced in one rename, so after a crash `current` is either the old
// or the new version, whole. At most two versions are kept. Every change goes through
// `files` (platform/durability), which tests/durability records to replay power cuts.
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/Result.h"
#include "platform/durability/FileSystemOps.h"
#include "update/Manifest.h"

namespace mc {

struct InstalledVersion {
    Manifest manifest;
    std::filesystem::path packDir;  // versions/<n>/pack: load the content from here
};

// Checks a materialised pack before it is switched in (the content validator).
using PackCheck = std::function<Status(const std::filesystem::path& packDir)>;

// Exclusive use of a store by one process (an flock, released on exit or crash).
class StoreLock {
public:
    explicit StoreLock(int fd) : fd_(fd) {}
    StoreLock(StoreLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    StoreLock& operator=(StoreLock&&) = delete;
    ~StoreLock();

private:
    int fd_;
};

class PackStore {
public:
    explicit PackStore(std::filesystem::path root, FileSystemOps& files = realFileSystem());

    const std::filesystem::path& root() const { return root_; }
    Status open();                  // creates the folders if needed
    Result<StoreLock> lock() const;  // fails at once if another process holds it

    std::set<std::string> blobNames() const;
    std::filesystem::path partialFile(const std::string& sha256) const;
    // Moves a verified download into blobs/ (fsync, read-only, rename).
    Status adoptBlob(const std::filesystem::path& partial, const std::string& sha256);
    void discardPartial(const std::string& sha256) const;

    // What the pointers say (reads the stored manifest; hashes nothing).
    std::optional<InstalledVersion> current() const;
    std::optional<InstalledVersion> previous() const;

    // Builds versions/<n> from blobs, lets `check` vet it, then makes it current and the
    // old current the previous one. On any error the current version is untouched.
    Result<InstalledVersion> install(const Manifest& manifest, const std::string& manifestText,
                                     const PackCheck& check);

    // For start-up: re-hashes the current version's files (and re-checks the stored
    // manifest's signature when keys are given); if that fails, falls back to the
    // previous version and points `current` at it. An error means: use the bundled pack.
    Result<InstalledVersion> openVerified(const std::vector<std::string>& publicKeys = {});

    // Makes `previous` current again (the new content failed to load in the app).
    Status rollback();

    // Deletes versions other than current and previous, blobs neither uses, and partials.
    Status collectGarbage();

    // Conditional-request validators for `url`, valid only while `current` exists.
    struct Validators {
        std::string etag;
        std::string lastModified;
    };
    Validators savedValidators(const std::string& url) const;
    void saveValidators(const std::string& url, const Validators& validators) const;

private:
    std::optional<InstalledVersion> readPointer(const char* name) const;
    Status verifyVersion(const InstalledVersion& version, const std::vector<std::string>& publicKeys) const;

    std::filesystem::path root_;
    FileSystemOps& files_;
};

}  // namespace mc
