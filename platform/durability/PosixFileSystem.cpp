// FileSystemOps over the POSIX calls, each error naming the path and the reason.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include "platform/durability/ErrnoMessage.h"
#include "platform/durability/FileSystemOps.h"

namespace mc {
namespace fs = std::filesystem;

namespace {

Error failure(const std::string& what, const fs::path& path, int error = errno) {
    return Error{errnoMessage(what + " " + path.string(), error)};
}

// Closes a descriptor on every path out of a function.
struct Descriptor {
    int fd = -1;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

Status syncPath(const fs::path& path, int flags) {
    Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | flags)};
    if (file.fd < 0) return failure("cannot open", path);
    if (::fsync(file.fd) != 0) return failure("cannot fsync", path);
    return success();
}

class PosixFileSystem final : public FileSystemOps {
public:
    Status writeFile(const fs::path& path, std::string_view bytes, int mode) override {
        Descriptor file{::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)};
        if (file.fd < 0) return failure("cannot create", path);
        // A leftover file keeps its old permissions through O_CREAT: set them before any byte lands.
        if (::fchmod(file.fd, static_cast<mode_t>(mode)) != 0) return failure("cannot set permissions of", path);
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(file.fd, bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return failure("cannot write", path);
            done += static_cast<std::size_t>(n);
        }
        const int fd = file.fd;
        file.fd = -1;
        if (::close(fd) != 0) return failure("cannot close", path);
        return success();
    }

    Status copyFile(const fs::path& from, const fs::path& to) override {
        std::error_code ec;
        fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
        if (ec) return Error{"cannot copy " + from.string() + " to " + to.string() + ": " + ec.message()};
        return success();
    }

    Status syncFile(const fs::path& path) override { return syncPath(path, 0); }
    Status syncDirectory(const fs::path& dir) override { return syncPath(dir, O_DIRECTORY); }

    Status makeDirectory(const fs::path& dir) override {
        if (::mkdir(dir.c_str(), 0755) == 0) return success();
        const int error = errno;
        std::error_code ec;
        if (error == EEXIST && fs::is_directory(dir, ec)) return success();
        return failure("cannot create", dir, error);
    }

    Status rename(const fs::path& from, const fs::path& to) override {
        if (::rename(from.c_str(), to.c_str()) != 0) return failure("cannot rename " + from.string() + " to", to);
        return success();
    }

    Status hardLink(const fs::path& existing, const fs::path& link) override {
        if (::link(existing.c_str(), link.c_str()) != 0) return failure("cannot link " + existing.string() + " as", link);
        return success();
    }

    Status symlink(const std::string& target, const fs::path& link) override {
        if (::symlink(target.c_str(), link.c_str()) != 0) return failure("cannot create symlink", link);
        return success();
    }

    Status makeReadOnly(const fs::path& path) override {
        if (::chmod(path.c_str(), 0444) != 0) return failure("cannot make read-only", path);
        return success();
    }

    Status remove(const fs::path& path) override {
        std::error_code ec;
        fs::remove_all(path, ec);
        if (ec) return Error{"cannot remove " + path.string() + ": " + ec.message()};
        return success();
    }
};

}  // namespace

FileSystemOps& realFileSystem() {
    static PosixFileSystem instance;  // stateless: no shared mutable state
    return instance;
}

}  // namespace mc
