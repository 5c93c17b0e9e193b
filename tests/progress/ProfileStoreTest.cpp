// Schema version 3 on real SQLite files: a version 2 database (as the previous release
// made it) migrates keeping every session, profiles round-trip, sessions keep who
// exercised, and a profile's stage advances with time.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "support/TempDir.h"
#include "TestTimes.h"
#include "platform/store/HistorySchema.h"
#include "platform/store/HistoryStore.h"
#include "progress/ProfileStage.h"

namespace mc {
namespace {
namespace fs = std::filesystem;
using namespace testing_times;
using mc::test_support::TempDir;

// Schema version 2 exactly as migrations 0->1->2 left it, with two sessions.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (2);
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  routine_id TEXT NOT NULL,
  started_utc INTEGER NOT NULL,
  ended_utc INTEGER NOT NULL,
  utc_offset_s INTEGER NOT NULL,
  active_s INTEGER NOT NULL,
  completed_items INTEGER NOT NULL,
  stopped_early INTEGER NOT NULL
, content_version TEXT NOT NULL DEFAULT '', total_items INTEGER NOT NULL DEFAULT 0);
CREATE INDEX sessions_by_start ON sessions (started_utc);
INSERT INTO sessions VALUES (1, 'gentle-lower-back', 1763971200, 1763972400, 10800, 1150, 6, 0, '7', 6);
INSERT INTO sessions VALUES (2, 'posture-reset', 1764057600, 1764057900, 10800, 290, 2, 1, '8', 5);
)sql";

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

Profile anna() {
    Profile p;
    p.name = "Anna";
    p.situation = Situation::Pregnancy;
    p.trimester = 1;
    p.equipment = {"chair", "ball"};
    p.level = Level::Gentle;
    p.programmeId = "pregnancy-by-trimester";
    p.language = "ru";
    return p;
}

const std::int64_t kNow = local(2026, 11, 30, 8, 0, hours(3)).utcSeconds;

TEST(ProfileStore, MigratesVersionTwoKeepingEverySession) {
    TempDir dir;
    fs::path file = dir.path() / HistoryStore::kFileName;
    rawSql(file, kSchemaV2);

    auto store = HistoryStore::open(dir.path());
    ASSERT_TRUE(store) << store.error().message;
    EXPECT_FALSE(store->movedAside());
    EXPECT_EQ(rawSql(file, "SELECT max(version) FROM schema_version"), "3");
    EXPECT_EQ(rawSql(file, "SELECT count(*) FROM schema_version"), "1");
    auto sessions = store->sessions();
    ASSERT_TRUE(sessions) << sessions.error().message;
    ASSERT_EQ(sessions->size(), 2u);
    const SessionRecord& first = (*sessions)[0];
    EXPECT_EQ(first.id, 1);
    EXPECT_EQ(first.routineId, "gentle-lower-back");
    EXPECT_EQ(first.contentVersion, "7");
    EXPECT_EQ(first.startedUtc, 1763971200);
    EXPECT_EQ(first.endedUtc, 1763972400);
    EXPECT_EQ(first.utcOffsetSeconds, 10800);
    EXPECT_EQ(first.activeSeconds, 1150);
    EXPECT_EQ(first.completedItems, 6);
    EXPECT_EQ(first.totalItems, 6);
    EXPECT_EQ(first.profileId, 0);  // before profiles
    EXPECT_EQ(first.programmeId, "");
    EXPECT_TRUE((*sessions)[1].stoppedEarly);
    EXPECT_EQ((*sessions)[1].contentVersion, "8");

    auto none = store->profiles(kNow);
    ASSERT_TRUE(none) << none.error().message;
    EXPECT_TRUE(none->empty());
}

