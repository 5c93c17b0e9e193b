#include "platform/system/JournalStream.h"

#include <sys/stat.h>

#include <charconv>
#include <cstdlib>

namespace mc {
namespace {

// A whole decimal number, nothing before or after it.
std::optional<std::uint64_t> decimal(std::string_view text) {
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

}  // namespace

bool isJournalStream(std::string_view journalStream, const std::optional<StreamIdentity>& stream) {
    const size_t colon = journalStream.find(':');
    if (!stream || colon == std::string_view::npos) return false;
    const auto device = decimal(journalStream.substr(0, colon));
    const auto inode = decimal(journalStream.substr(colon + 1));
    return device && inode && StreamIdentity{*device, *inode} == *stream;
}

std::optional<StreamIdentity> streamIdentity(int fd) {
    struct stat info {};
    if (::fstat(fd, &info) != 0) return std::nullopt;
    return StreamIdentity{static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino)};
}

LogSink stderrLogSink() {
    const char* variable = std::getenv("JOURNAL_STREAM");
    LogSink sink;
    sink.journalPriorities = isJournalStream(variable ? variable : "", streamIdentity(2));
    return sink;
}

}  // namespace mc
