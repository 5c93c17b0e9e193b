#include "locale/LanguageTag.h"

#include <algorithm>
#include <cctype>
#include <cstddef>

namespace mc {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

}  // namespace

bool isLanguageTag(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
    if (i < 2 || i > 3) return false;
    while (i < text.size()) {
        if (text[i] != '-') return false;
        std::size_t j = i + 1;
        while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
        if (j - i - 1 < 1 || j - i - 1 > 8) return false;
        i = j;
    }
    return true;
}

bool sameLanguageTag(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::vector<std::string_view> lookupCandidates(std::string_view requested) {
    std::vector<std::string_view> out;
    if (requested == "*") return out;
    std::string_view range = requested;
    while (!range.empty()) {
        out.push_back(range);
        std::size_t dash = range.rfind('-');
        if (dash == std::string_view::npos) break;
        range = range.substr(0, dash);
        // RFC 4647 3.4: a singleton ("x", "u") cannot end a tag; drop it too.
        std::size_t before = range.rfind('-');
        std::size_t start = before == std::string_view::npos ? 0 : before + 1;
        if (range.size() - start == 1) range = before == std::string_view::npos ? std::string_view{} : range.substr(0, before);
    }
    return out;
}

LanguageMatch lookupLanguage(std::string_view requested, std::span<const std::string_view> available,
                             std::string_view fallback) {
    for (std::string_view candidate : lookupCandidates(requested)) {
        for (std::string_view tag : available)
            if (sameLanguageTag(candidate, tag)) return {std::string(tag), false};
    }
    return {std::string(fallback), true};
}

}  // namespace mc
