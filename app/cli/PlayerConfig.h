#pragma once
// The [player] config as the engine takes it, for every command that expands a
// routine (run, list, render-audio), so they all agree on a routine's timing.
#include <string>

#include "config/Config.h"
#include "core/Timeline.h"

namespace mc {

ReadingPace readingPaceOf(const PlayerConfig& player);

// The reading pace of the config file at `path`; with an empty path, of
// /etc/mirrorcoach/config.toml when it exists (else the defaults). Problems are logged.
ReadingPace readingPaceFromConfig(const std::string& path);

}  // namespace mc
