#pragma once
// A thin RAII owner of one SQLite connection and its prepared statements, turning
// SQLite's status codes into Status/Result values that keep the code and message.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/Result.h"

namespace mc {

// The primary SQLite result code of the last failure (SQLITE_CORRUPT, SQLITE_BUSY, ...),
// so callers can tell a damaged file from a busy one.
struct SqliteFailure {
    int code = SQLITE_OK;
    std::string message;
};

class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    ~SqliteStatement();

    void bind(int index, std::int64_t value);
    void bind(int index, const std::string& value);

    // Advances: true with a row, false when done; failures are reported through
    // failure(), which stays SQLITE_OK on success.
    bool step();
    std::int64_t integer(int column) const;
    std::string text(int column) const;
    const SqliteFailure& failure() const { return failure_; }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
    SqliteFailure failure_;
};

class SqliteDatabase {
public:
    // Opens (creating if missing) the database file; sets the busy timeout.
    static Result<SqliteDatabase> open(const std::filesystem::path& path, int busyTimeoutMs);

    SqliteDatabase(SqliteDatabase&& other) noexcept;
    SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;
    SqliteDatabase(const SqliteDatabase&) = delete;
    ~SqliteDatabase();

    // Runs one or more statements without results.
    Status exec(const std::string& sql);
    // Prepares one statement; on failure the returned error holds SQLite's message.
    Result<SqliteStatement> prepare(const std::string& sql);
    // The first column of every row of `sql` as text (PRAGMA answers, counts).
    Result<std::vector<std::string>> column(const std::string& sql);

    // The code of the last failure of exec/prepare/column on this connection.
    int lastFailureCode() const { return lastFailure_; }
    void noteFailure(int code) { lastFailure_ = code; }
    sqlite3* handle() { return db_; }
    // Closes the connection early (before renaming the file); later calls fail.
    void close();

private:
    explicit SqliteDatabase(sqlite3* db) : db_(db) {}
    Error fail(const std::string& what);

    sqlite3* db_ = nullptr;
    int lastFailure_ = SQLITE_OK;
};

}  // namespace mc
