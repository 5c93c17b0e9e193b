#pragma once
// The paired phones: <state dir>/remote.sqlite3, a small database of its own (not a
// table of the history, so neither schema waits for the other). Only a hash of each
// token is kept (BLAKE2b of 32 random bytes: a stolen file pairs nobody), with the
// phone's name, when it paired and when it was last seen. `mirrorcoach remote
// list|revoke` opens the same file; the server looks tokens up on every request, so a
// revocation from the command line takes effect at once.
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/Result.h"
#include "platform/store/SqliteDatabase.h"

namespace mc {

struct PairedPhone {
    int64_t id = 0;
    std::string name;
    int64_t pairedUtc = 0;
    int64_t lastSeenUtc = 0;
};

struct NewPairing {
    PairedPhone phone;
    std::string token;  // given to the phone once; never stored, never logged
};

class PhoneRegistry {
public:
    static constexpr const char* kFileName = "remote.sqlite3";

    static Result<PhoneRegistry> open(const std::filesystem::path& stateDir);
    PhoneRegistry(PhoneRegistry&& other) noexcept : path_(std::move(other.path_)), db_(std::move(other.db_)) {}

    // A new phone with a fresh random token.
    Result<NewPairing> pair(const std::string& name, int64_t nowUtc);
    // The phone holding `token`, if it is paired; notes it as seen (at most once a minute).
    std::optional<PairedPhone> find(const std::string& token, int64_t nowUtc);
    Result<std::vector<PairedPhone>> list();
    // False when there was no such phone.
    Result<bool> revoke(int64_t id);

    const std::filesystem::path& path() const { return path_; }

private:
    PhoneRegistry(std::filesystem::path path, SqliteDatabase db) : path_(std::move(path)), db_(std::move(db)) {}
    std::filesystem::path path_;
    std::mutex mutex_;  // the HTTP threads share the connection
    SqliteDatabase db_;
};

// A fresh one-time pairing code: 8 random digits.
std::string newPairingCode();

// Hex of BLAKE2b-256 of the token (what the file keeps).
std::string tokenHash(const std::string& token);

}  // namespace mc
