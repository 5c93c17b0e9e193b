#include "platform/durability/FileReading.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "platform/durability/ErrnoMessage.h"

namespace mc {

Status readFileInChunks(const std::filesystem::path& path, const std::function<Status(std::string_view)>& take) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{errnoMessage("cannot open " + path.string(), errno)};
    std::vector<char> buffer(64 * 1024);  // on the heap: the updater's thread reads too
    Status status = success();
    for (;;) {
        const ssize_t r = ::read(fd, buffer.data(), buffer.size());
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            status = Error{errnoMessage("cannot read " + path.string(), errno)};
            break;
        }
        if (r == 0) break;
        status = take(std::string_view(buffer.data(), static_cast<std::size_t>(r)));
        if (!status) break;
    }
    ::close(fd);
    return status;
}

Result<std::string> readWholeFile(const std::filesystem::path& path, uint64_t maxBytes) {
    std::string out;
    Status read = readFileInChunks(path, [&](std::string_view chunk) -> Status {
        out.append(chunk);
        if (out.size() > maxBytes) return Error{path.string() + " is larger than " + std::to_string(maxBytes) + " bytes"};
        return success();
    });
    if (!read) return read.error();
    return out;
}

}  // namespace mc
