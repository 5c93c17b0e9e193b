// Config -> TOML from the table of keys, for `mirrorcoach config print-default` and
// round-trip tests.
#include <string>

#include "config/ConfigKeys.h"
#include "config/ConfigLoad.h"
#include "config/ConfigProfiles.h"

namespace mc {
namespace {

std::string format(const Config& config, bool withDocs) {
    std::string out;
    std::string section;
    for (const ConfigKey& key : configKeys()) {
        if (key.section != section) {
            section = key.section;
            out += "\n[" + section + "]\n";
        }
        if (withDocs) out += std::string("# ") + key.doc + "\n";
        out += std::string(key.name) + " = " + formatConfigValue(key, config) + "\n";
    }
    return out + formatProfileSections(config.profiles);
}

}  // namespace

std::string formatConfig(const Config& config) { return format(config, false); }

std::string formatConfigWithDocs(const Config& config) { return format(config, true); }

}  // namespace mc
