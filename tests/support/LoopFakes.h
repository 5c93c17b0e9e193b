#pragma once
// Fakes for the run loop's ports: a simulated clock, a display that records frames and
// replays scripted input on that clock, the kiosk's OS side, an update queue and an
// in-memory history (the kiosk's fakes are in KioskFakes.h). Shared by tests/loop, the soak test and the loop benchmark.
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "support/KioskFakes.h"
#include "loop/Clocks.h"
#include "progress/HistorySink.h"
#include "progress/ProfileBook.h"
#include "ui/DisplayPort.h"
#include "update/UpdateFeed.h"

namespace mc::test_support {

// Monotonic and wall time that move only when told to; the wall clock follows the monotonic one.
class SimulatedClocks final : public Clocks {
public:
    explicit SimulatedClocks(int64_t wallStartUtc = 1'795'419'000) : wall0_(wallStartUtc) {}  // a Monday, 07:30 UTC
    LoopTime now() override { return at(elapsed_); }
    LoopTime at(Millis elapsed) const { return {mono0_ + elapsed, {wall0_ + elapsed.count() / 1000, 0}}; }
    Millis elapsed() const { return elapsed_; }
    void advance(Millis by) { elapsed_ += by; }

private:
    MonoTime mono0_{Millis(1'000'000)};
    int64_t wall0_;
    Millis elapsed_{0};
};

// A display on the simulated clock: waitForInput sleeps (advances the clock) until the
// timeout or the next scripted input, whichever comes first. Records every frame.
class ScriptedDisplay final : public DisplayPort {
public:
    explicit ScriptedDisplay(SimulatedClocks& clocks) : clocks_(clocks) {}

    // Input that arrives `at` (time since the clock's start).
    void inputAt(Millis at, InputEvent event) { script_.emplace(at, event); }
    void keyAt(Millis at, Action action) { inputAt(at, {.action = action, .activity = true}); }
    void quitAt(Millis at) { inputAt(at, {.shell = ShellCommand::Quit}); }

    std::vector<InputEvent> waitForInput(Millis timeout) override {
        ++waits;
        waited.push_back(timeout);
        Millis until = clocks_.elapsed() + std::max(timeout, Millis(0));
        if (!script_.empty() && script_.begin()->first < until) until = std::max(script_.begin()->first, clocks_.elapsed());
        clocks_.advance(until - clocks_.elapsed());
        std::vector<InputEvent> due;
        while (!script_.empty() && script_.begin()->first <= clocks_.elapsed()) {
            due.push_back(script_.begin()->second);
            script_.erase(script_.begin());
        }
        return due;
    }
    void present(const DrawFrame& draw) override {
        frameTimes.push_back(clocks_.elapsed());
        if (onPresent) onPresent(draw);
    }
    Status coverText(const std::string& corpus) override {
        coveredTexts.push_back(corpus);
        return success();
    }

    std::function<void(const DrawFrame&)> onPresent;  // e.g. render headless
    std::vector<Millis> frameTimes;
    std::vector<std::string> coveredTexts;
    std::vector<Millis> waited;
    int waits = 0;

private:
    SimulatedClocks& clocks_;
    std::multimap<Millis, InputEvent> script_;
};

// A display that only counts or renders frames, for loops that call turn() themselves.
class FrameSink final : public DisplayPort {
public:
    explicit FrameSink(std::function<void(const DrawFrame&)> onPresent = {}) : onPresent_(std::move(onPresent)) {}
    std::vector<InputEvent> waitForInput(Millis) override { return {}; }
    void present(const DrawFrame& draw) override {
        ++frames;
        if (onPresent_) onPresent_(draw);
    }
    Status coverText(const std::string&) override { return success(); }
    int frames = 0;

private:
    std::function<void(const DrawFrame&)> onPresent_;
};

struct QueuedUpdates final : UpdateFeed {
    std::optional<InstalledContent> takeReady() override {
        if (ready.empty()) return std::nullopt;
        InstalledContent next = std::move(ready.front());
        ready.pop_front();
        return next;
    }
    UpdateStatus status() const override { return current; }
    std::deque<InstalledContent> ready;
    UpdateStatus current;
};

struct MemoryHistory final : HistorySink {
    Result<std::int64_t> record(const SessionRecord& session) override {
        records.push_back(session);
        return static_cast<std::int64_t>(records.size());
    }
    Result<std::vector<SessionRecord>> sessions() override { return records; }
    std::vector<SessionRecord> records;
};

// The household a ProfileBook keeps, in memory; saving gives a new person the next id.
struct MemoryProfiles final : ProfileBook {
    Result<std::vector<Profile>> profiles(std::int64_t) override { return people; }
    Result<std::int64_t> saveProfile(const Profile& p, std::int64_t) override {
        Profile stored = p;
        if (stored.id == 0) {
            stored.id = static_cast<std::int64_t>(people.size()) + 1;
            people.push_back(stored);
        } else {
            for (Profile& q : people)
                if (q.id == stored.id) q = stored;
        }
        return stored.id;
    }
    Status removeProfile(std::int64_t) override { return success(); }
    std::vector<Profile> people;
};

}  // namespace mc::test_support
