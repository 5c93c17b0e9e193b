#include "content/JsonFields.h"

#include <charconv>
#include <cmath>

#include "content/Suggestion.h"

namespace mc {

namespace {
std::string fieldName(const std::string& pointer) {
    std::string token = pointer.substr(pointer.rfind('/') + 1);
    return token.empty() ? std::string("the value") : token;
}

std::string inQuotes(std::string_view s) { return "\"" + std::string(s) + "\""; }
}  // namespace

void FileReport::add(const std::string& pointer, std::string message, std::string hint) {
    out_.push_back(Problem{file_, locator_.lineOf(pointer), pointer, std::move(message), std::move(hint)});
}

void FileReport::addAtLine(int line, const std::string& pointer, std::string message, std::string hint) {
    out_.push_back(Problem{file_, line, pointer, std::move(message), std::move(hint)});
}

JsonObject::JsonObject(const Json& value, std::string pointer, FileReport& report,
                       std::span<const std::string_view> keys, std::string_view what, std::string_view memberNoun)
    : value_(value), pointer_(std::move(pointer)), report_(report) {
    if (!value.is_object()) {
        report_.add(pointer_, "expected " + std::string(what) + " (a JSON object {...}), found " + describeType(value));
        return;
    }
    valid_ = true;
    for (const auto& [key, member] : value.items()) {
        bool known = false;
        for (std::string_view k : keys) known = known || k == key;
        if (known) continue;
        std::string suggestion = closestMatch(key, keys);
        report_.add(
            this->pointer(key), "unknown " + std::string(memberNoun) + " " + inQuotes(key),
            suggestion.empty() ? "allowed: " + listChoices(keys) : "did you mean " + inQuotes(suggestion) + "?");
    }
}

const Json* JsonObject::find(std::string_view key) const {
    if (!valid_) return nullptr;
    auto it = value_.find(key);
    return it == value_.end() ? nullptr : &*it;
}

const Json* JsonObject::require(std::string_view key, std::string hint) const {
    const Json* member = find(key);
    if (!member && valid_) report_.add(pointer(key), "missing required field " + inQuotes(key), std::move(hint));
    return member;
}

std::string describeType(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null:
            return "null";
        case Json::value_t::object:
            return "an object";
        case Json::value_t::array:
            return "a list";
        case Json::value_t::string:
            return "a string";
        case Json::value_t::boolean:
            return "true/false";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float:
            return "a number";
        default:
            return value.type_name();
    }
}

std::string formatNumber(double value) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

std::optional<std::string> readString(const Json& value, const std::string& pointer, FileReport& report) {
    if (!value.is_string()) {
        report.add(pointer, "expected a string, found " + describeType(value));
        return std::nullopt;
    }
    return value.get<std::string>();
}

std::optional<bool> readBool(const Json& value, const std::string& pointer, FileReport& report) {
    if (!value.is_boolean()) {
        report.add(pointer, "expected true or false, found " + describeType(value),
                   "write true or false without quotes");
        return std::nullopt;
    }
    return value.get<bool>();
}

std::optional<double> readNumber(const Json& value, const std::string& pointer, FileReport& report, double min,
                                 double max) {
    if (!value.is_number()) {
        report.add(pointer, "expected a number, found " + describeType(value),
                   value.is_string() ? "write the number without quotes" : "");
        return std::nullopt;
    }
    double v = value.get<double>();
    if (!std::isfinite(v) || v < min || v > max) {
        report.add(pointer, fieldName(pointer) + " is " + formatNumber(v) + "; allowed: " + formatNumber(min) + " to " +
                                formatNumber(max));
        return std::nullopt;
    }
    return v;
}

std::optional<double> readSeconds(const Json& value, const std::string& pointer, FileReport& report, double min,
                                  double max, std::string_view hint) {
    if (!value.is_number()) {
        report.add(pointer, "expected a number of seconds, found " + describeType(value),
                   value.is_string() ? "write the number without quotes, e.g. 30" : std::string(hint));
        return std::nullopt;
    }
    double v = value.get<double>();
    if (!std::isfinite(v) || v < min || v > max) {
        report.add(pointer,
                   fieldName(pointer) + " is " + formatNumber(v) + " s; allowed: " + formatNumber(min) + " to " +
                       formatNumber(max) + " s",
                   std::string(hint));
        return std::nullopt;
    }
    return v;
}

