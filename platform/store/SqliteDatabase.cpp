#include "platform/store/SqliteDatabase.h"

#include <utility>

namespace mc {

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), failure_(std::move(other.failure_)) {}

SqliteStatement::~SqliteStatement() {
    if (stmt_) sqlite3_finalize(stmt_);
}

void SqliteStatement::bind(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }

void SqliteStatement::bind(int index, const std::string& value) {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) failure_ = {rc & 0xff, sqlite3_errmsg(db_)};
    return false;
}

std::int64_t SqliteStatement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string SqliteStatement::text(int column) const {
    const unsigned char* s = sqlite3_column_text(stmt_, column);
    return s ? std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string();
}

Result<SqliteDatabase> SqliteDatabase::open(const std::filesystem::path& path, int busyTimeoutMs) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        return Error{"cannot open " + path.string() + ": " + message + " (sqlite code " + std::to_string(rc & 0xff) + ")"};
    }
    sqlite3_extended_result_codes(db, 0);
    sqlite3_busy_timeout(db, busyTimeoutMs);
    return SqliteDatabase(db);
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), lastFailure_(other.lastFailure_) {}

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept {
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
        lastFailure_ = other.lastFailure_;
    }
    return *this;
}

SqliteDatabase::~SqliteDatabase() { close(); }

void SqliteDatabase::close() {
    // Statements are finalized by their owners first; close_v2 tolerates stragglers.
    if (db_) sqlite3_close_v2(std::exchange(db_, nullptr));
}

Error SqliteDatabase::fail(const std::string& what) {
    lastFailure_ = sqlite3_errcode(db_) & 0xff;
    return Error{what + ": " + sqlite3_errmsg(db_)};
}

Status SqliteDatabase::exec(const std::string& sql) {
    if (!db_) return Error{"database is closed"};
    char* message = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return success();
    std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    lastFailure_ = rc & 0xff;
    return Error{text};
}

Result<SqliteStatement> SqliteDatabase::prepare(const std::string& sql) {
    if (!db_) return Error{"database is closed"};
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) return fail("cannot prepare query");
    return SqliteStatement(db_, stmt);
}

Result<std::vector<std::string>> SqliteDatabase::column(const std::string& sql) {
    auto stmt = prepare(sql);
    if (!stmt) return stmt.error();
    std::vector<std::string> values;
    while (stmt->step()) values.push_back(stmt->text(0));
    if (stmt->failure().code != SQLITE_OK) {
        lastFailure_ = stmt->failure().code;
        return Error{stmt->failure().message};
    }
    return values;
}

}  // namespace mc
