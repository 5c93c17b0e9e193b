#pragma once
#include "locale/LanguageTag.h"
// Typed, checked reading of JSON values for the pack parsers. Each reader reports
// what is wrong (with the field's JSON pointer and line) and returns nothing, so a
// parser goes on and finds the next problem instead of stopping at the first.
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "content/JsonLocator.h"
#include "content/Problem.h"
#include "core/Content.h"

namespace mc {

using Json = nlohmann::json;

// The problems of one file; adds the line of each field from the file's text.
class FileReport {
public:
    FileReport(std::string file, const JsonLocator& locator, std::vector<Problem>& out)
        : file_(std::move(file)), locator_(locator), out_(out) {}

    void add(const std::string& pointer, std::string message, std::string hint = {});
    // For when the line is known better than the pointer's (a repeated key).
    void addAtLine(int line, const std::string& pointer, std::string message, std::string hint = {});
    const std::string& file() const { return file_; }
    int lineOf(const std::string& pointer) const { return locator_.lineOf(pointer); }

    // The languages every text of the file must have (the pack's "languages").
    void requireLanguages(std::vector<std::string> languages) { languages_ = std::move(languages); }
    const std::vector<std::string>& requiredLanguages() const { return languages_; }

private:
    std::string file_;
    const JsonLocator& locator_;
    std::vector<Problem>& out_;
    std::vector<std::string> languages_;
};

// A JSON object whose members are checked against the fields it may have.
class JsonObject {
public:
    // Reports when `value` is not an object (`what` names it: "an exercise") and
    // every member that is not one of `keys`, suggesting the closest one
    // (`memberNoun` names them in that message: "field", "pose segment").
    JsonObject(const Json& value, std::string pointer, FileReport& report, std::span<const std::string_view> keys,
               std::string_view what, std::string_view memberNoun = "field");

    bool valid() const { return valid_; }
    const Json* find(std::string_view key) const;
    // Like find(), and reports the field as missing when it is absent.
    const Json* require(std::string_view key, std::string hint = {}) const;
    std::string pointer(std::string_view key) const { return pointer_ + "/" + pointerToken(key); }
    const std::string& pointer() const { return pointer_; }
    FileReport& report() const { return report_; }

private:
    const Json& value_;
    std::string pointer_;
    FileReport& report_;
    bool valid_ = false;
};

// The JSON type name for messages: "a string", "a number", "an object", ...
std::string describeType(const Json& value);
// A number as a person writes it: 30, 1.5, -2.
std::string formatNumber(double value);

std::optional<std::string> readString(const Json& value, const std::string& pointer, FileReport& report);
std::optional<bool> readBool(const Json& value, const std::string& pointer, FileReport& report);
// A number of seconds within [min, max]; `hint` says what the value is for.
std::optional<double> readSeconds(const Json& value, const std::string& pointer, FileReport& report, double min,
                                  double max, std::string_view hint);
// A whole number within [min, max].
std::optional<int> readCount(const Json& value, const std::string& pointer, FileReport& report, int min, int max,
                             std::string_view hint);
// A plain number within [min, max] (figure coordinates, angles).
std::optional<double> readNumber(const Json& value, const std::string& pointer, FileReport& report, double min,
                                 double max);
// One of `choices` (`what` names the kind: "category").
std::optional<std::string> readChoice(const Json& value, const std::string& pointer, FileReport& report,
                                      std::span<const std::string_view> choices, std::string_view what);
// An id: lower-case letters, digits and single '-' between them.
std::optional<std::string> readId(const Json& value, const std::string& pointer, FileReport& report);
// {"en": "...", "ru": "..."}: English required, language tags checked, and every
// language of report.requiredLanguages() present (a missing one is reported, the text still read).
std::optional<LocalizedText> readText(const Json& value, const std::string& pointer, FileReport& report);
std::vector<LocalizedText> readTextList(const Json& value, const std::string& pointer, FileReport& report);
std::vector<std::string> readStringList(const Json& value, const std::string& pointer, FileReport& report);

bool isValidId(std::string_view id);

}  // namespace mc
