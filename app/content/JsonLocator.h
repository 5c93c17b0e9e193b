#pragma once
// Line numbers for JSON pointers. nlohmann::json keeps no source positions, so this
// scans the (already parsed) text once and remembers on which line each member's key,
// or each array element, starts. It also finds duplicate keys, which nlohmann
// silently collapses (the last one wins) although they are almost always a mistake.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mc {

class JsonLocator {
public:
    explicit JsonLocator(std::string_view text);

    // Line of the value at `pointer` ("/items/2/exercise"); when it does not exist
    // (a missing field), the line of its nearest existing parent; 1 at worst.
    int lineOf(std::string_view pointer) const;

    struct DuplicateKey {
        std::string pointer;  // the repeated member
        int line = 0;         // where it is repeated
        int firstLine = 0;    // where it first appeared
    };
    const std::vector<DuplicateKey>& duplicateKeys() const { return duplicates_; }

private:
    friend class JsonScanner;
    std::unordered_map<std::string, int> lines_;
    std::vector<DuplicateKey> duplicates_;
};

// "/" and "~" inside a key are written "~1" and "~0" in a JSON pointer (RFC 6901).
std::string pointerToken(std::string_view key);

}  // namespace mc
