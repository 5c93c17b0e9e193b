#include "platform/store/HistorySchema.h"

#include <array>
#include <string>

namespace mc {
namespace {

// migrations[i] brings version i to version i + 1. Never edit a published step:
// add a new one, and bump kHistorySchemaVersion.
constexpr std::array<const char*, kHistorySchemaVersion> kMigrations = {
    // 0 -> 1: the first schema.
    "CREATE TABLE sessions ("
    "  id INTEGER PRIMARY KEY,"
    "  routine_id TEXT NOT NULL,"
    "  started_utc INTEGER NOT NULL,"
    "  ended_utc INTEGER NOT NULL,"
    "  utc_offset_s INTEGER NOT NULL,"
    "  active_s INTEGER NOT NULL,"
    "  completed_items INTEGER NOT NULL,"
    "  stopped_early INTEGER NOT NULL"
    ");",
    // 1 -> 2: which content the routine came from, and the item count for
    // "stopped after 3 of 8". Old rows get '' and 0 (unknown).
    "ALTER TABLE sessions ADD COLUMN content_version TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE sessions ADD COLUMN total_items INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX sessions_by_start ON sessions (started_utc);",
    // 2 -> 3: who exercised. A household's profiles; the stage (trimester, weeks since
    // birth) was true at stage_set_utc and advances from there when read. Sessions name
    // their profile and programme; old rows get 0 and '' (before profiles).
    "CREATE TABLE profiles ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE,"
    "  situation TEXT NOT NULL DEFAULT 'general',"
    "  trimester INTEGER NOT NULL DEFAULT 0,"
    "  weeks_since_birth INTEGER NOT NULL DEFAULT 0,"
    "  stage_set_utc INTEGER NOT NULL DEFAULT 0,"
    "  equipment TEXT NOT NULL DEFAULT '',"
    "  level TEXT NOT NULL DEFAULT 'beginner',"
    "  programme_id TEXT NOT NULL DEFAULT '',"
    "  language TEXT NOT NULL DEFAULT '',"
    "  created_utc INTEGER NOT NULL DEFAULT 0"
    ");"
    "ALTER TABLE sessions ADD COLUMN profile_id INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE sessions ADD COLUMN programme_id TEXT NOT NULL DEFAULT '';"
    "CREATE INDEX sessions_by_profile ON sessions (profile_id, started_utc);",
};

Result<bool> hasVersionTable(SqliteDatabase& db) {
    auto rows = db.column("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'");
    if (!rows) return rows.error();
    return !rows->empty() && rows->front() != "0";
}

}  // namespace

Result<int> historySchemaVersion(SqliteDatabase& db) {
    auto exists = hasVersionTable(db);
    if (!exists) return exists.error();
    if (!*exists) return 0;
    auto rows = db.column("SELECT max(version) FROM schema_version");
    if (!rows) return rows.error();
    return rows->empty() || rows->front().empty() ? 0 : std::stoi(rows->front());
}

Status migrateHistorySchema(SqliteDatabase& db) {
    auto before = historySchemaVersion(db);
    if (!before) return before.error();
    if (*before == kHistorySchemaVersion) return success();
    if (*before > kHistorySchemaVersion) {
        return Error{"history database has schema version " + std::to_string(*before) +
                     ", newer than this MirrorCoach knows (" + std::to_string(kHistorySchemaVersion) +
                     "); it was left untouched: update MirrorCoach"};
    }
    // IMMEDIATE takes the write lock first, then re-reads the version: another
    // process may have migrated while we waited.
    if (auto s = db.exec("BEGIN IMMEDIATE"); !s) return Error{"cannot start schema migration: " + s.error().message};
    auto rollback = [&](const std::string& what) -> Status {
        int code = db.lastFailureCode();
        db.exec("ROLLBACK");
        db.noteFailure(code);
        return Error{what};
    };
    auto version = historySchemaVersion(db);
    if (!version) return rollback(version.error().message);
    if (auto s = db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"); !s) {
        return rollback("cannot create schema_version: " + s.error().message);
    }
    for (int v = *version; v < kHistorySchemaVersion; ++v) {
        if (auto s = db.exec(kMigrations[static_cast<std::size_t>(v)]); !s) {
            return rollback("migration of the history database from version " + std::to_string(v) + " to " +
                            std::to_string(v + 1) + " failed: " + s.error().message);
        }
    }
    std::string setVersion = "DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (" +
                             std::to_string(kHistorySchemaVersion) + ");";
    if (auto s = db.exec(setVersion); !s) return rollback("cannot record the schema version: " + s.error().message);
    if (auto s = db.exec("COMMIT"); !s) return rollback("cannot commit the schema migration: " + s.error().message);
    return success();
}

}  // namespace mc
