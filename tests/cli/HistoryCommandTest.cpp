// `mirrorcoach history` run as the real binary against a real database.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "support/TempDir.h"
#include "progress/TestTimes.h"
#include "platform/store/HistoryStore.h"

namespace mc {
namespace {
using namespace testing_times;
using mc::test_support::TempDir;

struct BinaryRun {
    int status = -1;
    std::string output;
};

// Runs `mirrorcoach <args>` through the shell with `input` on stdin; `env` is an
// optional `env ...` prefix for the binary.
BinaryRun runBinary(const std::string& args, const std::string& input = "", const std::string& env = "") {
    std::string command =
        "printf '%s' '" + input + "' | " + env + " '" + std::string(MC_BINARY) + "' " + args + " 2>&1";
    BinaryRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return run;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) run.output.append(buffer, n);
    int status = pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::size_t countSessions(const std::filesystem::path& dir) {
    auto store = HistoryStore::open(dir);
    return store ? store->sessions()->size() : 999;
}

class HistoryCommand : public testing::Test {
protected:
    void SetUp() override {
        auto store = HistoryStore::open(dir.path());
        ASSERT_TRUE(store) << store.error().message;
        SessionRecord a = finished("gentle-lower-back", local(2026, 11, 23, 7, 30, hours(3)), 19);
        SessionRecord b = finished("posture, \"office\"", local(2026, 11, 24, 19, 5, -hours(5)), 4);
        b.stoppedEarly = true;
        b.completedItems = 2;
        b.totalItems = 5;
        Profile anna;
        anna.name = "Anna, Sr";
        auto annaId = store->saveProfile(anna, b.startedUtc);
        ASSERT_TRUE(annaId) << annaId.error().message;
        b.profileId = *annaId;
        b.programmeId = "strong-back";
        ASSERT_TRUE(store->record(a));
        ASSERT_TRUE(store->record(b));
    }
    std::string stateDir() const { return "--state-dir '" + dir.path().string() + "'"; }
    TempDir dir;
};

TEST_F(HistoryCommand, PrintsCsvWithLocalTimesAsRecorded) {
    BinaryRun run = runBinary("history --csv " + stateDir());
    ASSERT_EQ(run.status, 0) << run.output;
    EXPECT_EQ(run.output,
              "id,routine_id,content_version,started_utc,ended_utc,utc_offset_s,started_local,active_s,"
              "completed_items,total_items,stopped_early,profile_id,profile,programme_id\n"
              "1,gentle-lower-back,1,1795408200,1795409340,10800,2026-11-23T07:30:00+03:00,1140,6,6,0,0,,\n"
              "2,\"posture, \"\"office\"\"\",1,1795565100,1795565340,-18000,2026-11-24T19:05:00-05:00,240,2,5,1,1,"
              "\"Anna, Sr\",strong-back\n");
}

TEST_F(HistoryCommand, PrintsATable) {
    BinaryRun run = runBinary("history " + stateDir());
    ASSERT_EQ(run.status, 0) << run.output;
    EXPECT_NE(run.output.find("Mon 2026-11-23 07:30 +03:00"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("2/5 items  stopped early"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("This week:"), std::string::npos) << run.output;
}

TEST_F(HistoryCommand, ResetKeepsEverythingUnlessConfirmed) {
    BinaryRun declined = runBinary("history --reset " + stateDir(), "no\n");
    EXPECT_EQ(declined.status, 1) << declined.output;
    EXPECT_NE(declined.output.find("Nothing deleted"), std::string::npos) << declined.output;
    EXPECT_EQ(countSessions(dir.path()), 2u);

    BinaryRun noInput = runBinary("history --reset " + stateDir(), "");
    EXPECT_EQ(noInput.status, 1) << noInput.output;
    EXPECT_EQ(countSessions(dir.path()), 2u);

    BinaryRun accepted = runBinary("history --reset " + stateDir(), "yes\n");
    EXPECT_EQ(accepted.status, 0) << accepted.output;
    EXPECT_NE(accepted.output.find("Delete all 2 recorded sessions"), std::string::npos) << accepted.output;
    EXPECT_EQ(countSessions(dir.path()), 0u);
}

TEST_F(HistoryCommand, ResetWithYesDoesNotAsk) {
    BinaryRun run = runBinary("history --reset --yes " + stateDir());
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_EQ(run.output.find("Type 'yes'"), std::string::npos) << run.output;
    EXPECT_EQ(countSessions(dir.path()), 0u);
}

TEST_F(HistoryCommand, DefaultStateDirectoryIsSystemdsThenXdgThenHome) {
    TempDir home;
    std::string clean = "env -u STATE_DIRECTORY -u XDG_STATE_HOME HOME='" + home.path().string() + "' ";

    BinaryRun systemd = runBinary("history --csv", "", clean + "STATE_DIRECTORY='" + dir.path().string() + ":/nonexistent'");
    EXPECT_EQ(systemd.status, 0) << systemd.output;
    EXPECT_NE(systemd.output.find("gentle-lower-back"), std::string::npos) << systemd.output;

    BinaryRun xdg = runBinary("history --csv", "", clean + "XDG_STATE_HOME='" + (home.path() / "xdg").string() + "'");
    EXPECT_EQ(xdg.status, 0) << xdg.output;
    EXPECT_TRUE(std::filesystem::exists(home.path() / "xdg" / "mirrorcoach" / "history.sqlite3"));

    BinaryRun fallback = runBinary("history --csv", "", clean);
    EXPECT_EQ(fallback.status, 0) << fallback.output;
    EXPECT_TRUE(std::filesystem::exists(home.path() / ".local" / "state" / "mirrorcoach" / "history.sqlite3"));
}

}  // namespace
}  // namespace mc
