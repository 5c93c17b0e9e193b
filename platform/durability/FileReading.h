#pragma once
// Reading files: in chunks (hashing a blob), or whole with a size limit for files that come from outside.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

#include "core/Result.h"

namespace mc {

// Hands the file to `take` a chunk at a time (so a large file needs no large buffer);
// stops at the first error, its own or the one `take` returns.
Status readFileInChunks(const std::filesystem::path& path, const std::function<Status(std::string_view)>& take);

// The error names the path and the reason (a directory is not a file: EISDIR).
Result<std::string> readWholeFile(const std::filesystem::path& path,
                                  uint64_t maxBytes = std::numeric_limits<uint64_t>::max());

}  // namespace mc
