#pragma once
// Reading the config file for the shell; app/config parses the text (it never touches
// the file system).
#include <filesystem>
#include <string>

#include "config/ConfigLoad.h"
#include "core/Result.h"

namespace mc {

// The text of the config file at `path`. A missing file is an error only if `mustExist`
// (an explicit --config); the default path may be absent and then reads as "", which
// parses to the defaults. Other failures (a directory, no permission) are errors.
Result<std::string> readConfigText(const std::filesystem::path& path, bool mustExist);

// Reads and parses. A file that cannot be read becomes one problem (line 0) and the
// defaults are used: a config mistake never stops the mirror.
ConfigLoad loadConfigFile(const std::string& path, bool mustExist);

}  // namespace mc
