#pragma once
// Writes that survive a power cut: data is fsynced before it is renamed into place,
// and the directory is fsynced after, so a file is either old or new, never torn.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/Result.h"

namespace mc {

Status fsyncPath(const std::filesystem::path& path);  // a file or a directory
Status writeFileDurably(const std::filesystem::path& path, std::string_view bytes, int mode = 0644);
Result<std::string> readWholeFile(const std::filesystem::path& path, uint64_t maxBytes);
// Points symlink `link` at `target` atomically (rename of a fresh symlink over it).
Status switchSymlink(const std::filesystem::path& link, const std::string& target);
// SHA-256 and size of a file, read in chunks.
struct FileDigest {
    uint64_t size = 0;
    std::string sha256;
};
Result<FileDigest> digestFile(const std::filesystem::path& path);

}  // namespace mc