std::optional<int> readCount(const Json& value, const std::string& pointer, FileReport& report, int min, int max,
                             std::string_view hint) {
    if (!value.is_number()) {
        report.add(pointer, "expected a whole number, found " + describeType(value),
                   value.is_string() ? "write the number without quotes" : std::string(hint));
        return std::nullopt;
    }
    double v = value.get<double>();
    if (!std::isfinite(v) || v != std::floor(v)) {
        report.add(pointer, "expected a whole number, found " + formatNumber(v), std::string(hint));
        return std::nullopt;
    }
    if (v < min || v > max) {
        report.add(pointer,
                   fieldName(pointer) + " is " + formatNumber(v) + "; allowed: " + std::to_string(min) + " to " +
                       std::to_string(max),
                   std::string(hint));
        return std::nullopt;
    }
    return static_cast<int>(v);
}

std::optional<std::string> readChoice(const Json& value, const std::string& pointer, FileReport& report,
                                      std::span<const std::string_view> choices, std::string_view what) {
    auto text = readString(value, pointer, report);
    if (!text) return std::nullopt;
    for (std::string_view c : choices) {
        if (c == *text) return text;
    }
    std::string suggestion = closestMatch(*text, choices);
    report.add(pointer, "unknown " + std::string(what) + " " + inQuotes(*text),
               (suggestion.empty() ? std::string() : "did you mean " + inQuotes(suggestion) + "? ") +
                   "use one of: " + listChoices(choices));
    return std::nullopt;
}

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') return false;
    char previous = 0;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
        if (!ok) return false;
        previous = c;
    }
    return true;
}

std::optional<std::string> readId(const Json& value, const std::string& pointer, FileReport& report) {
    auto id = readString(value, pointer, report);
    if (!id) return std::nullopt;
    if (!isValidId(*id)) {
        report.add(pointer, "invalid id " + inQuotes(*id),
                   "use 1 to 64 lower-case letters, digits and single '-' between words, e.g. \"knee-to-chest\"");
        return std::nullopt;
    }
    return id;
}

std::optional<LocalizedText> readText(const Json& value, const std::string& pointer, FileReport& report) {
    if (!value.is_object()) {
        report.add(pointer, "expected a text with translations, found " + describeType(value),
                   "write it as {\"en\": \"...\"}, adding other languages as needed");
        return std::nullopt;
    }
    LocalizedText text;
    bool ok = true;
    for (const auto& [language, translation] : value.items()) {
        std::string at = pointer + "/" + pointerToken(language);
        if (!isLanguageTag(language)) {
            report.add(at, "invalid language tag " + inQuotes(language), "use a tag like \"en\", \"ru\" or \"pt-BR\"");
            ok = false;
            continue;
        }
        auto s = readString(translation, at, report);
        if (!s) {
            ok = false;
        } else if (s->find_first_not_of(" \t\r\n") == std::string::npos) {
            report.add(at, "empty text", "write the text, or remove this language");
            ok = false;
        } else {
            text.byLanguage[language] = *s;
        }
    }
    if (!value.contains("en")) {
        report.add(pointer, "missing English text (\"en\")", "every text needs English: {\"en\": \"...\"}");
        ok = false;
    }
    // A missing translation makes the pack invalid but not the text unreadable: the
    // other checks of the file still run on it.
    for (const std::string& language : report.requiredLanguages()) {
        if (language == "en" || value.contains(language)) continue;
        report.add(pointer, "missing " + inQuotes(language) + " text",
                   "translate it, or remove " + inQuotes(language) + " from \"languages\" in pack.json");
    }
    if (!ok) return std::nullopt;
    return text;
}

std::vector<LocalizedText> readTextList(const Json& value, const std::string& pointer, FileReport& report) {
    std::vector<LocalizedText> out;
    if (!value.is_array()) {
        report.add(pointer, "expected a list of texts, found " + describeType(value),
                   "write it as [{\"en\": \"...\"}, ...]");
        return out;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto text = readText(value[i], pointer + "/" + std::to_string(i), report)) out.push_back(*text);
    }
    return out;
}

std::vector<std::string> readStringList(const Json& value, const std::string& pointer, FileReport& report) {
    std::vector<std::string> out;
    if (!value.is_array()) {
        report.add(pointer, "expected a list of strings, found " + describeType(value), "write it as [\"...\", ...]");
        return out;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto s = readString(value[i], pointer + "/" + std::to_string(i), report)) out.push_back(*s);
    }
    return out;
}

}  // namespace mc
