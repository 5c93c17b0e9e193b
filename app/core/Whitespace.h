#pragma once
// Text without its leading and trailing white space (spaces, tabs, CR, LF): config
// lines, HTTP header values, base64 keys pasted from a file.
#include <string_view>

namespace mc {

inline std::string_view trimmed(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n\f\v";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

}  // namespace mc
