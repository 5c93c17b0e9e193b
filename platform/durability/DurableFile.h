#pragma once
// Writes that survive a power cut at any moment. A file is written next to its target
// under a temporary name, fsynced, renamed over the target, and the directory is fsynced:
// after a cut a reader finds the old bytes or the new ones, never a torn or empty file,
// and once a call returns, what it wrote stays written. tests/durability proves this by
// replaying every crash point of the store's writes (docs/durability.md).
//
// Each function takes the FileSystemOps to use; the overloads without it use the real one.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/Result.h"
#include "platform/durability/FileSystemOps.h"

namespace mc {

Status writeFileDurably(FileSystemOps& files, const std::filesystem::path& path, std::string_view bytes,
                        int mode = 0644);
Status writeFileDurably(const std::filesystem::path& path, std::string_view bytes, int mode = 0644);

// Copies `from` to `to` the same way (for files too large to hold in memory).
Status copyFileDurably(FileSystemOps& files, const std::filesystem::path& from, const std::filesystem::path& to);

// Renames within one directory and fsyncs it, so the new name is durable. (Across
// directories both would need an fsync, and the move would not be atomic after a cut.)
Status renameDurably(FileSystemOps& files, const std::filesystem::path& from, const std::filesystem::path& to);

// Creates every missing level of `dir`, fsyncing the parent of each one it creates.
Status makeDirectoriesDurably(FileSystemOps& files, const std::filesystem::path& dir);
Status makeDirectoriesDurably(const std::filesystem::path& dir);

// Points the symlink `link` at `target` in one rename (a fresh symlink over the old one).
Status switchSymlinkDurably(FileSystemOps& files, const std::filesystem::path& link, const std::string& target);

// The directory holding `path` ("." for a bare name).
std::filesystem::path parentDirectory(const std::filesystem::path& path);

}  // namespace mc
