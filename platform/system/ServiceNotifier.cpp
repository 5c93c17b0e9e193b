#include "platform/system/ServiceNotifier.h"

#include <systemd/sd-daemon.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>

#include "log/Log.h"
#include "platform/durability/ErrnoMessage.h"

namespace mc {

ServiceNotifier::ServiceNotifier() {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    underSystemd_ = socket && *socket;
    uint64_t usec = 0;
    // 0 = no watchdog for this process; <0 = malformed variables, treated the same.
    if (underSystemd_ && sd_watchdog_enabled(0, &usec) > 0) pingInterval_ = Millis(usec / 2000);
}

void ServiceNotifier::send(const std::string& state) {
    if (!underSystemd_) return;
    const int result = sd_notify(0, state.c_str());
    if (result < 0) logWarning("service", errnoMessage("sd_notify(" + state + ") failed", -result));
}

void ServiceNotifier::ready() { send("READY=1"); }
void ServiceNotifier::watchdog() {
    if (pingInterval_.count() <= 0) return;
    // Called every loop iteration; one message a second (or per half interval) is plenty.
    const auto now = std::chrono::steady_clock::now();
    if (lastPing_ && now - *lastPing_ < std::min<Millis>(pingInterval_ / 2, Millis(1000))) return;
    lastPing_ = now;
    send("WATCHDOG=1");
}
void ServiceNotifier::stopping() { send("STOPPING=1"); }
void ServiceNotifier::status(const std::string& text) { send("STATUS=" + text); }

}  // namespace mc
