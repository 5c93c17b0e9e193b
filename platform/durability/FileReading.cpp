#include "platform/durability/FileReading.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include "platform/durability/ErrnoMessage.h"

namespace mc {

Result<std::string> readWholeFile(const std::filesystem::path& path, uint64_t maxBytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{errnoMessage("cannot open " + path.string(), errno)};
    std::string out;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t r = ::read(fd, buffer, sizeof buffer);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            const int error = errno;
            ::close(fd);
            return Error{errnoMessage("cannot read " + path.string(), error)};
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

}  // namespace mc
