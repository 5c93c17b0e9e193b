#pragma once
// "Did you mean ...?" for misspelt field names and values ("hold" -> "hold_s").
#include <span>
#include <string>
#include <string_view>

namespace mc {

// The closest of `candidates` to `word` when it is close enough to be a likely typo
// (a small edit distance, or one is a prefix of the other); else "".
std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates);

// "one of: a, b, c" for messages.
std::string listChoices(std::span<const std::string_view> candidates);

}  // namespace mc
