#pragma once
// This process's memory as the kernel counts it (/proc/self/status), for benchmarks
// that report how much a step adds at its peak.
#include <cstdint>

namespace mc::bench {

struct MemoryKb {
    int64_t rss = -1;  // VmRSS: resident now
    int64_t hwm = -1;  // VmHWM: peak resident since start (or since resetPeak)
};

MemoryKb readMemory();

// Lowers VmHWM to the current RSS (writes 5 to /proc/self/clear_refs, Linux >= 4.0),
// so the next peak belongs to the step being measured. False if the kernel refused.
bool resetPeak();

}  // namespace mc::bench
