#include "platform/store/HistoryStore.h"

#include <chrono>
#include <ctime>
#include <string>
#include <system_error>

#include "log/Log.h"
#include "platform/durability/DurableFile.h"
#include "platform/store/HistorySchema.h"

namespace mc {
namespace fs = std::filesystem;

namespace {

constexpr const char* kColumns =
    "id, routine_id, content_version, started_utc, ended_utc, utc_offset_s, active_s, "
    "completed_items, total_items, stopped_early, profile_id, programme_id";

// Failures that say nothing about the file itself: moving it aside would lose
// good history for nothing.
bool isTransient(int code) {
    return code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_NOMEM || code == SQLITE_FULL ||
           code == SQLITE_INTERRUPT;
}

bool isDamage(int code) { return code == SQLITE_CORRUPT || code == SQLITE_NOTADB; }

// The connection is kept even when the attempt failed: SQLite deletes the -wal
// when its last connection closes, so a damaged file must be renamed first.
struct OpenAttempt {
    std::optional<SqliteDatabase> db;
    std::string problem;       // empty when the database is ready
    bool fileAtFault = false;  // moving the file aside and starting fresh may help

    bool ready() const { return db && problem.empty(); }
};

OpenAttempt failed(SqliteDatabase& db, const std::string& problem) {
    bool fileAtFault = !isTransient(db.lastFailureCode());
    return {std::move(db), problem, fileAtFault};
}

OpenAttempt tryOpen(const fs::path& path) {
    auto db = SqliteDatabase::open(path, HistoryStore::kBusyTimeoutMs);
    std::error_code ec;
    if (!db) return {std::nullopt, db.error().message, fs::exists(path, ec)};

    auto mode = db->column("PRAGMA journal_mode=WAL");
    if (!mode) return failed(*db, mode.error().message);
    if (mode->empty() || *mode->begin() != "wal") {
        // Some file systems cannot do WAL (no shared memory); the rollback journal
        // with synchronous=FULL is still crash-safe, only slower.
        logWarning("history", "history database " + path.string() + ": WAL unavailable, using journal mode '" +
                                    (mode->empty() ? std::string("?") : mode->front()) + "'");
    }
    if (auto s = db->exec("PRAGMA synchronous=FULL"); !s) return failed(*db, s.error().message);

    auto check = db->column("PRAGMA quick_check");
    if (!check) return failed(*db, check.error().message);
    if (check->empty() || check->front() != "ok") {
        return {std::move(*db), "integrity check failed: " + (check->empty() ? std::string("no answer") : check->front()), true};
    }

    auto version = historySchemaVersion(*db);
    if (!version) return failed(*db, version.error().message);
    if (*version > kHistorySchemaVersion) {
        auto s = migrateHistorySchema(*db);  // produces the explanation, changes nothing
        return {std::move(*db), s.error().message, false};
    }
    if (auto s = migrateHistorySchema(*db); !s) return failed(*db, s.error().message);

    // A file with our version number but not our tables (another program's file).
    if (auto probe = db->prepare(std::string("SELECT ") + kColumns + " FROM sessions LIMIT 0"); !probe) {
        return {std::move(*db), "unexpected schema: " + probe.error().message, true};
    }
    return {std::move(*db), "", false};
}

std::string utcTimestamp() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &utc);
    return text;
}

// Renames the database (and its WAL, which belongs to it) to a free
// "<name>.corrupt-<UTC time>[-n]" name; a stale shared-memory index is removed.
Result<fs::path> moveAside(const fs::path& path) {
    std::error_code ec;
    std::string base = path.string() + ".corrupt-" + utcTimestamp();
    fs::path target = base;
    for (int n = 2; fs::exists(target, ec) || fs::exists(target.string() + "-wal", ec); ++n) {
        target = base + "-" + std::to_string(n);
    }
    // Durably: the fresh database made next must not meet the damaged one again after a cut.
    if (auto moved = renameDurably(realFileSystem(), path, target); !moved)
        return Error{"cannot move " + path.string() + " aside: " + moved.error().message};
    fs::path wal = path.string() + "-wal";
    if (fs::exists(wal, ec)) renameDurably(realFileSystem(), wal, target.string() + "-wal");
    fs::remove(path.string() + "-shm", ec);
    return target;
}

}  // namespace

Result<HistoryStore> HistoryStore::open(const fs::path& stateDir) {
    if (auto made = makeDirectoriesDurably(stateDir); !made)
        return Error{"cannot create the state directory " + stateDir.string() + ": " + made.error().message};
    fs::path path = stateDir / kFileName;

    OpenAttempt attempt = tryOpen(path);
    std::optional<fs::path> aside;
    if (!attempt.ready() && attempt.fileAtFault) {
        auto moved = moveAside(path);  // before closing: see OpenAttempt
        attempt.db.reset();
        if (!moved) return Error{"history database " + path.string() + " is unreadable (" + attempt.problem + ") and " + moved.error().message};
        logWarning("history", "history database " + path.string() + " is unreadable (" + attempt.problem +
                                    "); moved it to " + moved->string() + " and started a fresh one");
        aside = *moved;
        attempt = tryOpen(path);
    }
    if (!attempt.ready()) return Error{"history database " + path.string() + ": " + attempt.problem};
    HistoryStore store(path, std::move(*attempt.db));
    store.movedAside_ = aside;
    return store;
}

