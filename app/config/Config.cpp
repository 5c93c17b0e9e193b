#include "config/Config.h"

#include <cctype>

namespace mc {

const char* presenceModeName(PresenceMode mode) {
    switch (mode) {
        case PresenceMode::Off: return "off";
        case PresenceMode::Input: return "input";
        case PresenceMode::Gpio: return "gpio";
    }
    return "input";
}

int parseClockTime(const std::string& text) {
    // Exactly "H:MM" or "HH:MM", 00:00 .. 23:59.
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon > 2 || text.size() != colon + 3) return -1;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i != colon && !std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
    }
    const int hours = std::stoi(text.substr(0, colon));
    const int minutes = std::stoi(text.substr(colon + 1));
    if (hours > 23 || minutes > 59) return -1;
    return hours * 60 + minutes;
}

}  // namespace mc
