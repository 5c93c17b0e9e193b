#include <algorithm>
#include <climits>
#include <cmath>

#include "content/FileReaders.h"
#include "content/Vocabulary.h"

namespace mc {

namespace {
// "languages": the tags every text must have. Unusable entries are reported and left
// out, so the texts are still checked for the rest.
void readLanguages(const Json& value, FileReport& report, ContentPack& pack) {
    const std::string hint = "list the language tags every text has, e.g. [\"en\", \"ru\"]";
    if (!value.is_array() || value.empty()) {
        report.add("/languages",
                   value.is_array() ? std::string("no languages listed")
                                    : "expected a list of language tags, found " + describeType(value),
                   hint);
        return;
    }
    std::vector<std::string> languages;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string at = "/languages/" + std::to_string(i);
        auto tag = readString(value[i], at, report);
        if (!tag) continue;
        if (!isLanguageTag(*tag)) {
            report.add(at, "invalid language tag \"" + *tag + "\"", "use a tag like \"en\" or \"ru\"");
        } else if (std::find(languages.begin(), languages.end(), *tag) != languages.end()) {
            report.add(at, "language \"" + *tag + "\" is listed twice", "list each language once");
        } else {
            languages.push_back(*tag);
        }
    }
    if (std::find(languages.begin(), languages.end(), pack.language) == languages.end()) {
        report.add("/languages", "the pack's language \"" + pack.language + "\" is not among its languages",
                   "add it to \"languages\", or change \"language\"");
        languages.push_back(pack.language);
    }
    pack.languages = std::move(languages);
}
}  // namespace

bool readPackInfo(const Json& root, FileReport& report, ContentPack& pack) {
    JsonObject object(root, "", report, vocabulary::kPackKeys, "the pack description");
    if (!object.valid()) return true;
    bool formatSupported = true;
    const std::string supported = std::to_string(vocabulary::kFormatVersion);
    if (const Json* v = object.require("format", "add \"format\": " + supported)) {
        double n = v->is_number() ? v->get<double>() : 0.5;
        if (!std::isfinite(n) || n != std::floor(n)) {
            report.add("/format", "expected the format version as a whole number, found " + describeType(*v),
                       "write \"format\": " + supported);
        } else if (n != vocabulary::kFormatVersion) {
            report.add("/format",
                       "format version " + formatNumber(n) + " is not supported; this mirrorcoach reads format " +
                           supported,
                       "update mirrorcoach to read this pack, or write it in format " + supported +
                           " (docs/content-format.md)");
            formatSupported = false;
        } else {
            pack.formatVersion = vocabulary::kFormatVersion;
        }
    }
    if (const Json* v = object.require("id", "a stable name for the pack, e.g. \"mirrorcoach-core\"")) {
        if (auto id = readId(*v, "/id", report)) pack.id = *id;
    }
    if (const Json* v = object.require("version", "start at \"version\": 1 and raise it with every publication")) {
        bool whole =
            v->is_number() && std::isfinite(v->get<double>()) && v->get<double>() == std::floor(v->get<double>());
        if (!whole || v->get<double>() < 1 || v->get<double>() > INT_MAX) {
            std::string found = v->is_number() ? formatNumber(v->get<double>()) : describeType(*v);
            report.add("/version", "the pack version must be a positive whole number, found " + found,
                       "use 1 for the first publication and raise it by one with each new one");
        } else {
            pack.version = std::to_string(v->get<long long>());
        }
    }
    if (const Json* v = object.find("language")) {
        if (auto tag = readString(*v, "/language", report)) {
            if (isLanguageTag(*tag))
                pack.language = *tag;
            else
                report.add("/language", "invalid language tag \"" + *tag + "\"", "use a tag like \"en\" or \"ru\"");
        }
    }
    pack.languages = {pack.language};
    if (const Json* v = object.find("languages")) readLanguages(*v, report, pack);
    report.requireLanguages(pack.languages);
    if (const Json* v = object.require("title", "the pack's name, {\"en\": \"...\"}")) {
        if (auto t = readText(*v, "/title", report)) pack.title = *t;
    }
    if (const Json* v = object.find("safety")) pack.safety = readTextList(*v, "/safety", report);
    return formatSupported;
}

}  // namespace mc
