#include "support/ProcessMemory.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

namespace mc::test_support {

MemoryKb readMemory() {
    MemoryKb m;
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string key;
        int64_t kb = -1;
        fields >> key >> kb;
        if (key == "VmRSS:") m.rss = kb;
        if (key == "VmHWM:") m.hwm = kb;
    }
    return m;
}

bool resetPeak() {
    std::ofstream out("/proc/self/clear_refs");
    out << "5";
    out.flush();
    return static_cast<bool>(out);
}

int openFileDescriptors() {
    int n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
    return n;
}

int settledFileDescriptors() {
    int fewest = openFileDescriptors();
    for (int i = 0; i < 50; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        fewest = std::min(fewest, openFileDescriptors());
    }
    return fewest;
}

}  // namespace mc::test_support
