#pragma once
// What the soak test watches in its own process: resident memory and open files.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <unistd.h>

namespace mc::test_support {

// Resident set size in KiB, from /proc/self/statm (second field, in pages).
inline long residentKiB() {
    long pages = 0, resident = 0;
    std::ifstream("/proc/self/statm") >> pages >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// Open file descriptors (sockets, files, pipes, the database...).
inline int openFileDescriptors() {
    int n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
    return n;
}

// The fewest descriptors seen over half a second: a connection the updater (or the
// loopback server in this process) has open for a moment is not a leak; one that stays is.
inline int settledFileDescriptors() {
    int fewest = openFileDescriptors();
    for (int i = 0; i < 50; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        fewest = std::min(fewest, openFileDescriptors());
    }
    return fewest;
}

}  // namespace mc::test_support
