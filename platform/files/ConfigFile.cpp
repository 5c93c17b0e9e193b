#include "platform/files/ConfigFile.h"

#include <system_error>

#include "platform/durability/FileReading.h"

namespace mc {

Result<std::string> readConfigText(const std::filesystem::path& path, bool mustExist) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        if (mustExist) return Error{"the config file does not exist"};
        return std::string();
    }
    return readWholeFile(path);
}

ConfigLoad loadConfigFile(const std::string& path, bool mustExist) {
    const Result<std::string> text = readConfigText(path, mustExist);
    if (!text) {
        ConfigLoad load;
        load.problems.push_back({path, 0, "", text.error().message + "; using the defaults"});
        return load;
    }
    return parseConfig(*text, path);
}

}  // namespace mc
