#pragma once
// SHA-256 and size of a file, read in chunks (packs may hold large media).
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/Result.h"

namespace mc {

struct FileDigest {
    uint64_t size = 0;
    std::string sha256;
};
Result<FileDigest> digestFile(const std::filesystem::path& path);

}  // namespace mc
