// The household's profiles in the history database (table `profiles`, schema version 3).
// Equipment is kept as one comma-separated text: the names are content's plain words.
#include <sstream>

#include "platform/store/HistoryStore.h"
#include "progress/ProfileStage.h"

namespace mc {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
    return out;
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

}  // namespace

Result<std::vector<Profile>> HistoryStore::profiles(std::int64_t nowUtc) {
    auto stmt = db_.prepare(
        "SELECT id, name, situation, trimester, weeks_since_birth, stage_set_utc, equipment, level, programme_id, "
        "language FROM profiles ORDER BY id");
    if (!stmt) return Error{"cannot read the profiles in " + path_.string() + ": " + stmt.error().message};
    std::vector<Profile> out;
    while (stmt->step()) {
        Profile p;
        p.id = stmt->integer(0);
        p.name = stmt->text(1);
        p.situation = situationFromName(stmt->text(2)).value_or(Situation::General);
        p.trimester = static_cast<int>(stmt->integer(3));
        p.weeksSinceBirth = static_cast<int>(stmt->integer(4));
        p.equipment = split(stmt->text(6));
        p.level = levelFromName(stmt->text(7)).value_or(Level::Beginner);
        p.programmeId = stmt->text(8);
        p.language = stmt->text(9);
        out.push_back(profileAt(std::move(p), stmt->integer(5), nowUtc));
    }
    if (stmt->failure().code != SQLITE_OK) {
        db_.noteFailure(stmt->failure().code);
        return Error{"cannot read the profiles in " + path_.string() + ": " + stmt->failure().message};
    }
    return out;
}

Result<std::int64_t> HistoryStore::saveProfile(const Profile& profile, std::int64_t nowUtc) {
    if (profile.name.empty()) return Error{"cannot save a profile without a name"};
    for (const std::string& item : profile.equipment)
        if (item.empty() || item.find(',') != std::string::npos)
            return Error{"cannot save profile " + profile.name + ": equipment name '" + item + "' is empty or has a comma"};
    return writeProfile(profile, nowUtc);
}

Result<std::int64_t> HistoryStore::writeProfile(const Profile& p, std::int64_t nowUtc) {
    const std::string what = "cannot save profile '" + p.name + "' in " + path_.string() + ": ";
    const bool adding = p.id == 0;
    auto stmt = db_.prepare(
        adding ? "INSERT INTO profiles (name, situation, trimester, weeks_since_birth, stage_set_utc, equipment, level, "
                 "programme_id, language, created_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?5)"
               : "UPDATE profiles SET name = ?1, situation = ?2, trimester = ?3, weeks_since_birth = ?4, "
                 "stage_set_utc = ?5, equipment = ?6, level = ?7, programme_id = ?8, language = ?9 WHERE id = ?10");
    if (!stmt) return Error{what + stmt.error().message};
    stmt->bind(1, p.name);
    stmt->bind(2, std::string(situationName(p.situation)));
    stmt->bind(3, static_cast<std::int64_t>(p.trimester));
    stmt->bind(4, static_cast<std::int64_t>(p.weeksSinceBirth));
    stmt->bind(5, nowUtc);
    stmt->bind(6, joined(p.equipment));
    stmt->bind(7, std::string(levelName(p.level)));
    stmt->bind(8, p.programmeId);
    stmt->bind(9, p.language);
    if (!adding) stmt->bind(10, p.id);
    stmt->step();
    if (stmt->failure().code != SQLITE_OK) {
        db_.noteFailure(stmt->failure().code);
        if (stmt->failure().code == SQLITE_CONSTRAINT) return Error{what + "another profile is already called that"};
        return Error{what + stmt->failure().message};
    }
    if (adding) return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db_.handle()));
    if (sqlite3_changes(db_.handle()) == 0) return Error{what + "there is no profile " + std::to_string(p.id)};
    return p.id;
}

Status HistoryStore::removeProfile(std::int64_t id) {
    auto stmt = db_.prepare("DELETE FROM profiles WHERE id = ?");
    if (!stmt) return Error{"cannot remove profile " + std::to_string(id) + ": " + stmt.error().message};
    stmt->bind(1, id);
    stmt->step();
    if (stmt->failure().code != SQLITE_OK) {
        db_.noteFailure(stmt->failure().code);
        return Error{"cannot remove profile " + std::to_string(id) + ": " + stmt->failure().message};
    }
    if (sqlite3_changes(db_.handle()) == 0) return Error{"there is no profile " + std::to_string(id)};
    return success();
}

}  // namespace mc
