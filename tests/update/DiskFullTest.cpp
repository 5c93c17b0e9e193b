// A full disk during an update: the download fails with a clear reason, the partial
// file is removed, and the installed content keeps working. The store lives on a small
// tmpfs (needs root); where mounting is not permitted the test is skipped.
#include <gtest/gtest.h>
#include <sys/mount.h>

#include <filesystem>
#include <cerrno>
#include <cstring>
#include <random>

#include "update/UpdateFixture.h"

namespace mc::test {
namespace {
namespace fs = std::filesystem;

using Outcome = CycleReport::Outcome;

class DiskFull : public UpdateFixture {
protected:
    void SetUp() override {
        UpdateFixture::SetUp();
        fs::create_directories(stateDir);
        if (::mount("tmpfs", stateDir.c_str(), "tmpfs", 0, "size=160k") != 0)
            GTEST_SKIP() << "cannot mount a small tmpfs at " << stateDir << " (" << std::strerror(errno)
                         << "); run as root to test a full disk";
        mounted = true;
    }
    void TearDown() override {
        if (mounted) ::umount(stateDir.c_str());
        UpdateFixture::TearDown();
    }
    bool mounted = false;
};

TEST_F(DiskFull, FullDiskLeavesTheCurrentContentIntact) {
    setSourceVersion(1);
    publish();
    ASSERT_EQ(runCycle().outcome, Outcome::Installed);
    const std::string before = installedText("routines/gentle.json");

    // Version 2 brings a 400 KB file: more than the disk has left.
    std::string big(400 * 1024, '\0');
    std::mt19937 rng(7);
    for (auto& c : big) c = static_cast<char>(rng());
    writeSource("images/poster.png", big);
    setSourceVersion(2);
    publish();

    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("No space left on device"), std::string::npos) << r.message;
    EXPECT_EQ(verifiedVersion(), 1);
    EXPECT_EQ(installedText("routines/gentle.json"), before);
    EXPECT_TRUE(fs::is_empty(stateDir / "partial"));  // the space is given back
}

}  // namespace
}  // namespace mc::test
