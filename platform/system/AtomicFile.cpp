#include "platform/system/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mc {
namespace {

Error failure(const std::string& what, const std::filesystem::path& path, int error) {
    return Error{what + " " + path.string() + ": " + std::strerror(error)};
}

// Closes a descriptor on every path out of a function.
struct Descriptor {
    int fd = -1;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

Status writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    // Appended piecewise: GCC 12 warns falsely (-Wrestrict) about "." + string at -O3.
    std::string name(".");
    name += path.filename().string();
    name += ".tmp.XXXXXX";
    std::string temp = (dir / name).string();
    Descriptor file{::mkstemp(temp.data())};
    if (file.fd < 0) return failure("cannot create a temporary file in", dir, errno);
    auto abandon = [&](const std::string& what) -> Status {
        const int error = errno;
        ::unlink(temp.c_str());
        return failure(what, temp, error);
    };
    size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(file.fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return abandon("cannot write");
        written += static_cast<size_t>(n);
    }
    // mkstemp creates 0600; the files we replace are ordinary readable files.
    if (::fchmod(file.fd, 0644) != 0) return abandon("cannot set permissions of");
    if (::fsync(file.fd) != 0) return abandon("cannot flush");
    const int fd = file.fd;
    file.fd = -1;
    if (::close(fd) != 0) return abandon("cannot close");
    if (::rename(temp.c_str(), path.c_str()) != 0) return abandon("cannot rename over " + path.string() + ":");
    Descriptor directory{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (directory.fd < 0 || ::fsync(directory.fd) != 0) return failure("cannot flush the directory", dir, errno);
    return success();
}

Result<std::string> readTextFile(const std::filesystem::path& path) {
    Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0) return failure("cannot open", path, errno);
    std::string content;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return failure("cannot read", path, errno);  // EISDIR for a directory
        if (n == 0) return content;
        content.append(buffer, static_cast<size_t>(n));
    }
}

}  // namespace mc
