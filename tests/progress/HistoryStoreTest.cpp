// The history database on real SQLite files: recording, schema migration from
// version 1, corrupt files moved aside, reset.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "support/TempDir.h"
#include "TestTimes.h"
#include "platform/store/HistorySchema.h"
#include "platform/store/HistoryStore.h"

namespace mc {
namespace {
namespace fs = std::filesystem;
using namespace testing_times;
using mc::test_support::TempDir;

// The schema as MirrorCoach's first history release created it (schema version 1).
// Kept verbatim here so the migration to the current schema is proven on real files.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  routine_id TEXT NOT NULL,
  started_utc INTEGER NOT NULL,
  ended_utc INTEGER NOT NULL,
  utc_offset_s INTEGER NOT NULL,
  active_s INTEGER NOT NULL,
  completed_items INTEGER NOT NULL,
  stopped_early INTEGER NOT NULL
);
INSERT INTO sessions VALUES (1, 'gentle-lower-back', 1763971200, 1763972400, 10800, 1150, 6, 0);
INSERT INTO sessions VALUES (2, 'posture-reset', 1764057600, 1764057900, 10800, 290, 2, 1);
)sql";

// Runs raw SQL against a file, outside the store, and returns the first column of the last row.
std::string rawSql(const fs::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    std::string last;
    char* error = nullptr;
    int rc = sqlite3_exec(
        db, sql.c_str(),
        [](void* out, int, char** values, char**) {
            *static_cast<std::string*>(out) = values[0] ? values[0] : "";
            return 0;
        },
        &last, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    return last;
}

SessionRecord sample(int n) {
    SessionRecord r = finished(n % 2 ? "gentle-lower-back" : "posture-reset", local(2026, 11, 20 + n, 7, 30, hours(3)), 15 + n);
    r.contentVersion = "7";
    r.completedItems = n % 3 == 0 ? 2 : 5;
    r.totalItems = 5;
    r.stoppedEarly = n % 3 == 0;
    return r;
}

void expectSame(const SessionRecord& a, const SessionRecord& b) {
    EXPECT_EQ(a.routineId, b.routineId);
    EXPECT_EQ(a.contentVersion, b.contentVersion);
    EXPECT_EQ(a.startedUtc, b.startedUtc);
    EXPECT_EQ(a.endedUtc, b.endedUtc);
    EXPECT_EQ(a.utcOffsetSeconds, b.utcOffsetSeconds);
    EXPECT_EQ(a.activeSeconds, b.activeSeconds);
    EXPECT_EQ(a.completedItems, b.completedItems);
    EXPECT_EQ(a.totalItems, b.totalItems);
    EXPECT_EQ(a.stoppedEarly, b.stoppedEarly);
}

TEST(HistoryStore, RecordsAndReadsBackAcrossReopen) {
    TempDir dir;
    fs::path stateDir = dir.path() / "state" / "mirrorcoach";  // created on open
    {
        auto store = HistoryStore::open(stateDir);
        ASSERT_TRUE(store) << store.error().message;
        for (int n = 3; n >= 1; --n) {  // recorded out of start order
            auto id = store->record(sample(n));
            ASSERT_TRUE(id) << id.error().message;
            EXPECT_GT(*id, 0);
        }
    }
    auto store = HistoryStore::open(stateDir);
    ASSERT_TRUE(store) << store.error().message;
    auto sessions = store->sessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    ASSERT_EQ(sessions->size(), 3u);
    for (int n = 1; n <= 3; ++n) expectSame((*sessions)[static_cast<std::size_t>(n - 1)], sample(n));
    EXPECT_EQ(rawSql(store->path(), "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(rawSql(store->path(), "SELECT version FROM schema_version"), std::to_string(kHistorySchemaVersion));
    EXPECT_FALSE(store->movedAside());
}

TEST(HistoryStore, RejectsInconsistentRecords) {
    TempDir dir;
    auto store = HistoryStore::open(dir.path());
    ASSERT_TRUE(store);
    SessionRecord r = sample(1);
    r.endedUtc = r.startedUtc - 1;
    EXPECT_FALSE(store->record(r));
    r = sample(1);
    r.routineId.clear();
    EXPECT_FALSE(store->record(r));
    r = sample(1);
    r.completedItems = 9;
    EXPECT_FALSE(store->record(r));
    r = sample(1);
    r.utcOffsetSeconds = 20 * 3600;
    EXPECT_FALSE(store->record(r));
    EXPECT_TRUE(store->sessions()->empty());
}

TEST(HistoryStore, MigratesTheFirstSchemaKeepingEverySession) {
    TempDir dir;
    fs::path file = dir.path() / HistoryStore::kFileName;
    rawSql(file, kSchemaV1);

    auto store = HistoryStore::open(dir.path());
    ASSERT_TRUE(store) << store.error().message;
    EXPECT_FALSE(store->movedAside());
    auto sessions = store->sessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    ASSERT_EQ(sessions->size(), 2u);
    const SessionRecord& first = (*sessions)[0];
    EXPECT_EQ(first.id, 1);
    EXPECT_EQ(first.routineId, "gentle-lower-back");
    EXPECT_EQ(first.startedUtc, 1763971200);
    EXPECT_EQ(first.endedUtc, 1763972400);
    EXPECT_EQ(first.utcOffsetSeconds, 10800);
    EXPECT_EQ(first.activeSeconds, 1150);
    EXPECT_EQ(first.completedItems, 6);
    EXPECT_FALSE(first.stoppedEarly);
    EXPECT_EQ(first.contentVersion, "");  // unknown before version 2
    EXPECT_EQ(first.totalItems, 0);
    EXPECT_TRUE((*sessions)[1].stoppedEarly);
    EXPECT_EQ(rawSql(file, "SELECT max(version) FROM schema_version"), std::to_string(kHistorySchemaVersion));
    EXPECT_EQ(rawSql(file, "SELECT count(*) FROM schema_version"), "1");
    EXPECT_EQ(rawSql(file, "SELECT count(*) FROM sqlite_schema WHERE name = 'sessions_by_start'"), "1");

    // The migrated database takes new records with the new columns.
    ASSERT_TRUE(store->record(sample(4)));
    auto after = store->sessions();
    ASSERT_EQ(after->size(), 3u);
    expectSame(after->back(), sample(4));
    EXPECT_EQ(after->back().id, 3);
}

TEST(HistoryStore, LeavesANewerSchemaUntouched) {
    TempDir dir;
    fs::path file = dir.path() / HistoryStore::kFileName;
    rawSql(file, std::string(kSchemaV1) + "UPDATE schema_version SET version = 99;");
    auto store = HistoryStore::open(dir.path());
    ASSERT_FALSE(store);
    EXPECT_NE(store.error().message.find("newer"), std::string::npos) << store.error().message;
    EXPECT_EQ(rawSql(file, "SELECT count(*) FROM sessions"), "2");
    EXPECT_EQ(rawSql(file, "SELECT version FROM schema_version"), "99");
}

std::vector<fs::path> movedAsideFiles(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::string name = entry.path().filename().string();
        if (name.starts_with("history.sqlite3.corrupt-") && !name.ends_with("-wal")) out.push_back(entry.path());
    }
    return out;
}

TEST(HistoryStore, MovesAGarbageFileAsideAndStartsFresh) {
    TempDir dir;
    fs::path file = dir.path() / HistoryStore::kFileName;
    std::string garbage(8192, '\0');
    for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>((i * 131 + 7) % 251);
    std::ofstream(file, std::ios::binary) << garbage;

    testing::internal::CaptureStderr();
    auto store = HistoryStore::open(dir.path());
    std::string log = testing::internal::GetCapturedStderr();
    ASSERT_TRUE(store) << store.error().message;

    auto aside = movedAsideFiles(dir.path());
    ASSERT_EQ(aside.size(), 1u);
    ASSERT_TRUE(store->movedAside());
    EXPECT_EQ(*store->movedAside(), aside.front());
    EXPECT_EQ(fs::file_size(aside.front()), garbage.size());  // kept intact for rescue
    EXPECT_NE(log.find("moved it to " + aside.front().string()), std::string::npos) << log;
    EXPECT_EQ(std::count(log.begin(), log.end(), '\n'), 1) << log;

    ASSERT_TRUE(store->record(sample(1)));
    EXPECT_EQ(store->sessions()->size(), 1u);
    EXPECT_EQ(rawSql(file, "PRAGMA integrity_check"), "ok");
}

TEST(HistoryStore, MovesTheWriteAheadLogAsideWithItsDatabase) {
    // The -wal belongs to the corrupt file: it must go with it (for rescue) and
    // never be replayed into the fresh database.
    TempDir dir;
    fs::path file = dir.path() / HistoryStore::kFileName;
    std::ofstream(file, std::ios::binary) << std::string(4096, '\x42');
    std::string walBytes(5000, '\x17');
    std::ofstream(file.string() + "-wal", std::ios::binary) << walBytes;
    std::ofstream(file.string() + "-shm", std::ios::binary) << std::string(32768, '\x01');

    testing::internal::CaptureStderr();
    auto store = HistoryStore::open(dir.path());
    testing::internal::GetCapturedStderr();
    ASSERT_TRUE(store) << store.error().message;
    ASSERT_TRUE(store->movedAside());
    fs::path oldWal = store->movedAside()->string() + "-wal";
    ASSERT_TRUE(fs::exists(oldWal));
    EXPECT_EQ(fs::file_size(oldWal), walBytes.size());
    ASSERT_TRUE(store->record(sample(1)));
    EXPECT_EQ(store->sessions()->size(), 1u);
    EXPECT_EQ(rawSql(file, "PRAGMA integrity_check"), "ok");
}

TEST(HistoryStore, MovesADamagedDatabaseAside) {
    TempDir dir;
    fs::path file = dir.path() / HistoryStore::kFileName;
    {
        auto store = HistoryStore::open(dir.path());
        ASSERT_TRUE(store);
        for (int n = 1; n <= 50; ++n) ASSERT_TRUE(store->record(sample(n % 7 + 1)));
    }
    // Overwrite the second page onwards (the table's pages) with garbage, keeping
    // the header: SQLite opens it but finds the b-tree broken.
    {
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096);
        std::string junk(4096 * 2, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    testing::internal::CaptureStderr();
    auto store = HistoryStore::open(dir.path());
    std::string log = testing::internal::GetCapturedStderr();
    ASSERT_TRUE(store) << store.error().message;
    EXPECT_EQ(movedAsideFiles(dir.path()).size(), 1u) << log;
    EXPECT_TRUE(store->sessions()->empty());
    ASSERT_TRUE(store->record(sample(2)));
}

TEST(HistoryStore, TwoCorruptionsInOneSecondKeepBothFiles) {
    TempDir dir;
    fs::path file = dir.path() / HistoryStore::kFileName;
    for (int round = 0; round < 2; ++round) {
        std::ofstream(file, std::ios::binary | std::ios::trunc) << "not a database, round " << round << std::string(600, '#');
        testing::internal::CaptureStderr();
        auto store = HistoryStore::open(dir.path());
        testing::internal::GetCapturedStderr();
        ASSERT_TRUE(store) << store.error().message;
    }
    EXPECT_EQ(movedAsideFiles(dir.path()).size(), 2u);
}

TEST(HistoryStore, ResetDeletesEverySession) {
    TempDir dir;
    auto store = HistoryStore::open(dir.path());
    ASSERT_TRUE(store);
    for (int n = 1; n <= 4; ++n) ASSERT_TRUE(store->record(sample(n)));
    auto deleted = store->reset();
    ASSERT_TRUE(deleted) << deleted.error().message;
    EXPECT_EQ(*deleted, 4);
    EXPECT_TRUE(store->sessions()->empty());
    ASSERT_TRUE(store->record(sample(1)));
    EXPECT_EQ(store->sessions()->size(), 1u);
}

TEST(HistoryStore, FailsClearlyWhenTheStateDirectoryCannotBeCreated) {
    TempDir dir;
    fs::path blocker = dir.path() / "file";
    std::ofstream(blocker) << "x";
    auto store = HistoryStore::open(blocker / "state");
    ASSERT_FALSE(store);
    EXPECT_NE(store.error().message.find("state directory"), std::string::npos) << store.error().message;
}

}  // namespace
}  // namespace mc
