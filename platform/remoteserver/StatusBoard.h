#pragma once
// Where the loop leaves what phones may see, and where the HTTP threads wait for it to
// change (Server-Sent Events). The loop publishes every turn; only a status that differs
// from the last one is turned into JSON and wakes the waiting streams.
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "core/Time.h"
#include "remote/RemoteLink.h"

namespace mc {

struct StatusSnapshot {
    uint64_t version = 0;  // bumped by every change; 0 before the first publish
    std::string json;
    MirrorStatus status;
};

class StatusBoard {
public:
    void publish(const MirrorStatus& status, const LoopCounters& counters);
    void publishCatalogue(RemoteCatalogue catalogue);

    StatusSnapshot status() const;
    // Waits until the version is past `seen` (then returns the new status), `timeout`
    // passes or the board closes (then nothing).
    std::optional<StatusSnapshot> waitForChange(uint64_t seen, Millis timeout) const;
    RemoteCatalogue catalogue() const;
    LoopCounters counters() const;

    // Wakes every waiter for good (the server is stopping).
    void close();
    bool closed() const;

private:
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    StatusSnapshot snapshot_;
    RemoteCatalogue catalogue_;
    LoopCounters counters_;
    bool closed_ = false;
};

}  // namespace mc
