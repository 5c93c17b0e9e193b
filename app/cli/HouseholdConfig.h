#pragma once
// The config's [profile.<name>] sections applied to the stored profiles on start: a
// new name is added, a known one updated in the fields the section sets (the config
// wins for those; what was chosen on the mirror stays for the others).
#include <cstdint>
#include <vector>

#include "config/Config.h"
#include "progress/ProfileBook.h"

namespace mc {

// `stored` with the section's fields applied (a new Profile named after it when null).
Profile withConfig(const Profile* stored, const ProfileConfig& section);

// Adds or updates every declared profile; problems are logged and the rest applied.
void applyConfigProfiles(const std::vector<ProfileConfig>& declared, ProfileBook& book, std::int64_t nowUtc);

}  // namespace mc
