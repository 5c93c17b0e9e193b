#include "ProcessMemory.h"

#include <fstream>
#include <sstream>
#include <string>

namespace mc::bench {

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

}  // namespace mc::bench
