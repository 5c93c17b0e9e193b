#pragma once
// What the soak test watches in its own process: resident memory and open files.
#include <filesystem>
#include <fstream>
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

}  // namespace mc::test_support
