#pragma once
// Input from the network is checked to be UTF-8 before anything reads it as text.
#include <string_view>

namespace mc {

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points
// past U+10FFFF).
bool isValidUtf8(std::string_view text);

}  // namespace mc
