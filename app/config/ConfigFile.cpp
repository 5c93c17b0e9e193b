// Reading the config file from disk; the parsing itself is pure (ConfigParser.cpp).
#include <system_error>

#include "config/ConfigLoad.h"
#include "platform/durability/FileReading.h"

namespace mc {

ConfigLoad loadConfigFile(const std::string& path, bool mustExist) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        ConfigLoad load;
        if (mustExist) load.problems.push_back({path, 0, "", "the config file does not exist; using the defaults"});
        return load;
    }
    auto text = readWholeFile(path);
    if (!text) {
        ConfigLoad load;
        load.problems.push_back({path, 0, "", text.error().message + "; using the defaults"});
        return load;
    }
    return parseConfig(*text, path);
}

}  // namespace mc
