#pragma once
// Tells systemd how the service is doing (Type=notify, WatchdogSec=). Outside systemd
// ($NOTIFY_SOCKET unset) every call does nothing, so the same binary runs by hand.
#include <chrono>
#include <optional>
#include <string>

#include "core/Time.h"
#include "kiosk/KioskPorts.h"

namespace mc {

class ServiceNotifier final : public ServiceStatus {
public:
    // Reads $NOTIFY_SOCKET and $WATCHDOG_USEC once.
    ServiceNotifier();

    bool underSystemd() const { return underSystemd_; }

    // How often the main loop must call watchdog(): half of WatchdogSec=, or 0 when the
    // watchdog is off. The loop's event-wait timeout must not exceed this.
    Millis watchdogPingInterval() const override { return pingInterval_; }

    void ready() override;                            // the first frame is on screen
    void watchdog() override;                         // the render loop is alive (call every iteration; cheap)
    void stopping() override;                         // clean shutdown begins
    void status(const std::string& text) override;    // one line shown by `systemctl status`

private:
    void send(const std::string& state);
    bool underSystemd_ = false;
    Millis pingInterval_{0};
    std::optional<std::chrono::steady_clock::time_point> lastPing_;
};

}  // namespace mc
