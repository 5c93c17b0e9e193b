#include "core/LanguageTag.h"

#include <cctype>
#include <cstddef>

namespace mc {

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

}  // namespace mc
