#pragma once
// Where the household's profiles are kept: the history database in the mirror
// (platform/store/HistoryStore), a vector in tests. The app never touches SQLite; the
// picker saves through this port.
#include <cstdint>
#include <vector>

#include "core/Result.h"
#include "progress/Profile.h"

namespace mc {

class ProfileBook {
public:
    virtual ~ProfileBook() = default;
    // Every profile, oldest first, its stage advanced to `nowUtc` (see ProfileStage.h).
    virtual Result<std::vector<Profile>> profiles(std::int64_t nowUtc) = 0;
    // Adds the profile (id 0) or updates the one with its id; its stage counts as set at
    // `nowUtc`. Returns the id. A name already used by another profile is refused.
    virtual Result<std::int64_t> saveProfile(const Profile& profile, std::int64_t nowUtc) = 0;
    virtual Status removeProfile(std::int64_t id) = 0;
};

}  // namespace mc
