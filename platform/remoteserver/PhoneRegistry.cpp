#include "platform/remoteserver/PhoneRegistry.h"

#include <sodium.h>

#include <system_error>

#include "remote/PairingCode.h"

namespace mc {
namespace {

constexpr int kBusyTimeoutMs = 5000;

std::string hex(const unsigned char* bytes, size_t n) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < n; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 15];
    }
    return out;
}

}  // namespace

std::string newPairingCode() {
    unsigned char random[8];
    randombytes_buf(random, sizeof random);
    return pairingCodeFrom(random);
}

std::string tokenHash(const std::string& token) {
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
    return hex(hash, sizeof hash);
}

Result<PhoneRegistry> PhoneRegistry::open(const std::filesystem::path& stateDir) {
    if (sodium_init() < 0) return Error{"remote: libsodium could not start"};
    std::error_code ec;
    std::filesystem::create_directories(stateDir, ec);
    if (ec) return Error{"remote: cannot create " + stateDir.string() + ": " + ec.message()};
    const auto path = stateDir / kFileName;
    auto db = SqliteDatabase::open(path, kBusyTimeoutMs);
    if (!db) return Error{"remote: " + db.error().message};
    Status schema = db->exec(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
        "CREATE TABLE IF NOT EXISTS phones (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " token_hash TEXT NOT NULL UNIQUE, paired_utc INTEGER NOT NULL, last_seen_utc INTEGER NOT NULL);");
    if (!schema) return Error{"remote: " + path.string() + ": " + schema.error().message};
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace, ec);
    return PhoneRegistry(path, std::move(*db));
}

Result<NewPairing> PhoneRegistry::pair(const std::string& name, int64_t nowUtc) {
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    NewPairing p;
    p.token = hex(random, sizeof random);  // 256 bits: guessing one is hopeless
    sodium_memzero(random, sizeof random);
    std::lock_guard lock(mutex_);
    auto insert = db_.prepare("INSERT INTO phones (name, token_hash, paired_utc, last_seen_utc) VALUES (?, ?, ?, ?)");
    if (!insert) return insert.error();
    insert->bind(1, name);
    insert->bind(2, tokenHash(p.token));
    insert->bind(3, nowUtc);
    insert->bind(4, nowUtc);
    insert->step();
    if (insert->failure().code != SQLITE_OK) return Error{"remote: cannot store the phone: " + insert->failure().message};
    p.phone = {sqlite3_last_insert_rowid(db_.handle()), name, nowUtc, nowUtc};
    return p;
}

std::optional<PairedPhone> PhoneRegistry::find(const std::string& token, int64_t nowUtc) {
    if (token.empty() || token.size() > 256) return std::nullopt;
    const std::string hash = tokenHash(token);
    std::lock_guard lock(mutex_);
    auto select = db_.prepare("SELECT id, name, paired_utc, last_seen_utc FROM phones WHERE token_hash = ?");
    if (!select) return std::nullopt;
    select->bind(1, hash);
    if (!select->step()) return std::nullopt;
    PairedPhone phone{select->integer(0), select->text(1), select->integer(2), select->integer(3)};
    if (nowUtc - phone.lastSeenUtc >= 60) {
        if (auto touch = db_.prepare("UPDATE phones SET last_seen_utc = ? WHERE id = ?")) {
            touch->bind(1, nowUtc);
            touch->bind(2, phone.id);
            touch->step();
        }
        phone.lastSeenUtc = nowUtc;
    }
    return phone;
}

Result<std::vector<PairedPhone>> PhoneRegistry::list() {
    std::lock_guard lock(mutex_);
    auto select = db_.prepare("SELECT id, name, paired_utc, last_seen_utc FROM phones ORDER BY id");
    if (!select) return select.error();
    std::vector<PairedPhone> out;
    while (select->step()) out.push_back({select->integer(0), select->text(1), select->integer(2), select->integer(3)});
    if (select->failure().code != SQLITE_OK) return Error{"remote: " + select->failure().message};
    return out;
}

Result<bool> PhoneRegistry::revoke(int64_t id) {
    std::lock_guard lock(mutex_);
    auto del = db_.prepare("DELETE FROM phones WHERE id = ?");
    if (!del) return del.error();
    del->bind(1, id);
    del->step();
    if (del->failure().code != SQLITE_OK) return Error{"remote: " + del->failure().message};
    return sqlite3_changes(db_.handle()) > 0;
}

}  // namespace mc
