#pragma once
// What a disk could hold after a power cut, in the spirit of ALICE and CrashMonkey.
// The model starts from a real directory tree (all of it durable), replays recorded
// file operations (as the process saw them), and keeps apart what an fsync has made
// durable: a file's bytes after syncFile, the names in a directory after syncDirectory
// of that directory. crashStates() lists the disks a cut at this point could leave;
// materialise() writes one of them out as a real tree for the real start-up code.
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "durability/RecordingFileSystem.h"

namespace mc::test {

enum class CrashMode {
    // Everything not yet fsynced is lost: new bytes, new names, removals.
    DurableOnly,
    // Un-fsynced name changes persist in any order POSIX allows (each alone, all but
    // one, all), un-fsynced bytes are lost or torn, or everything persists (a killed process).
    Reordered,
};

struct CrashState {
    std::string description;
    std::vector<int> namesKept;  // indexes into the pending name changes, applied in order
    bool allBytes = false;       // every un-fsynced write persisted
    int tornInode = -1;          // this file keeps only half of its un-fsynced bytes
};

class CrashModel {
public:
    explicit CrashModel(const std::filesystem::path& root);

    void apply(const FileOp& op);
    std::vector<CrashState> crashStates(CrashMode mode) const;
    // Writes the disk of `state` under `out` (which must not exist).
    void materialise(const CrashState& state, const std::filesystem::path& out) const;
    // Equal for states that leave the same disk (many do), so each is checked once.
    std::string fingerprint(const CrashState& state) const;

private:
    struct Inode {
        enum class Type { File, Directory, Symlink } type;
        std::string bytes, durableBytes;                     // File
        std::string target;                                  // Symlink (written with its name)
        std::map<std::string, int> names, durableNames;      // Directory
    };
    struct NameChange {  // one directory entry set (inode >= 0) or removed (-1)
        int directory;
        std::string name;
        int inode;
    };
    struct PendingOp {  // the name changes of one operation (a rename is one step)
        std::string what;
        std::vector<NameChange> changes;
    };

    int snapshot(const std::filesystem::path& path, std::map<std::pair<dev_t, ino_t>, int>& seen);
    int newInode(Inode::Type type);
    int lookup(const std::filesystem::path& path) const;  // -1 when absent
    std::pair<int, std::string> parentOf(const std::filesystem::path& path) const;
    void changeName(PendingOp& op, int directory, const std::string& name, int inode);
    using Names = std::map<int, std::map<std::string, int>>;
    Names namesAfter(const CrashState& state) const;
    std::string bytesAfter(const CrashState& state, int inode) const;
    // Walks the disk of `state` from `inode`; `visit` sees each entry (path, inode) in order.
    void walk(const Names& names, int inode, const std::filesystem::path& path, int depth,
              const std::function<void(const std::filesystem::path&, int)>& visit) const;

    std::filesystem::path root_;
    std::vector<Inode> inodes_;
    std::vector<PendingOp> pending_;  // name changes no directory fsync has made durable yet
};

}  // namespace mc::test
