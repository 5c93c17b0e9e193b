#include "platform/packstore/DurableFiles.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "update/Crypto.h"

namespace mc {
namespace {

std::string failure(const char* what, const std::filesystem::path& path) {
    return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
}

}  // namespace

Status fsyncPath(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{failure("cannot open", path)};
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    errno = savedErrno;
    if (rc != 0) return Error{failure("cannot fsync", path)};
    return success();
}

Status writeFileDurably(const std::filesystem::path& path, std::string_view bytes, int mode) {
    const std::filesystem::path tmp = path.string() + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) return Error{failure("cannot create", tmp)};
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) {
            std::string message = failure("cannot write", tmp);
            ::close(fd);
            ::unlink(tmp.c_str());
            return Error{message};
        }
        done += static_cast<std::size_t>(w);
    }
    if (::fsync(fd) != 0) {
        std::string message = failure("cannot fsync", tmp);
        ::close(fd);
        ::unlink(tmp.c_str());
        return Error{message};
    }
    ::close(fd);
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string message = failure("cannot rename into", path);
        ::unlink(tmp.c_str());
        return Error{message};
    }
    return fsyncPath(path.parent_path().empty() ? "." : path.parent_path());
}

Result<std::string> readWholeFile(const std::filesystem::path& path, uint64_t maxBytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{failure("cannot open", path)};
    std::string out;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t r = ::read(fd, buffer, sizeof buffer);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            std::string message = failure("cannot read", path);
            ::close(fd);
            return Error{message};
        }
        if (r == 0) break;
        out.append(buffer, static_cast<std::size_t>(r));
        if (out.size() > maxBytes) {
            ::close(fd);
            return Error{path.string() + " is larger than " + std::to_string(maxBytes) + " bytes"};
        }
    }
    ::close(fd);
    return out;
}

Status switchSymlink(const std::filesystem::path& link, const std::string& target) {
    const std::filesystem::path tmp = link.string() + ".tmp";
    ::unlink(tmp.c_str());
    if (::symlink(target.c_str(), tmp.c_str()) != 0) return Error{failure("cannot create symlink", tmp)};
    if (::rename(tmp.c_str(), link.c_str()) != 0) {
        std::string message = failure("cannot switch", link);
        ::unlink(tmp.c_str());
        return Error{message};
    }
    return fsyncPath(link.parent_path());
}

Result<FileDigest> digestFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{failure("cannot open", path)};
    Sha256Stream hash;
    FileDigest digest;
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        const ssize_t r = ::read(fd, buffer.data(), buffer.size());
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            std::string message = failure("cannot read", path);
            ::close(fd);
            return Error{message};
        }
        if (r == 0) break;
        hash.update(buffer.data(), static_cast<std::size_t>(r));
        digest.size += static_cast<uint64_t>(r);
    }
    ::close(fd);
    digest.sha256 = hash.finishHex();
    return digest;
}

}  // namespace mc
