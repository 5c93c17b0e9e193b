#pragma once
// Content text in several languages.
#include <map>
#include <string>
#include <string_view>

namespace mc {

// A text with its translations, keyed by language tag ("en", "ru", ...).
struct LocalizedText {
    std::map<std::string, std::string> byLanguage;

    // The text in `language` matched by BCP 47 lookup ("ru-RU" -> "ru", case aside),
    // else English, else any translation, else "".
    const std::string& in(std::string_view language) const;
    bool empty() const { return byLanguage.empty(); }
    bool operator==(const LocalizedText&) const = default;
};

}  // namespace mc
