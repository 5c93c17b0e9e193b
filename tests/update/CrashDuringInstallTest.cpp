// kill -9 of `mirrorcoach update --once` at random moments of an update, repeated:
// afterwards the store holds the old version or the new one, complete, never a mix,
// and the next run finishes the job.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "platform/files/PackReader.h"
#include "update/UpdateFixture.h"

namespace mc::test {
namespace {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

class CrashDuringInstall : public UpdateFixture {
protected:
    fs::path storeDir() const { return stateDir / "content"; }  // where `update --state-dir` puts it

    // Starts one update in a child process: the real binary when it is built, else a
    // fork running the same cycle (so the test still covers the store without the app).
    pid_t startChild() {
        const bool haveBinary = fs::exists(MC_BINARY);
        const pid_t pid = ::fork();
        if (pid != 0) return pid;
        if (haveBinary) {
            const std::string url = settings.source.manifestUrl, dir = stateDir.string();
            ::execl(MC_BINARY, MC_BINARY, "update", "--once", "--manifest-url", url.c_str(), "--public-key",
                    key.publicKey.c_str(), "--state-dir", dir.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        PackStore store(storeDir());
        HttpClient http;
        CycleReport r = runUpdateCycle(store, http, settings, loadValidPack);
        ::_exit(r.outcome == CycleReport::Outcome::Failed ? 1 : 0);
    }

    int waitChild(pid_t pid) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        return status;
    }

    // Version of a store whose `current` must verify exactly (no fallback), or -1.
    int64_t exactVersion() {
        PackStore store(storeDir());
        auto current = store.current();
        if (!current) return -1;
        auto verified = store.openVerified({key.publicKey});
        if (!verified || verified->manifest.version != current->manifest.version) return -2;
        return current->manifest.version;
    }
};

TEST_F(CrashDuringInstall, StoreIsOldOrNewNeverAMix) {
    // Version 2 changes many files, so an install has many steps to interrupt.
    setSourceVersion(1);
    for (int i = 0; i < 25; ++i) writeSource("images/extra-" + std::to_string(i) + ".png", "v1 file " + std::to_string(i));
    publish();
    std::printf("children: %s\n", fs::exists(MC_BINARY) ? MC_BINARY : "forked (binary not built)");
    ASSERT_EQ(WEXITSTATUS(waitChild(startChild())), 0);
    ASSERT_EQ(exactVersion(), 1);
    const fs::path template1 = work / "store-v1";
    fs::copy(storeDir(), template1, fs::copy_options::recursive | fs::copy_options::copy_symlinks);

    for (int i = 0; i < 25; ++i) writeSource("images/extra-" + std::to_string(i) + ".png", "v2 file " + std::to_string(i));
    setSourceVersion(2);
    publish();

    // How long an uninterrupted update takes here, to spread the kills over it.
    auto start = Clock::now();
    ASSERT_EQ(WEXITSTATUS(waitChild(startChild())), 0);
    const auto full = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
    ASSERT_EQ(exactVersion(), 2);

    std::mt19937 rng(20261125);
    // Even rounds: anywhere in the run (up to 10% past it, so some land after the switch).
    std::uniform_int_distribution<int64_t> anywhere(0, full.count() * 11 / 10);
    int sawOld = 0, sawNew = 0;
    for (int round = 0; round < 10; ++round) {
        fs::remove_all(storeDir());
        fs::copy(template1, storeDir(), fs::copy_options::recursive | fs::copy_options::copy_symlinks);
        const pid_t pid = startChild();
        auto delay = std::chrono::microseconds(anywhere(rng));
        if (round % 2) {
            // Odd rounds: wait until the child starts materialising the new version, then
            // kill it within the next few milliseconds: the install itself is interrupted.
            const auto seen = Clock::now();
            while (!fs::exists(storeDir() / "versions" / ".incoming-2") && Clock::now() - seen < std::chrono::seconds(10))
                std::this_thread::sleep_for(std::chrono::microseconds(100));
            delay = std::chrono::microseconds(std::uniform_int_distribution<int64_t>(0, 80000)(rng));
        }
        std::this_thread::sleep_for(delay);
        ::kill(pid, SIGKILL);
        waitChild(pid);

        const int64_t version = exactVersion();
        EXPECT_TRUE(version == 1 || version == 2) << "round " << round << ": store is at " << version;
        (version == 1 ? sawOld : sawNew) += 1;
        std::printf("round %d: killed %s+%lld ms (a full run takes %lld ms): store at version %lld\n", round,
                    round % 2 ? "at materialising " : "at start ", static_cast<long long>(delay.count() / 1000),
                    static_cast<long long>(full.count() / 1000), static_cast<long long>(version));
        // The next run completes the update from whatever was left behind.
        EXPECT_EQ(WEXITSTATUS(waitChild(startChild())), 0) << "round " << round;
        EXPECT_EQ(exactVersion(), 2) << "round " << round;
    }
    std::printf("after kill -9: %d rounds old, %d rounds new\n", sawOld, sawNew);
}

}  // namespace
}  // namespace mc::test
