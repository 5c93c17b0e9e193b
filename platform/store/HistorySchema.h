#pragma once
// The versioned schema of the history database. The version lives in the table
// schema_version (one row). Migrations run in order, all in one transaction, so a
// power cut during an upgrade leaves the previous version intact.
//
// Version 1: sessions(id, routine_id, started_utc, ended_utc, utc_offset_s, active_s,
//            completed_items, stopped_early)
// Version 2: + content_version (TEXT, '' when unknown), total_items (0 when unknown),
//            and an index on started_utc.
// Version 3: + profiles(id, name unique, situation, trimester, weeks_since_birth,
//            stage_set_utc, equipment (comma-separated), level, programme_id, language,
//            created_utc); sessions + profile_id (0 before profiles), programme_id ('').
#include "core/Result.h"
#include "platform/store/SqliteDatabase.h"

namespace mc {

inline constexpr int kHistorySchemaVersion = 3;

// The schema version of the database: 0 when it has no schema yet.
Result<int> historySchemaVersion(SqliteDatabase& db);

// Brings the database from its version up to kHistorySchemaVersion. Refuses
// (without touching anything) a version newer than this program knows.
Status migrateHistorySchema(SqliteDatabase& db);

}  // namespace mc
