// kill -9 in the middle of writes: a child process records sessions in a loop and
// reports each committed id through a pipe; the parent kills it with SIGKILL at a
// random moment, then opens the database: it must pass integrity_check and hold
// every committed session, complete and unaltered.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <random>
#include <set>

#include "support/TempDir.h"
#include "platform/store/HistoryStore.h"

namespace mc {
namespace {
using mc::test_support::TempDir;

// Every field derives from n, so a torn record would show.
SessionRecord numbered(std::int64_t n) {
    SessionRecord r;
    r.routineId = "routine-" + std::to_string(n);
    r.contentVersion = "v" + std::to_string(n * 7);
    r.startedUtc = 1700000000 + n * 3600;
    r.endedUtc = r.startedUtc + 600 + n;
    r.utcOffsetSeconds = static_cast<std::int32_t>((n % 25 - 12) * 3600);
    r.activeSeconds = 500 + n;
    r.totalItems = static_cast<int>(n % 9 + 1);
    r.completedItems = static_cast<int>(n % (r.totalItems + 1));
    r.stoppedEarly = r.completedItems < r.totalItems;
    return r;
}

[[noreturn]] void writeForever(const std::filesystem::path& dir, int reportFd) {
    auto store = HistoryStore::open(dir);
    if (!store) _exit(3);
    for (std::int64_t n = 1;; ++n) {
        auto id = store->record(numbered(n));
        if (!id) _exit(4);
        if (*id != n) _exit(5);
        if (write(reportFd, &n, sizeof n) != static_cast<ssize_t>(sizeof n)) _exit(6);
    }
}

// Reads ids until `until` have been seen (or the pipe ends); returns the highest.
std::int64_t readReports(int fd, std::int64_t until) {
    std::int64_t last = 0, n = 0;
    while (last < until) {
        ssize_t got = read(fd, &n, sizeof n);
        if (got == static_cast<ssize_t>(sizeof n)) {
            last = n;
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else {
            break;
        }
    }
    return last;
}

TEST(CrashSafety, KillNineDuringWritesLeavesEveryCommittedSession) {
    std::mt19937 random(std::random_device{}());
    for (int round = 0; round < 4; ++round) {
        TempDir dir;
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(fds[0]);
            writeForever(dir.path(), fds[1]);
        }
        close(fds[1]);
        // Let it commit a random number of sessions, then wait a random extra delay,
        // so the kill lands anywhere in the write path.
        // Round 0 kills it while it may still be creating the schema.
        std::int64_t target = round == 0 ? 0 : std::uniform_int_distribution<std::int64_t>(1, 60)(random);
        std::int64_t seen = readReports(fds[0], target);
        usleep(std::uniform_int_distribution<useconds_t>(0, 3000)(random));
        ASSERT_EQ(kill(child, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            << "the writer ended on its own, status " << status << " after " << seen << " sessions";
        // Committed ids still in the pipe: everything reported was committed first.
        seen = std::max(seen, readReports(fds[0], INT64_MAX));
        close(fds[0]);
        ASSERT_GE(seen, target);

        testing::internal::CaptureStderr();
        auto store = HistoryStore::open(dir.path());
        std::string log = testing::internal::GetCapturedStderr();
        ASSERT_TRUE(store) << store.error().message;
        EXPECT_FALSE(store->movedAside()) << log;

        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(store->path().c_str(), &raw), SQLITE_OK);
        sqlite3_stmt* check = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(raw, "PRAGMA integrity_check", -1, &check, nullptr), SQLITE_OK);
        ASSERT_EQ(sqlite3_step(check), SQLITE_ROW);
        EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok");
        sqlite3_finalize(check);
        sqlite3_close(raw);

        auto sessions = store->sessions();
        ASSERT_TRUE(sessions) << sessions.error().message;
        // Every committed session is there; at most one more (committed, killed before reporting).
        ASSERT_GE(static_cast<std::int64_t>(sessions->size()), seen);
        ASSERT_LE(static_cast<std::int64_t>(sessions->size()), seen + 1);
        for (std::size_t i = 0; i < sessions->size(); ++i) {
            const SessionRecord& got = (*sessions)[i];
            SessionRecord want = numbered(static_cast<std::int64_t>(i) + 1);
            ASSERT_EQ(got.id, static_cast<std::int64_t>(i) + 1);
            EXPECT_EQ(got.routineId, want.routineId);
            EXPECT_EQ(got.contentVersion, want.contentVersion);
            EXPECT_EQ(got.startedUtc, want.startedUtc);
            EXPECT_EQ(got.endedUtc, want.endedUtc);
            EXPECT_EQ(got.utcOffsetSeconds, want.utcOffsetSeconds);
            EXPECT_EQ(got.activeSeconds, want.activeSeconds);
            EXPECT_EQ(got.completedItems, want.completedItems);
            EXPECT_EQ(got.totalItems, want.totalItems);
            EXPECT_EQ(got.stoppedEarly, want.stoppedEarly);
        }
        // And the database still takes writes after the crash.
        auto next = store->record(numbered(static_cast<std::int64_t>(sessions->size()) + 1));
        ASSERT_TRUE(next) << next.error().message;
    }
}

}  // namespace
}  // namespace mc
