#pragma once
// This process's memory and open files as the kernel counts them (/proc/self), for
// benchmarks that report what a step adds at its peak and the soak test's leak checks.
#include <cstdint>

namespace mc::test_support {

struct MemoryKb {
    int64_t rss = -1;  // VmRSS: resident now
    int64_t hwm = -1;  // VmHWM: peak resident since start (or since resetPeak)
};

MemoryKb readMemory();

// Lowers VmHWM to the current RSS (writes 5 to /proc/self/clear_refs, Linux >= 4.0),
// so the next peak belongs to the step being measured. False if the kernel refused.
bool resetPeak();

// Open file descriptors (sockets, files, pipes, the database...).
int openFileDescriptors();

// The fewest descriptors seen over half a second: a connection open for a moment (the
// updater's, or a loopback server's in the same process) is not a leak; one that stays is.
int settledFileDescriptors();

}  // namespace mc::test_support