Status HistoryStore::replaceDamagedFile(const std::string& reason) {
    // Rename before closing: closing the last connection would delete the -wal.
    auto moved = moveAside(path_);
    db_.close();
    if (!moved) return Error{"history database " + path_.string() + " is corrupt (" + reason + ") and " + moved.error().message};
    logWarning("history", "history database " + path_.string() + " is corrupt (" + reason + "); moved it to " +
                            moved->string() + " and started a fresh one");
    movedAside_ = *moved;
    OpenAttempt attempt = tryOpen(path_);
    if (!attempt.ready()) return Error{"history database " + path_.string() + ": " + attempt.problem};
    db_ = std::move(*attempt.db);
    return success();
}

Result<std::int64_t> HistoryStore::record(const SessionRecord& session) {
    if (session.routineId.empty()) return Error{"cannot record a session without a routine id"};
    if (session.endedUtc < session.startedUtc) return Error{"cannot record a session that ends before it starts"};
    if (session.utcOffsetSeconds < -kMaxUtcOffsetSeconds || session.utcOffsetSeconds > kMaxUtcOffsetSeconds) {
        return Error{"cannot record a session with UTC offset " + std::to_string(session.utcOffsetSeconds) + " s"};
    }
    if (session.activeSeconds < 0 || session.completedItems < 0 || session.totalItems < 0 ||
        (session.totalItems > 0 && session.completedItems > session.totalItems)) {
        return Error{"cannot record a session with negative or inconsistent counts"};
    }
    auto id = insert(session);
    if (id || !isDamage(db_.lastFailureCode())) return id;
    if (auto s = replaceDamagedFile(id.error().message); !s) return s.error();
    return insert(session);
}

Result<std::int64_t> HistoryStore::insert(const SessionRecord& s) {
    auto fail = [&](const std::string& what) -> Result<std::int64_t> {
        int code = db_.lastFailureCode();
        db_.exec("ROLLBACK");
        db_.noteFailure(code);
        return Error{"cannot record the session in " + path_.string() + ": " + what};
    };
    if (auto begun = db_.exec("BEGIN IMMEDIATE"); !begun) {
        return Error{"cannot record the session in " + path_.string() + ": " + begun.error().message};
    }
    auto stmt = db_.prepare(
        "INSERT INTO sessions (routine_id, content_version, started_utc, ended_utc, utc_offset_s, active_s, "
        "completed_items, total_items, stopped_early, profile_id, programme_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt) return fail(stmt.error().message);
    stmt->bind(1, s.routineId);
    stmt->bind(2, s.contentVersion);
    stmt->bind(3, s.startedUtc);
    stmt->bind(4, s.endedUtc);
    stmt->bind(5, static_cast<std::int64_t>(s.utcOffsetSeconds));
    stmt->bind(6, s.activeSeconds);
    stmt->bind(7, static_cast<std::int64_t>(s.completedItems));
    stmt->bind(8, static_cast<std::int64_t>(s.totalItems));
    stmt->bind(9, static_cast<std::int64_t>(s.stoppedEarly ? 1 : 0));
    stmt->bind(10, s.profileId);
    stmt->bind(11, s.programmeId);
    stmt->step();
    if (stmt->failure().code != SQLITE_OK) {
        db_.noteFailure(stmt->failure().code);
        return fail(stmt->failure().message);
    }
    std::int64_t id = sqlite3_last_insert_rowid(db_.handle());
    if (auto committed = db_.exec("COMMIT"); !committed) return fail(committed.error().message);
    return id;
}

Result<std::vector<SessionRecord>> HistoryStore::sessions() {
    auto stmt = db_.prepare(std::string("SELECT ") + kColumns + " FROM sessions ORDER BY started_utc, id");
    if (!stmt) return Error{"cannot read the history in " + path_.string() + ": " + stmt.error().message};
    std::vector<SessionRecord> out;
    while (stmt->step()) {
        SessionRecord r;
        r.id = stmt->integer(0);
        r.routineId = stmt->text(1);
        r.contentVersion = stmt->text(2);
        r.startedUtc = stmt->integer(3);
        r.endedUtc = stmt->integer(4);
        r.utcOffsetSeconds = static_cast<std::int32_t>(stmt->integer(5));
        r.activeSeconds = stmt->integer(6);
        r.completedItems = static_cast<int>(stmt->integer(7));
        r.totalItems = static_cast<int>(stmt->integer(8));
        r.stoppedEarly = stmt->integer(9) != 0;
        r.profileId = stmt->integer(10);
        r.programmeId = stmt->text(11);
        out.push_back(std::move(r));
    }
    if (stmt->failure().code != SQLITE_OK) {
        db_.noteFailure(stmt->failure().code);
        return Error{"cannot read the history in " + path_.string() + ": " + stmt->failure().message};
    }
    return out;
}

Result<int> HistoryStore::reset() {
    if (auto begun = db_.exec("BEGIN IMMEDIATE"); !begun) return Error{"cannot reset the history: " + begun.error().message};
    auto count = db_.column("SELECT count(*) FROM sessions");
    auto deleted = count ? db_.exec("DELETE FROM sessions") : Status(count.error());
    if (!deleted) {
        db_.exec("ROLLBACK");
        return Error{"cannot reset the history in " + path_.string() + ": " + deleted.error().message};
    }
    if (auto committed = db_.exec("COMMIT"); !committed) {
        db_.exec("ROLLBACK");
        return Error{"cannot reset the history in " + path_.string() + ": " + committed.error().message};
    }
    return std::stoi(count->front());
}

}  // namespace mc
