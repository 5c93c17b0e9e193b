#pragma once
// Is our stderr the systemd journal? systemd sets $JOURNAL_STREAM to "<device>:<inode>"
// of the stream it connects stdout/stderr to (systemd.exec(5)). The variable alone is
// not enough: a child started by the service whose stderr was redirected elsewhere still
// inherits it, so fd 2 itself must be that stream.
#include <cstdint>
#include <optional>
#include <string_view>

#include "log/Log.h"

namespace mc {

struct StreamIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    bool operator==(const StreamIdentity&) const = default;
};

// `journalStream` is the value of $JOURNAL_STREAM (empty when unset); `stream` the identity
// of the descriptor in question (nullopt when fstat failed). Pure, for tests.
bool isJournalStream(std::string_view journalStream, const std::optional<StreamIdentity>& stream);

// The device and inode of an open descriptor (fstat(2)), or nullopt.
std::optional<StreamIdentity> streamIdentity(int fd);

// The log sink for this process: stderr, with journald priority prefixes when fd 2 is
// the journal. The shell installs it once at start-up (see log/Log.h).
LogSink stderrLogSink();

}  // namespace mc
