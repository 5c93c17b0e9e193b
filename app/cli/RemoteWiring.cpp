#include "cli/RemoteWiring.h"

#include <mutex>

#include "log/Log.h"
#include "platform/display/Clock.h"
#include "platform/display/MirrorWindow.h"
#include "platform/remoteserver/QrEncoder.h"
#include "platform/store/HistoryStore.h"
#include "platform/store/WallClock.h"
#include "platform/system/StatePaths.h"

namespace mc {

std::filesystem::path remoteWebDir() {
    std::filesystem::path source = std::filesystem::path(MC_SOURCE_ASSETS) / "web";
    std::error_code ec;
    if (std::filesystem::exists(source / "index.html", ec)) return source;
    return std::filesystem::path(kInstalledAssetsDir) / "web";
}

std::unique_ptr<RemoteWiring> startRemote(const Config& config, const std::string& version) {
    if (!config.remote.enabled) return nullptr;
    auto stateDir = prepareStateDirectory(config.content.state_dir);
    if (!stateDir) {
        logWarning("remote", stateDir.error().message + "; the phone remote is off");
        return nullptr;
    }
    auto w = std::make_unique<RemoteWiring>();
    auto phones = PhoneRegistry::open(*stateDir);
    if (!phones) {
        logWarning("remote", phones.error().message + "; the phone remote is off");
        return nullptr;
    }
    w->phones.emplace(std::move(*phones));
    w->inbox = std::make_unique<RemoteInbox>([] { MirrorWindow::wakeUp(); });

    RemoteApiSettings s;
    s.webDir = remoteWebDir();
    s.publicUrl = config.remote.public_url.empty() ? remotePublicUrl(config.remote.listen_address, config.remote.port)
                                                   : config.remote.public_url;
    s.openStatus = config.remote.allow_unauthenticated_metrics;
    s.codeLifetime = std::chrono::minutes(config.remote.pairing_code_minutes);
    s.version = version;
    s.startedUtc = wallTimeNow().utcSeconds;

    // The server reads the history on its own connection (SQLite allows it; the loop writes).
    auto history = std::make_shared<std::pair<std::mutex, std::optional<HistoryStore>>>();
    if (auto store = HistoryStore::open(*stateDir)) history->second.emplace(std::move(*store));
    RemoteApiPorts ports;
    ports.monotonic = [] { return monotonicNow(); };
    ports.utcSeconds = [] { return wallTimeNow().utcSeconds; };
    ports.newCode = [] { return newPairingCode(); };
    ports.history = [history]() -> Result<std::vector<SessionRecord>> {
        std::lock_guard lock(history->first);
        if (!history->second) return std::vector<SessionRecord>{};
        return history->second->sessions();
    };
    ports.residentBytes = [] { return residentMemoryBytes(); };
    ports.qr = [](const std::string& text) { return encodeQr(text); };

    auto server = RemoteServer::start(config.remote.listen_address, config.remote.port, std::move(s), std::move(ports),
                                      *w->phones, *w->inbox);
    if (!server) {
        logWarning("remote", server.error().message + "; the phone remote is off");
        return nullptr;
    }
    w->server = std::move(*server);
    return w;
}

}  // namespace mc
