#pragma once
// SIGTERM (systemctl stop) and SIGINT (Ctrl+C) end the mirror cleanly: the running
// session is recorded, systemd hears STOPPING=1, a dark display is turned back on.
// The signals are blocked in every thread and taken by one thread of our own with
// sigwait(), so nothing runs in a signal handler and the loop learns of them through
// its ordinary input (see MirrorWindow::requestQuit).
#include <atomic>
#include <functional>
#include <thread>

namespace mc {

class StopSignals {
public:
    // Call before any other thread starts (threads inherit the blocked signals).
    // `onStop` runs on the signal thread, once per signal received.
    explicit StopSignals(std::function<void(int signal)> onStop);
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    bool requested() const { return requested_.load(); }

private:
    void wait();

    std::function<void(int)> onStop_;
    std::atomic<bool> requested_{false};
    std::thread thread_;
};

}  // namespace mc
