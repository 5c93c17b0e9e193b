// The background updater as the app uses it: it retries after failures with backoff,
// hands finished content over only when the UI asks (so a running session is never
// interrupted), and reports a status line for the home screen.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "platform/files/PackReader.h"
#include "platform/packstore/Updater.h"
#include "update/UpdateFixture.h"

namespace mc::test {
namespace {
using namespace std::chrono_literals;

// Polls `condition` for up to 20 s: generous for a loaded machine, instant when it holds.
template <typename F>
bool eventually(F condition) {
    for (int i = 0; i < 2000; ++i) {
        if (condition()) return true;
        std::this_thread::sleep_for(10ms);
    }
    return condition();
}

class UpdaterThread : public UpdateFixture {
protected:
    UpdaterSettings quickSettings() {
        UpdaterSettings s;
        s.stateDir = stateDir;
        s.cycle = settings;
        s.retry.pollInterval = Millis(60000);  // no second check unless a failure retries
        s.retry.firstRetry = Millis(50);
        s.retry.maxRetry = Millis(400);
        s.firstCheckAfter = Millis(0);
        return s;
    }
};

TEST_F(UpdaterThread, RetriesWithBackoffAfterServerErrorsThenInstalls) {
    setSourceVersion(4);
    publish();
    server->setFaults({.fail500 = 3});
    Updater updater(quickSettings(), loadValidPack, "");
    updater.start();
    ASSERT_TRUE(eventually([&] { return updater.status().updateReady; }));
    EXPECT_EQ(updater.cyclesRun(), 4);  // three failures, then success
    EXPECT_EQ(server->countHits("manifest.json"), 4);
    auto ready = updater.takeReady();
    ASSERT_TRUE(ready.has_value());
    EXPECT_EQ(ready->version, 4);
    EXPECT_EQ(ready->pack.routines.size(), 1u);
    EXPECT_EQ(statusLine(updater.status()), "Content v4 \u00b7 up to date");
    EXPECT_FALSE(updater.takeReady().has_value());  // handed over once
}

TEST_F(UpdaterThread, ContentWaitsInTheMailboxUntilTheHomeScreenTakesIt) {
    setSourceVersion(1);
    publish();
    Updater updater(quickSettings(), loadValidPack, "bundled-1");
    updater.start();
    ASSERT_TRUE(eventually([&] { return updater.status().updateReady; }));
    // A session is running: the UI does not call takeReady(). The status says what waits.
    EXPECT_EQ(statusLine(updater.status()), "Content vbundled-1 \u00b7 new version ready");

    // A newer version published meanwhile is not installed over the waiting one, so the
    // version on screen is never garbage-collected under the session.
    setSourceVersion(2);
    publish();
    updater.checkSoon();
    ASSERT_TRUE(eventually([&] { return server->countHits("manifest.json") >= 1; }));
    std::this_thread::sleep_for(100ms);
    EXPECT_EQ(server->countHits("manifest.json"), 1);

    // Back on the home screen: the UI takes version 1; the next check brings version 2.
    auto first = updater.takeReady();
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->version, 1);
    updater.checkSoon();
    ASSERT_TRUE(eventually([&] { return updater.status().updateReady; }));
    EXPECT_EQ(updater.takeReady()->version, 2);
    updater.stop();
}

TEST_F(UpdaterThread, FailureShowsTimeAndReasonAndKeepsTheContent) {
    setSourceVersion(1);
    publish();
    UpdaterSettings s = quickSettings();
    s.cycle.source.publicKeys = {generateKeyPair().publicKey};  // not the publisher's key
    Updater updater(s, loadValidPack, "7");
    updater.start();
    ASSERT_TRUE(eventually([&] { return updater.status().state == UpdateStatus::State::Failed; }));
    updater.stop();
    const std::string line = statusLine(updater.status());
    EXPECT_EQ(line.rfind("Content v7 \u00b7 last check failed at ", 0), 0u) << line;
    EXPECT_NE(line.find("signature"), std::string::npos) << line;
    EXPECT_FALSE(updater.takeReady().has_value());
}

TEST_F(UpdaterThread, NoManifestUrlMeansDisabled) {
    UpdaterSettings s = quickSettings();
    s.cycle.source.manifestUrl.clear();
    Updater updater(s, loadValidPack, "3");
    updater.start();
    EXPECT_EQ(updater.status().state, UpdateStatus::State::Disabled);
    EXPECT_EQ(statusLine(updater.status()), "Content v3");
    EXPECT_EQ(server->countHits(""), 0);
}

}  // namespace
}  // namespace mc::test
