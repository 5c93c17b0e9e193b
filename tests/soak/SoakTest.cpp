// A day in the life of a mirror, in about a minute. The real run loop (MirrorLoop with
// the real kiosk shell, sound planning, SQLite history and the background updater
// talking to a loopback content server) is driven by a simulated clock through 24 hours
// of routines, idling, sleep hours, waking and four content updates, rendering every
// frame it asks for headless. Afterwards memory must not have grown between hour 2 and
// hour 24, no file descriptor may have leaked, and every session must be in the history.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "cli/ContentChoice.h"
#include "loop/MirrorLoop.h"
#include "platform/display/HeadlessRenderer.h"
#include "platform/files/PackReader.h"
#include "platform/packstore/PackPublisher.h"
#include "platform/packstore/Updater.h"
#include "platform/store/HistoryStore.h"
#include "soak/DayScript.h"
#include "kiosk/SleepPolicy.h"
#include "platform/system/DisplayPowerSwitch.h"
#include "support/LoopFakes.h"
#include "support/ProcessMemory.h"
#include "support/TempDir.h"
#include "support/TestServer.h"
#include "update/Crypto.h"

namespace mc {
namespace {
using namespace std::chrono_literals;
using test_support::DayScript;
namespace fs = std::filesystem;

constexpr int64_t kHour = 3600;
constexpr int64_t kDayStartUtc = 1'795'419'000;  // Monday 2026-11-23 07:30 UTC (offset 0)
constexpr int kRssGrowthLimitKiB = 2048;

// Cue sounds are counted, not played: a sound card's clock cannot follow a simulated one.
struct CountingSink final : SoundSink {
    int scheduled = 0;
    void schedule(MonoTime, Voice) override { ++scheduled; }
    void silence() override {}
    void setGain(float) override {}
};

// The bundled pack republished under new versions, each with a visibly changed title.
class ContentServer {
public:
    explicit ContentServer(const fs::path& work) : source_(work / "src"), pub_(work / "pub") {
        fs::copy(fs::path(MC_SOURCE_ASSETS) / "pack", source_, fs::copy_options::recursive);
        fs::create_directories(pub_);
        server_ = std::make_unique<test::TestServer>(pub_);
    }
    void publish(int version) {
        auto path = source_ / "pack.json";
        std::stringstream text;
        text << std::ifstream(path).rdbuf();
        auto doc = nlohmann::json::parse(text.str());
        doc["version"] = version;
        std::ofstream(path, std::ios::trunc) << doc.dump(2);
        auto report = publishPack(source_, key.secretKey, pub_, nullptr);
        ASSERT_TRUE(report.ok()) << report.error().message;
    }
    std::string manifestUrl() const { return server_->url("manifest.json"); }
    KeyPair key = generateKeyPair();

private:
    fs::path source_, pub_;
    std::unique_ptr<test::TestServer> server_;
};

DayScript aDayOfUse() {
    DayScript day;
    auto at = [](int hour, int minute) { return ((hour * 60 + minute) - (7 * 60 + 30) + 24 * 60) % (24 * 60) * 60; };
    day.add({.atSecond = at(7, 45), .pause = true});
    day.add({.atSecond = at(8, 30), .browse = 2, .skips = 3});
    day.add({.atSecond = at(9, 10), .browse = 4, .stopEarly = true});
    day.add({.atSecond = at(11, 0), .browse = 3, .start = false});
    day.add({.atSecond = at(12, 30), .browse = 1});
    day.add({.atSecond = at(15, 0), .browse = 3, .pause = true, .skips = 2});
    day.add({.atSecond = at(18, 30), .browse = 2});
    day.add({.atSecond = at(20, 0), .browse = 5, .stopEarly = true});
    day.add({.atSecond = at(23, 40), .start = false});  // a key in the sleep hours
    day.add({.atSecond = at(6, 0), .browse = 1});
    day.add({.atSecond = at(6, 50), .browse = 2, .skips = 1});
    return day;
}
constexpr int kSessionsInTheDay = 9;

TEST(Soak, ADayOfRoutinesSleepAndUpdatesLeaksNothing) {
    test_support::TempDir work;
    ContentServer server(work.path());
    server.publish(2);

    Config config;
    config.schedule.idle_timeout_s = 300;
    config.display.fps_cap = 2;  // animation frames still come, few enough for a quick test
    auto bundled = loadContent((fs::path(MC_SOURCE_ASSETS) / "pack").string());
    ASSERT_TRUE(bundled.ok()) << bundled.error().message;
    auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
    ASSERT_TRUE(fonts.ok());
    auto renderer = HeadlessRenderer::create(320, 180, *fonts, textCorpus(**bundled, "en"));
    ASSERT_TRUE(renderer.ok()) << renderer.error().message;

    // The real display commands (none configured: black is "off"); systemd is faked.
    DisplayPowerSwitch power("", "", Millis(1000));
    test_support::FakeServiceStatus service;
    KioskControl kiosk(sleepPolicyFromConfig(config), {power, service});
    CountingSink sink;
    SessionSound sound(sink, nullptr);
    fs::create_directories(work.path() / "state");
    auto store = HistoryStore::open(work.path() / "state");
    ASSERT_TRUE(store.ok()) << store.error().message;
    SessionRecorder recorder(&*store, config.progress.weekly_goal);
    UpdaterSettings us;
    us.stateDir = work.path() / "state" / "content";
    us.cycle.source = {server.manifestUrl(), {server.key.publicKey}};
    us.retry.pollInterval = Millis(100);  // real time: many checks (mostly "not modified") per simulated day
    us.firstCheckAfter = Millis(0);
    Updater updater(us, loadValidPack, "");
    updater.start();

    std::map<int64_t, int> framesPerHour;
    int64_t second = 0;
    test_support::FrameSink display([&](const DrawFrame& draw) {
        (*renderer)->render(draw);
        ++framesPerHour[second / kHour];
    });
    LoopParts parts{display, kiosk, sound, recorder, updater};
    ViewContext view;
    view.layout = (*renderer)->layout();
    view.fonts = &(*renderer)->fonts();
    const MonoTime mono0{Millis(1'000'000)};
    auto timeAt = [&](Millis sinceStart) {
        return LoopTime{mono0 + sinceStart, {kDayStartUtc + sinceStart.count() / 1000, 0}};
    };
    MirrorLoop loop(parts, *bundled, view, {.fpsCap = config.display.fps_cap}, timeAt(Millis(0)).wall);

    DayScript day = aDayOfUse();
    std::map<int64_t, int> publications = {{4 * kHour, 3}, {10 * kHour, 4}, {16 * kHour, 5}};
    long rssAtHour2 = 0;
    int fdsAtHour2 = 0;
    std::string shownVersion;
    Millis t{0};
    while (t < Millis(24 * kHour * 1000)) {
        second = t.count() / 1000;
        if (!publications.empty() && publications.begin()->first <= second) {
            server.publish(publications.begin()->second);
            publications.erase(publications.begin());
            updater.checkSoon();
            // The download takes real time; the simulated day waits for it, as a real one would.
            for (int i = 0; i < 3000 && !updater.status().updateReady; ++i) std::this_thread::sleep_for(10ms);
        }
        std::vector<InputEvent> events;
        for (Action a : day.takeDue(second)) events.push_back({.action = a, .activity = true});
        Millis wait = loop.turn(events, timeAt(t));
        if (loop.state().content().version != shownVersion) {
            shownVersion = loop.state().content().version;
            std::fprintf(stderr, "soak: hour %.2f shows content version %s\n", second / 3600.0, shownVersion.c_str());
        }
        if (rssAtHour2 == 0 && second >= 2 * kHour) {
            rssAtHour2 = test_support::readMemory().rss;
            fdsAtHour2 = test_support::settledFileDescriptors();
        }
        // The next turn: when the loop asked, or the next key press, whichever comes first.
        Millis next = t + std::max(wait, Millis(1));
        if (int64_t press = day.nextSecond(); press >= 0) next = std::min(next, Millis(press * 1000));
        if (!publications.empty()) next = std::min(next, Millis(publications.begin()->first * 1000));
        t = std::max(next, t + Millis(1));
    }
    const long rssAtHour24 = test_support::readMemory().rss;
    const int checks = updater.cyclesRun();
    updater.stop();  // its connection closes with it, as at the end of any check
    const int fdsAtHour24 = test_support::settledFileDescriptors();
    std::fprintf(stderr, "soak: RSS %ld KiB at hour 2, %ld KiB at hour 24; %d fds then, %d now\n", rssAtHour2,
                 rssAtHour24, fdsAtHour2, fdsAtHour24);
    int frames = 0;
    std::string perHour;
    for (auto [hour, n] : framesPerHour) {
        frames += n;
        perHour += " " + std::to_string(n);
    }
    std::fprintf(stderr, "soak: frames per hour:%s\n", perHour.c_str());
    std::fprintf(stderr, "soak: %d frames, %d update checks, %d cue sounds\n", frames, checks, sink.scheduled);

// Sanitizers keep freed memory in quarantine or shadow history, so RSS grows by design
// there; ASan's leak checker covers leaks in that build instead.
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    EXPECT_LE(rssAtHour24 - rssAtHour2, kRssGrowthLimitKiB);
#endif
    EXPECT_LE(fdsAtHour24, fdsAtHour2);
    // Every update was taken (on the home screen), the last one is on show.
    EXPECT_EQ(loop.state().content().version, "5");
    // Asleep between 01:00 and 05:00 (hours 17.5 to 21.5): not one frame.
    for (int64_t h = 18; h < 21; ++h) EXPECT_EQ(framesPerHour[h], 0) << "hour " << h;
    EXPECT_GT(sink.scheduled, 0);
    EXPECT_GT(checks, 20);  // the updater kept polling all day
    auto history = HistoryStore::open(work.path() / "state");
    ASSERT_TRUE(history.ok());
    auto sessions = history->sessions();
    ASSERT_TRUE(sessions.ok());
    EXPECT_EQ(sessions->size(), static_cast<size_t>(kSessionsInTheDay));
}

}  // namespace
}  // namespace mc
