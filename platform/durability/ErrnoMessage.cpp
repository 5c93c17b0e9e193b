#include "platform/durability/ErrnoMessage.h"

#include <cstring>

namespace mc {

std::string errnoMessage(std::string_view what, int error) {
    // strerror_r, not strerror: the updater and the speech worker fail on their own threads.
    // glibc's GNU variant returns the text (in `buffer` or a static string).
    char buffer[128];
    const char* reason = ::strerror_r(error, buffer, sizeof buffer);
    std::string out(what);
    out += ": ";
    out += reason;
    return out;
}

}  // namespace mc