TEST(ProfileStore, ProfilesRoundTripAcrossReopen) {
    TempDir dir;
    std::int64_t annaId = 0, ivanId = 0;
    {
        auto store = HistoryStore::open(dir.path());
        ASSERT_TRUE(store) << store.error().message;
        auto id = store->saveProfile(anna(), kNow);
        ASSERT_TRUE(id) << id.error().message;
        annaId = *id;
        Profile ivan;
        ivan.name = "Ivan";
        ivan.situation = Situation::Strength;
        ivan.level = Level::Intermediate;
        ivan.equipment = {"dumbbells", "bar", "bench"};
        auto id2 = store->saveProfile(ivan, kNow);
        ASSERT_TRUE(id2) << id2.error().message;
        ivanId = *id2;
        EXPECT_NE(annaId, ivanId);
    }
    auto store = HistoryStore::open(dir.path());
    ASSERT_TRUE(store);
    auto all = store->profiles(kNow);
    ASSERT_TRUE(all) << all.error().message;
    ASSERT_EQ(all->size(), 2u);
    Profile expected = anna();
    expected.id = annaId;
    EXPECT_EQ((*all)[0], expected);
    EXPECT_EQ((*all)[1].name, "Ivan");
    EXPECT_EQ((*all)[1].situation, Situation::Strength);
    EXPECT_EQ((*all)[1].level, Level::Intermediate);
    EXPECT_EQ((*all)[1].equipment, (std::vector<std::string>{"dumbbells", "bar", "bench"}));

    // Update keeps the id; a name taken by another profile is refused.
    Profile changed = (*all)[0];
    changed.level = Level::Beginner;
    changed.equipment.clear();
    ASSERT_TRUE(store->saveProfile(changed, kNow));
    Profile clash = (*all)[1];
    clash.name = "Anna";
    auto refused = store->saveProfile(clash, kNow);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("already called"), std::string::npos) << refused.error().message;
    all = store->profiles(kNow);
    EXPECT_EQ((*all)[0], changed);
    EXPECT_EQ((*all)[1].name, "Ivan");

    ASSERT_TRUE(store->removeProfile(ivanId));
    EXPECT_FALSE(store->removeProfile(ivanId));
    EXPECT_EQ(store->profiles(kNow)->size(), 1u);
}

TEST(ProfileStore, SessionsKeepTheirProfileAndProgramme) {
    TempDir dir;
    auto store = HistoryStore::open(dir.path());
    ASSERT_TRUE(store);
    SessionRecord r = finished("cat-cow-morning", local(2026, 11, 29, 7, 0, hours(3)));
    r.profileId = 4;
    r.programmeId = "strong-back";
    ASSERT_TRUE(store->record(r));
    auto sessions = store->sessions();
    ASSERT_EQ(sessions->size(), 1u);
    EXPECT_EQ(sessions->front().profileId, 4);
    EXPECT_EQ(sessions->front().programmeId, "strong-back");
}

TEST(ProfileStore, StageAdvancesWithTimeWhenRead) {
    TempDir dir;
    auto store = HistoryStore::open(dir.path());
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->saveProfile(anna(), kNow));
    Profile after;
    after.name = "Mila";
    after.situation = Situation::Postpartum;
    after.weeksSinceBirth = 3;
    ASSERT_TRUE(store->saveProfile(after, kNow));

    auto later = store->profiles(kNow + 14 * kWeekSeconds);
    EXPECT_EQ((*later)[0].trimester, 2);
    EXPECT_EQ((*later)[1].weeksSinceBirth, 17);
    auto muchLater = store->profiles(kNow + 60 * kWeekSeconds);
    EXPECT_EQ((*muchLater)[0].trimester, 3);  // never past the third
    auto earlier = store->profiles(kNow - 5 * kWeekSeconds);  // a clock set back
    EXPECT_EQ((*earlier)[0].trimester, 1);
    EXPECT_EQ((*earlier)[1].weeksSinceBirth, 3);
}

TEST(ProfileStage, OnlyTheStageOfTheSituationMoves) {
    Profile p = anna();
    p.situation = Situation::General;
    p.trimester = 0;
    EXPECT_EQ(profileAt(p, 0, 40 * kWeekSeconds), p);
    Profile preg = anna();
    EXPECT_EQ(profileAt(preg, 0, 12 * kWeekSeconds).trimester, 1);
    EXPECT_EQ(profileAt(preg, 0, 13 * kWeekSeconds).trimester, 2);
    EXPECT_EQ(profileAt(preg, 0, 26 * kWeekSeconds).trimester, 3);
}

}  // namespace
}  // namespace mc
