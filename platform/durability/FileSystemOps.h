#pragma once
// The seam under every durable write: the few file-system calls whose order decides
// what a power cut leaves behind. realFileSystem() makes them; the crash-point tests
// (tests/durability) record them and rebuild the disk as it could be after a cut.
// None of these calls makes anything durable by itself except syncFile (a file's
// bytes) and syncDirectory (the names in a directory).
#include <filesystem>
#include <string>
#include <string_view>

#include "core/Result.h"

namespace mc {

class FileSystemOps {
public:
    virtual ~FileSystemOps() = default;

    // Creates or truncates `path` with permissions `mode` and writes `bytes`.
    virtual Status writeFile(const std::filesystem::path& path, std::string_view bytes, int mode) = 0;
    // Copies `from` into a new file `to` through the kernel (large media never pass through memory).
    virtual Status copyFile(const std::filesystem::path& from, const std::filesystem::path& to) = 0;
    virtual Status syncFile(const std::filesystem::path& path) = 0;
    virtual Status syncDirectory(const std::filesystem::path& dir) = 0;
    // One level; a directory already there is fine.
    virtual Status makeDirectory(const std::filesystem::path& dir) = 0;
    virtual Status rename(const std::filesystem::path& from, const std::filesystem::path& to) = 0;
    virtual Status hardLink(const std::filesystem::path& existing, const std::filesystem::path& link) = 0;
    virtual Status symlink(const std::string& target, const std::filesystem::path& link) = 0;
    virtual Status makeReadOnly(const std::filesystem::path& path) = 0;
    // A file, a symlink or a whole tree; nothing there is fine.
    virtual Status remove(const std::filesystem::path& path) = 0;
};

// The POSIX calls themselves. Stateless, so one instance serves every thread.
FileSystemOps& realFileSystem();

}  // namespace mc
