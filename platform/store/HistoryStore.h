#pragma once
// The session history: one SQLite file, <state dir>/history.sqlite3.
//
// Crash safety: WAL journal with synchronous=FULL, so every record() is on disk
// (fsync of the WAL) before it returns and a power cut loses at most the session
// in progress. NORMAL would also never corrupt the file, but could roll back the
// last sessions recorded before the cut; one fsync per session is nothing.
// A corrupt or unreadable file is renamed to history.sqlite3.corrupt-<UTC time>
// (with its -wal), one line is logged to stderr and a fresh database is started:
// the mirror keeps working, and the old file is kept for rescue.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "core/Result.h"
#include "platform/store/SqliteDatabase.h"
#include "progress/HistorySink.h"
#include "progress/ProfileBook.h"
#include "progress/SessionRecord.h"

namespace mc {

class HistoryStore final : public HistorySink, public ProfileBook {
public:
    static constexpr const char* kFileName = "history.sqlite3";
    static constexpr int kBusyTimeoutMs = 5000;  // the CLI and the app may share the file

    // Opens or creates <stateDir>/history.sqlite3, creating stateDir if needed,
    // and migrates its schema. Fails only when no usable database can be had:
    // directory not writable, disk full, file busy, or a schema from a newer
    // MirrorCoach (left untouched). The app then runs without history.
    static Result<HistoryStore> open(const std::filesystem::path& stateDir);

    // Appends one finished or stopped session in its own transaction and returns
    // its row id; durable once this returns. If the file turns out corrupt, it is
    // moved aside and the session recorded in a fresh database.
    Result<std::int64_t> record(const SessionRecord& session) override;

    // Every recorded session, oldest start first.
    Result<std::vector<SessionRecord>> sessions() override;

    // The household's profiles (platform/store/ProfileRows.cpp).
    Result<std::vector<Profile>> profiles(std::int64_t nowUtc) override;
    Result<std::int64_t> saveProfile(const Profile& profile, std::int64_t nowUtc) override;
    Status removeProfile(std::int64_t id) override;

    // Deletes every session (the schema stays); returns how many were deleted.
    Result<int> reset();

    const std::filesystem::path& path() const { return path_; }

    // Where the last corrupt file was moved this session, if any (for tests and logs).
    const std::optional<std::filesystem::path>& movedAside() const { return movedAside_; }

private:
    HistoryStore(std::filesystem::path path, SqliteDatabase db) : path_(std::move(path)), db_(std::move(db)) {}
    Status replaceDamagedFile(const std::string& reason);
    Result<std::int64_t> insert(const SessionRecord& session);
    Result<std::int64_t> writeProfile(const Profile& profile, std::int64_t nowUtc);

    std::filesystem::path path_;
    SqliteDatabase db_;
    std::optional<std::filesystem::path> movedAside_;
};

}  // namespace mc
