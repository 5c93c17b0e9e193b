#pragma once
// Reading a whole file into memory, with a size limit for files that come from outside.
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>

#include "core/Result.h"

namespace mc {

// The error names the path and the reason (a directory is not a file: EISDIR).
Result<std::string> readWholeFile(const std::filesystem::path& path,
                                  uint64_t maxBytes = std::numeric_limits<uint64_t>::max());

}  // namespace mc
