#include "content/Suggestion.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace mc {

namespace {
std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Levenshtein distance, case-insensitive (a capital letter is a typo too).
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}
}  // namespace

std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates) {
    const std::string w = lower(word);
    std::string best;
    std::size_t bestScore = 0;
    for (std::string_view candidate : candidates) {
        const std::string c = lower(candidate);
        std::size_t distance = editDistance(w, c);
        // Allow more edits in longer words; a clear prefix ("hold" of "hold_s") counts as close.
        std::size_t allowed = std::max<std::size_t>(1, std::min(w.size(), c.size()) / 3);
        bool prefix = w.size() >= 3 && (c.starts_with(w) || w.starts_with(c));
        if (distance > allowed && !prefix) continue;
        std::size_t score = prefix ? std::min(distance, allowed) : distance;
        if (best.empty() || score < bestScore) {
            best = std::string(candidate);
            bestScore = score;
        }
    }
    return best;
}

std::string listChoices(std::span<const std::string_view> candidates) {
    std::string out;
    for (std::string_view c : candidates) {
        if (!out.empty()) out += ", ";
        out += c;
    }
    return out;
}

}  // namespace mc
