#pragma once
// The background updater: one thread that owns the HTTP client and the store, runs an
// update cycle at the poll interval (jittered, with backoff after failures) and leaves
// finished, verified, validated content in a mailbox. The UI thread never waits on it:
// it reads status() for the home screen and calls takeReady() when it is on the home
// screen, so a session in progress is never interrupted.
#include <condition_variable>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <thread>

#include "platform/net/HttpClient.h"
#include "platform/packstore/UpdateCycle.h"
#include "update/RetrySchedule.h"
#include "update/UpdateStatus.h"

namespace mc {

struct UpdaterSettings {
    std::filesystem::path stateDir;  // the PackStore root
    CycleSettings cycle;             // manifest URL, public keys, limits
    HttpOptions http;                // timeouts, CA file
    RetryPolicy retry;               // poll interval, backoff
    Millis firstCheckAfter{5000};    // after start(): let the first frame come first
};

class Updater final : public UpdateFeed {
public:
    // `shownVersion`: the content version on screen now ("" = bundled).
    Updater(UpdaterSettings settings, ContentLoader loadContent, std::string shownVersion);
    ~Updater();  // stops and joins
    Updater(const Updater&) = delete;
    Updater& operator=(const Updater&) = delete;

    void start();
    void stop();       // waits for a running download to end (bounded by the HTTP timeouts)
    void checkSoon();  // wakes the thread for a check now (e.g. from a menu)

    // UI thread: new content once, if any is ready. The caller swaps it in; the status
    // then shows its version.
    std::optional<InstalledContent> takeReady() override;

    // UI thread: the state for the home screen line (see statusLine()).
    UpdateStatus status() const override;

    // Cycles run so far (for tests and diagnostics).
    int cyclesRun() const;

private:
    void loop();

    const UpdaterSettings settings_;
    const ContentLoader loadContent_;

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    bool checkRequested_ = false;
    std::optional<InstalledContent> ready_;
    UpdateStatus status_;
    int cycles_ = 0;
    std::thread thread_;
};

}  // namespace mc
