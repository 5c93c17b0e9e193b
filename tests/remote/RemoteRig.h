#pragma once
// The real run loop (fake devices, real clocks) with the real remote server on
// 127.0.0.1 and an ephemeral port, the loop on a thread of its own as in the mirror.
// The API's own clock is a hand-moved one, so code expiry needs no waiting.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

#include "loop/MirrorLoop.h"
#include "platform/files/PackReader.h"
#include "platform/remoteserver/QrEncoder.h"
#include "platform/remoteserver/RemoteServer.h"
#include "support/LoopFakes.h"
#include "support/TempDir.h"

namespace mc::test_support {

struct RealClocks final : Clocks {
    LoopTime now() override {
        using namespace std::chrono;
        const auto mono = duration_cast<Millis>(steady_clock::now().time_since_epoch());
        return {mono, {duration_cast<std::chrono::seconds>(system_clock::now().time_since_epoch()).count(), 0}};
    }
};

// A display that shows nothing and waits for the remote's inbox (as SDL waits for keys).
class InboxDisplay final : public DisplayPort {
public:
    explicit InboxDisplay(RemoteInbox& inbox) : inbox_(inbox) {}
    std::vector<InputEvent> waitForInput(Millis timeout) override {
        if (!quit) inbox_.waitForArrival(std::min(timeout, Millis(200)));
        if (quit) return {InputEvent{.shell = ShellCommand::Quit}};
        return {};
    }
    void present(const DrawFrame&) override { ++frames; }
    Status coverText(const std::string&) override { return success(); }
    std::atomic<bool> quit{false};
    std::atomic<int> frames{0};

private:
    RemoteInbox& inbox_;
};

struct SilentSink final : SoundSink {
    void schedule(MonoTime, Voice) override {}
    void silence() override {}
    void setGain(float) override {}
};

inline std::shared_ptr<const ContentPack> bundledContent() {
    static const auto pack = [] {
        auto p = loadValidPack(std::filesystem::path(MC_SOURCE_ASSETS) / "pack");
        if (!p) throw std::runtime_error(p.error().message);
        return std::make_shared<const ContentPack>(std::move(*p));
    }();
    return pack;
}

// The history shared by the loop (writes) and the server (reads), as SQLite would be.
struct LockedHistory final : HistorySink {
    Result<std::int64_t> record(const SessionRecord& session) override {
        std::lock_guard lock(mutex);
        records.push_back(session);
        return static_cast<std::int64_t>(records.size());
    }
    Result<std::vector<SessionRecord>> sessions() override {
        std::lock_guard lock(mutex);
        return records;
    }
    std::mutex mutex;
    std::vector<SessionRecord> records;
};

struct RemoteRig {
    explicit RemoteRig(RemoteServerLimits limits = {}, bool openStatus = false) {
        auto registry = PhoneRegistry::open(dir.path());
        if (!registry) throw std::runtime_error(registry.error().message);
        phones.emplace(std::move(*registry));
        SleepPolicy policy;
        policy.idleTimeout = Millis(0);
        policy.idleSleeps = false;
        policy.schedule = {};
        kiosk = std::make_unique<KioskControl>(policy, KioskPorts{power, service});

        RemoteApiSettings s;
        s.webDir = std::filesystem::path(MC_SOURCE_ASSETS) / "web";
        s.publicUrl = "http://127.0.0.1/";
        s.openStatus = openStatus;
        s.codeLifetime = Millis(5 * 60'000);
        s.requestsPerSecond = 200;  // the tests are fast clients; the rate test sets its own
        s.version = "1.2.3";
        s.startedUtc = 1'800'000'000;
        RemoteApiPorts ports;
        ports.monotonic = [this] { return apiClock.load(); };
        ports.utcSeconds = [] { return int64_t{1'800'000'000}; };
        ports.newCode = [this] { return std::to_string(10'000'000 + (++codes) * 7919); };
        ports.history = [this] { return history.sessions(); };
        ports.residentBytes = [] { return residentMemoryBytes(); };
        ports.qr = [](const std::string& text) { return encodeQr(text); };
        if (requestsPerSecond > 0) s.requestsPerSecond = requestsPerSecond;
        auto started = RemoteServer::start("127.0.0.1", 0, std::move(s), std::move(ports), *phones, inbox, limits);
        if (!started) throw std::runtime_error(started.error().message);
        server = std::move(*started);

        LoopSettings settings;
        profiles.people = household;
        loop = std::make_unique<MirrorLoop>(LoopParts{input, *kiosk, sound, recorder, updates, {}, server.get(),
                                                      household.empty() ? nullptr : &profiles},
                                            bundledContent(), ViewContext{}, settings, clocks.now().wall);
        thread = std::thread([this] { loop->run(clocks); });
        // As a phone would after a 503: wait for the loop's first turn before calling.
        for (int i = 0; i < 2000 && !server->ready(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~RemoteRig() {
        display.quit = true;
        inbox.push({});
        thread.join();
        server.reset();
    }
    int port() const { return server->port(); }

    static inline double requestsPerSecond = 0;
    static inline std::vector<Profile> household;  // a test that needs people sets it
    MemoryProfiles profiles;
    TempDir dir;
    std::atomic<MonoTime> apiClock{Millis(1'000'000)};
    std::atomic<int> codes{0};
    std::optional<PhoneRegistry> phones;
    RemoteInbox inbox;
    InboxDisplay display{inbox};
    RemoteInput input{display, inbox};
    FakeDisplayPower power;
    FakeServiceStatus service;
    std::unique_ptr<KioskControl> kiosk;
    SilentSink sink;
    SessionSound sound{sink, nullptr};
    LockedHistory history;
    SessionRecorder recorder{&history, 3};
    QueuedUpdates updates;
    RealClocks clocks;
    std::unique_ptr<RemoteServer> server;
    std::unique_ptr<MirrorLoop> loop;
    std::thread thread;
};

}  // namespace mc::test_support
