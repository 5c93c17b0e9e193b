#pragma once
// The phone remote's HTTP server: cpp-httplib on threads of its own, bound to the
// configured address and port, serving RemoteApi and the live status as Server-Sent
// Events. Limits (docs/remote.md): request body size, header count, a fixed number of
// worker threads with a short queue (beyond it a connection gets 503 at once), read and
// write timeouts (a client that stalls is dropped), a per-address rate limit, and a cap
// on open event streams.
#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "core/Result.h"
#include "platform/remoteserver/RemoteApi.h"
#include "remote/RemoteLink.h"

namespace httplib {
class Server;
}

namespace mc {

struct RemoteServerLimits {
    size_t maxBodyBytes = 4096;
    int workers = 8;            // connections served at once
    int waiting = 8;            // connections queued for a worker; more get 503
    int maxEventStreams = 4;    // open /api/events streams
    Millis readTimeout{5000};   // a client silent this long mid-request is dropped
    Millis writeTimeout{5000};  // a client not reading this long is dropped
    Millis keepAlive{2000};     // an idle kept-alive connection is closed after this
    Millis heartbeat{15000};    // an event stream sends a comment this often when idle
};

class RemoteServer final : public RemoteLink {
public:
    // Binds and starts serving; fails when the address or port cannot be had.
    static Result<std::unique_ptr<RemoteServer>> start(const std::string& address, int port, RemoteApiSettings settings,
                                                      RemoteApiPorts ports, PhoneRegistry& phones, RemoteInbox& inbox,
                                                      RemoteServerLimits limits = {});
    ~RemoteServer() override;

    int port() const { return port_; }
    RemoteApi& api() { return *api_; }

    void publish(const MirrorStatus& status, const LoopCounters& counters) override { board_.publish(status, counters); }
    void publishCatalogue(RemoteCatalogue catalogue) override { board_.publishCatalogue(std::move(catalogue)); }
    // True once the loop has published its status and routines (its first turn).
    bool ready() const { return board_.status().version > 0; }
    std::optional<PairingOffer> pairingOffer() override { return api_->pairingOffer(); }

private:
    RemoteServer() = default;
    void routes();

    RemoteServerLimits limits_;
    StatusBoard board_;
    std::unique_ptr<RemoteApi> api_;
    std::unique_ptr<httplib::Server> http_;
    std::thread thread_;
    std::atomic<int> streams_{0};
    int port_ = 0;
};

// "http://<address>:<port>/" phones can reach: the configured address, or for a wildcard
// (0.0.0.0) the first non-loopback IPv4 address of this machine.
std::string remotePublicUrl(const std::string& listenAddress, int port);

// Resident memory of this process in bytes (0 when /proc cannot be read).
int64_t residentMemoryBytes();

}  // namespace mc
