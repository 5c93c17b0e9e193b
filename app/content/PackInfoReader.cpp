#include <climits>
#include <cmath>

#include "content/FileReaders.h"
#include "content/Vocabulary.h"

namespace mc {

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
    if (const Json* v = object.require("title", "the pack's name, {\"en\": \"...\"}")) {
        if (auto t = readText(*v, "/title", report)) pack.title = *t;
    }
    if (const Json* v = object.find("safety")) pack.safety = readTextList(*v, "/safety", report);
    return formatSupported;
}

}  // namespace mc
