#pragma once
// Text without its leading and trailing white space (spaces, tabs, CR, LF): config
// lines, HTTP header values, base64 keys pasted from a file. And words counted the
// way a reader's eye goes through them (setup texts: reading time, length limit).
#include <cstddef>
#include <string_view>

namespace mc {

inline std::string_view trimmed(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n\f\v";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

// Runs of characters between white space: "Kneel, hands under shoulders." has 4.
inline std::size_t wordCount(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n\f\v";
    std::size_t words = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = kSpace.find(c) != std::string_view::npos;
        if (!space && !inWord) ++words;
        inWord = !space;
    }
    return words;
}

}  // namespace mc
