#pragma once
// Files that survive a power cut: a reader sees either the old or the new content,
// never half of one. Write a temporary file next to the target, fsync it, rename it
// over the target, then fsync the directory so the rename itself is durable.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/Result.h"

namespace mc {

Status writeFileAtomically(const std::filesystem::path& path, std::string_view content);

// The whole file as bytes; the error names the path and the reason.
Result<std::string> readTextFile(const std::filesystem::path& path);

}  // namespace mc
