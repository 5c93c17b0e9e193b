#include "cli/PlayerConfig.h"

#include "platform/files/ConfigFile.h"

namespace mc {

ReadingPace readingPaceOf(const PlayerConfig& player) {
    ReadingPace pace;
    pace.wordsPerMinute = player.reading_wpm;
    pace.max = Millis(int64_t{player.get_ready_max_s} * 1000);
    return pace;
}

ReadingPace readingPaceFromConfig(const std::string& path) {
    const bool explicitPath = !path.empty();
    const ConfigLoad load = loadConfigFile(explicitPath ? path : kDefaultConfigPath, explicitPath);
    logConfigProblems(load);
    return readingPaceOf(load.config.player);
}

}  // namespace mc
