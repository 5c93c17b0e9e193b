#pragma once
// The [profile.<name>] sections: a household's members declared in the config. Kept
// apart from the table of keys because their section names are the installer's own.
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "config/Config.h"
#include "config/ConfigLoad.h"

namespace mc {

inline constexpr const char* kProfileSection = "profile";

// Reads every [profile.<name>] of `root` in file order; a bad value is reported and
// left unset (the stored profile keeps its own), an unknown key gets a did-you-mean.
std::vector<ProfileConfig> readProfileSections(const toml::table& root, const std::string& file,
                                               std::vector<ConfigProblem>& problems);

// The sections as TOML, for formatConfig (parse(format(c)) == c).
std::string formatProfileSections(const std::vector<ProfileConfig>& profiles);

}  // namespace mc
