#include "platform/packstore/FileDigest.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "platform/durability/ErrnoMessage.h"
#include "update/Crypto.h"

namespace mc {

Result<FileDigest> digestFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{errnoMessage("cannot open " + path.string(), errno)};
    Sha256Stream hash;
    FileDigest digest;
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        const ssize_t r = ::read(fd, buffer.data(), buffer.size());
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            const int error = errno;
            ::close(fd);
            return Error{errnoMessage("cannot read " + path.string(), error)};
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
