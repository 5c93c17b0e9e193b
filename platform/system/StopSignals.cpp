#include "platform/system/StopSignals.h"

#include <pthread.h>
#include <signal.h>

#include "log/Log.h"

namespace mc {
namespace {

// SIGUSR2 only wakes our own thread when the object goes away.
sigset_t handledSignals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGUSR2);
    return set;
}

}  // namespace

StopSignals::StopSignals(std::function<void(int)> onStop) : onStop_(std::move(onStop)) {
    sigset_t set = handledSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    thread_ = std::thread([this] { wait(); });
}

StopSignals::~StopSignals() {
    pthread_kill(thread_.native_handle(), SIGUSR2);
    thread_.join();
    // The signals stay blocked: the process is ending, and a late SIGTERM must not kill it
    // halfway through writing its history.
}

void StopSignals::wait() {
    const sigset_t set = handledSignals();
    for (;;) {
        int signal = 0;
        if (sigwait(&set, &signal) != 0 || signal == SIGUSR2) return;
        logNotice("signals", std::string(signal == SIGTERM ? "SIGTERM" : "SIGINT") + " received; stopping");
        requested_ = true;
        onStop_(signal);
    }
}

}  // namespace mc
