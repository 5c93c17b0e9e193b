#include "platform/packstore/Updater.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "log/Log.h"

namespace mc {
namespace {

std::string localHourMinute() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", local.tm_hour, local.tm_min);
    return text;
}

// The status shows a short reason; the log keeps the whole message.
std::string shortReason(const std::string& message) {
    constexpr std::size_t kMax = 90;
    return message.size() <= kMax ? message : message.substr(0, kMax - 3) + "...";
}

}  // namespace

Updater::Updater(UpdaterSettings settings, ContentLoader loadContent, std::string shownVersion)
    : settings_(std::move(settings)), loadContent_(std::move(loadContent)) {
    status_.contentVersion = std::move(shownVersion);
    status_.state = settings_.cycle.source.manifestUrl.empty() ? UpdateStatus::State::Disabled
                                                               : UpdateStatus::State::NotChecked;
}

Updater::~Updater() { stop(); }

void Updater::start() {
    if (thread_.joinable() || settings_.cycle.source.manifestUrl.empty()) return;
    {
        std::lock_guard lock(mutex_);
        stopping_ = false;
    }
    thread_ = std::thread([this] { loop(); });
}

void Updater::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void Updater::checkSoon() {
    {
        std::lock_guard lock(mutex_);
        checkRequested_ = true;
    }
    wake_.notify_all();
}

std::optional<InstalledContent> Updater::takeReady() {
    std::lock_guard lock(mutex_);
    if (!ready_) return std::nullopt;
    std::optional<InstalledContent> taken = std::move(ready_);
    ready_.reset();
    status_.contentVersion = std::to_string(taken->version);
    status_.updateReady = false;
    return taken;
}

UpdateStatus Updater::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

int Updater::cyclesRun() const {
    std::lock_guard lock(mutex_);
    return cycles_;
}

void Updater::loop() {
    HttpClient http(settings_.http);  // curl lives on this thread only
    PackStore store(settings_.stateDir);
    std::mt19937_64 rng(std::random_device{}());
    int failures = 0;
    Millis delay = settings_.firstCheckAfter;

    for (;;) {
        {
            std::unique_lock lock(mutex_);
            wake_.wait_for(lock, delay, [&] { return stopping_ || checkRequested_; });
            if (stopping_) return;
            checkRequested_ = false;
            // Until the UI takes the version waiting in the mailbox, install nothing newer:
            // the store keeps two versions, and the one on screen must stay one of them.
            if (ready_) {
                delay = nextCheckDelay(settings_.retry, 0, rng);
                continue;
            }
            status_.state = UpdateStatus::State::Updating;
        }

        CycleReport report = runUpdateCycle(store, http, settings_.cycle, loadContent_);

        std::lock_guard lock(mutex_);
        ++cycles_;
        status_.lastCheckUtc = std::time(nullptr);
        if (report.outcome == CycleReport::Outcome::Failed) {
            ++failures;
            logWarning("update", "check failed: " + report.message);
            status_.state = UpdateStatus::State::Failed;
            status_.failedAt = localHourMinute();
            status_.reason = shortReason(report.message);
        } else {
            failures = 0;
            status_.state = UpdateStatus::State::UpToDate;
            if (report.outcome == CycleReport::Outcome::Installed) {
                logNotice("update", report.message);
                ready_ = std::move(report.installed);
                status_.updateReady = true;
            }
        }
        delay = nextCheckDelay(settings_.retry, failures, rng);
    }
}

}  // namespace mc
