#pragma once
// The one table of config keys. The parser reads exactly these keys (everything else is
// reported as unknown), the formatter writes them in this order, and tests/config checks
// that deploy/config.example.toml lists each of them, commented, with its default.
// Defaults are not repeated here: they are the member initialisers in Config.h, read
// through each key's field from a default-constructed Config.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "config/Config.h"

namespace mc {

// A check on a text value: nullopt when fine, else what is expected ("expected ...").
using TextCheck = std::optional<std::string> (*)(const std::string& text);

// The kinds of value a key can hold; `field` finds the value inside a Config.
struct IntegerRange {
    int& (*field)(Config&);
    int min;
    int max;
};
struct IntegerChoice {
    int& (*field)(Config&);
    std::vector<int> choices;
};
struct Flag {
    bool& (*field)(Config&);
};
struct Text {
    std::string& (*field)(Config&);
    const char* expected;        // the message when the value is not a text at all
    TextCheck check = nullptr;  // further rules on the text, if any
};
struct TextList {
    std::vector<std::string>& (*field)(Config&);
    TextCheck check;  // applied to each entry; a bad entry is dropped, the rest kept
};
struct PresenceModeChoice {
    PresenceMode& (*field)(Config&);
};

using ConfigValue = std::variant<IntegerRange, IntegerChoice, Flag, Text, TextList, PresenceModeChoice>;

struct ConfigKey {
    const char* section;  // "" for a top-level key
    const char* name;
    const char* doc;      // one line for `config print-default`
    ConfigValue value;

    std::string fullName() const;  // "display.fps_cap", or "language" at the top level
};

// Every key, top-level keys first, then section by section, in the order of the example.
const std::vector<ConfigKey>& configKeys();

// The section names in table order ("display", "content", ...), without the top level.
std::vector<std::string> configSections();

// The key's value in `config` as TOML ("30", "true", "\"22:30\"", "[]").
std::string formatConfigValue(const ConfigKey& key, Config config);

}  // namespace mc
