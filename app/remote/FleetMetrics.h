#pragma once
// GET /metrics: the mirror's health in the Prometheus text exposition format (0.0.4),
// so a practice's Prometheus can watch every mirror. docs/remote.md lists the metrics.
#include <cstdint>
#include <string>

#include "update/UpdateStatus.h"

namespace mc {

struct FleetFacts {
    std::string version;         // the program's version
    std::string contentVersion;  // the content on screen
    UpdateStatus update;
    int64_t lastUpdateCheckUtc = 0;  // 0: no check finished yet
    int64_t sessionsCompleted = 0;   // sessions recorded since the process started
    int64_t framesDrawn = 0;
    bool displayOn = true;
    std::string screen = "home";
    int64_t residentBytes = 0;  // process memory (RSS)
    int64_t startedUtc = 0;
    int pairedPhones = 0;
};

std::string metricsText(const FleetFacts& facts);

// A label value with \, " and newlines escaped as the format asks.
std::string escapeLabelValue(const std::string& value);

}  // namespace mc
