#include "cli/HouseholdConfig.h"

#include "log/Log.h"

namespace mc {

Profile withConfig(const Profile* stored, const ProfileConfig& section) {
    Profile p = stored ? *stored : Profile{};
    p.name = section.name;
    if (section.situation) p.situation = situationFromName(*section.situation).value_or(p.situation);
    // The stored stage moves on by itself (ProfileStage.h), so the config's value would
    // pull it back on every start: it applies to a new profile, a changed situation,
    // or when it is ahead of the stored one (a correction).
    const bool freshStage = !stored || stored->situation != p.situation;
    if (section.trimester && (freshStage || *section.trimester > p.trimester)) p.trimester = *section.trimester;
    if (section.weeks_since_birth && (freshStage || *section.weeks_since_birth > p.weeksSinceBirth))
        p.weeksSinceBirth = *section.weeks_since_birth;
    if (section.equipment) p.equipment = *section.equipment;
    if (section.level) p.level = levelFromName(*section.level).value_or(p.level);
    if (section.programme) p.programmeId = *section.programme;
    if (section.language) p.language = *section.language;
    // A stage only means something in its situation; a pregnancy without one starts at the first.
    if (p.situation != Situation::Pregnancy) p.trimester = 0;
    else if (p.trimester == 0) p.trimester = 1;
    if (p.situation != Situation::Postpartum) p.weeksSinceBirth = 0;
    return p;
}

void applyConfigProfiles(const std::vector<ProfileConfig>& declared, ProfileBook& book, std::int64_t nowUtc) {
    if (declared.empty()) return;
    auto stored = book.profiles(nowUtc);
    if (!stored) {
        logWarning("profiles", "cannot apply the config's profiles: " + stored.error().message);
        return;
    }
    for (const ProfileConfig& section : declared) {
        const Profile* known = nullptr;
        for (const Profile& p : *stored)
            if (p.name == section.name) known = &p;
        Profile wanted = withConfig(known, section);
        if (known && *known == wanted) continue;  // unchanged: the stage keeps advancing from when it was set
        if (auto id = book.saveProfile(wanted, nowUtc); !id) logWarning("profiles", id.error().message);
        else logNotice("profiles", std::string(known ? "updated" : "added") + " profile '" + section.name + "' from the config");
    }
}

}  // namespace mc
