#include "platform/durability/DurableFile.h"

namespace mc {
namespace fs = std::filesystem;

namespace {

// Hidden, so publishing and pack listings skip a leftover; fixed, so the next write reuses it.
fs::path temporaryFor(const fs::path& path) {
    return parentDirectory(path) / ("." + path.filename().string() + ".tmp");
}

// Moves a written temporary file into place; on failure the temporary file goes.
Status settle(FileSystemOps& files, const fs::path& temp, const fs::path& path) {
    Status done = files.syncFile(temp);  // the bytes first, or the rename may land before them
    if (done) done = files.rename(temp, path);
    if (!done) {
        files.remove(temp);
        return done;
    }
    return files.syncDirectory(parentDirectory(path));
}

}  // namespace

fs::path parentDirectory(const fs::path& path) { return path.has_parent_path() ? path.parent_path() : fs::path("."); }

Status writeFileDurably(FileSystemOps& files, const fs::path& path, std::string_view bytes, int mode) {
    const fs::path temp = temporaryFor(path);
    if (auto written = files.writeFile(temp, bytes, mode); !written) {
        files.remove(temp);
        return written;
    }
    return settle(files, temp, path);
}

Status writeFileDurably(const fs::path& path, std::string_view bytes, int mode) {
    return writeFileDurably(realFileSystem(), path, bytes, mode);
}

Status copyFileDurably(FileSystemOps& files, const fs::path& from, const fs::path& to) {
    const fs::path temp = temporaryFor(to);
    if (auto copied = files.copyFile(from, temp); !copied) {
        files.remove(temp);
        return copied;
    }
    return settle(files, temp, to);
}

Status renameDurably(FileSystemOps& files, const fs::path& from, const fs::path& to) {
    if (parentDirectory(from) != parentDirectory(to))
        return Error{"cannot rename " + from.string() + " to " + to.string() + " durably: not one directory"};
    if (auto renamed = files.rename(from, to); !renamed) return renamed;
    return files.syncDirectory(parentDirectory(to));
}

Status makeDirectoriesDurably(FileSystemOps& files, const fs::path& dir) {
    std::error_code ec;
    if (dir.empty() || fs::is_directory(dir, ec)) return success();
    const fs::path parent = parentDirectory(dir);
    if (dir.has_parent_path())
        if (auto made = makeDirectoriesDurably(files, parent); !made) return made;
    if (auto made = files.makeDirectory(dir); !made) return made;
    return files.syncDirectory(parent);
}

Status makeDirectoriesDurably(const fs::path& dir) { return makeDirectoriesDurably(realFileSystem(), dir); }

Status switchSymlinkDurably(FileSystemOps& files, const fs::path& link, const std::string& target) {
    const fs::path temp = temporaryFor(link);
    files.remove(temp);
    if (auto made = files.symlink(target, temp); !made) return made;
    if (auto renamed = files.rename(temp, link); !renamed) {
        files.remove(temp);
        return renamed;
    }
    return files.syncDirectory(parentDirectory(link));
}

}  // namespace mc
