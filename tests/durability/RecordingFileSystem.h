#pragma once
// FileSystemOps that makes the real calls and records them in order, so a test can
// rebuild what a power cut after any prefix of them could leave (CrashModel).
#include <filesystem>
#include <string>
#include <vector>

#include "platform/durability/FileSystemOps.h"

namespace mc::test {

struct FileOp {
    enum class Kind { Write, SyncFile, SyncDirectory, MakeDirectory, Rename, HardLink, Symlink, Remove, Mark };
    Kind kind;
    std::filesystem::path path;   // the file or directory acted on (Rename, HardLink: the new name)
    std::filesystem::path from;   // Rename, HardLink: the old name
    std::string bytes;            // Write: the whole content; Symlink: the target; Mark: a label
};

std::string describe(const FileOp& op);

class RecordingFileSystem final : public FileSystemOps {
public:
    // `hardLinks = false` acts like a file system without them (FAT): link() fails.
    explicit RecordingFileSystem(bool hardLinks = true) : hardLinks_(hardLinks) {}

    Status writeFile(const std::filesystem::path& path, std::string_view bytes, int mode) override;
    Status copyFile(const std::filesystem::path& from, const std::filesystem::path& to) override;
    Status syncFile(const std::filesystem::path& path) override;
    Status syncDirectory(const std::filesystem::path& dir) override;
    Status makeDirectory(const std::filesystem::path& dir) override;
    Status rename(const std::filesystem::path& from, const std::filesystem::path& to) override;
    Status hardLink(const std::filesystem::path& existing, const std::filesystem::path& link) override;
    Status symlink(const std::string& target, const std::filesystem::path& link) override;
    Status makeReadOnly(const std::filesystem::path& path) override;  // permissions: not recorded
    Status remove(const std::filesystem::path& path) override;

    // A point in the sequence the test names, e.g. "install returned".
    void mark(const std::string& label);
    const std::vector<FileOp>& ops() const { return ops_; }

private:
    Status record(Status done, FileOp op);

    FileSystemOps& real_ = realFileSystem();
    bool hardLinks_;
    std::vector<FileOp> ops_;
};

}  // namespace mc::test
