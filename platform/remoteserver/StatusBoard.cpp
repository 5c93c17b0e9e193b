#include "platform/remoteserver/StatusBoard.h"

namespace mc {

void StatusBoard::publish(const MirrorStatus& status, const LoopCounters& counters) {
    {
        std::lock_guard lock(mutex_);
        counters_ = counters;
        if (snapshot_.version > 0 && status == snapshot_.status) return;
        snapshot_.status = status;
        snapshot_.json = statusJson(status);
        ++snapshot_.version;
    }
    changed_.notify_all();
}

void StatusBoard::publishCatalogue(RemoteCatalogue catalogue) {
    std::lock_guard lock(mutex_);
    catalogue_ = std::move(catalogue);
}

StatusSnapshot StatusBoard::status() const {
    std::lock_guard lock(mutex_);
    return snapshot_;
}

std::optional<StatusSnapshot> StatusBoard::waitForChange(uint64_t seen, Millis timeout) const {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return closed_ || snapshot_.version > seen; });
    if (closed_ || snapshot_.version <= seen) return std::nullopt;
    return snapshot_;
}

RemoteCatalogue StatusBoard::catalogue() const {
    std::lock_guard lock(mutex_);
    return catalogue_;
}

LoopCounters StatusBoard::counters() const {
    std::lock_guard lock(mutex_);
    return counters_;
}

void StatusBoard::close() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
    }
    changed_.notify_all();
}

bool StatusBoard::closed() const {
    std::lock_guard lock(mutex_);
    return closed_;
}

}  // namespace mc
