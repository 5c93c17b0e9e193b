#pragma once
// Who is exercising. A household has several profiles; the mirror keeps them in
// the history database and the config can declare them. Plain data.
#include <cstdint>
#include <string>
#include <vector>

#include "core/Audience.h"

namespace mc {

struct Profile {
    std::int64_t id = 0;   // row id in the history database, 0 before it is stored
    std::string name;      // shown on the home screen, unique per mirror ("Anna")
    Situation situation = Situation::General;
    int trimester = 0;          // Situation::Pregnancy: 1..3, else 0
    int weeksSinceBirth = 0;    // Situation::Postpartum: weeks since the birth, else 0
    // Equipment at hand besides the floor and a mat, in content's names:
    // "dumbbells", "bar", "bench", "chair", "ball", "strap", "pillow", "wall", ...
    std::vector<std::string> equipment;
    Level level = Level::Beginner;
    std::string programmeId;    // the programme followed, "" for none
    std::string language;       // "" = the mirror's language

    bool operator==(const Profile&) const = default;
};

}  // namespace mc
