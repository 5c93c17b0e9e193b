#include "content/AudienceReader.h"

#include "content/Suggestion.h"
#include "content/Vocabulary.h"

namespace mc {
namespace {

// A "from_x"/"to_x" pair: each within [min, max], from <= to; only for `only`.
void readRange(const JsonObject& entry, std::string_view fromKey, std::string_view toKey, int min, int max,
               std::optional<Situation> situation, Situation only, std::optional<int>& from, std::optional<int>& to,
               bool& ok) {
    FileReport& report = entry.report();
    for (auto [key, out] : {std::pair{fromKey, &from}, std::pair{toKey, &to}}) {
        const Json* v = entry.find(key);
        if (!v) continue;
        if (situation && *situation != only) {
            report.add(entry.pointer(key),
                       std::string(key) + " applies only to \"" + std::string(situationName(only)) + "\"",
                       "remove it, or set \"situation\": \"" + std::string(situationName(only)) + "\"");
            ok = false;
            continue;
        }
        const std::string hint = std::string(key) + ": " + std::to_string(min) + " to " + std::to_string(max);
        if (auto n = readCount(*v, entry.pointer(key), report, min, max, hint)) *out = *n;
        else ok = false;
    }
    if (from && to && *from > *to) {
        report.add(entry.pointer(fromKey),
                   std::string(fromKey) + " " + std::to_string(*from) + " is after " + std::string(toKey) + " " +
                       std::to_string(*to),
                   "the range is inclusive and runs from the smaller to the larger number");
        ok = false;
    }
}

// One entry of "suits" (a situation name, or an object) or of "avoid" (an object with a reason).
std::optional<AudienceExclusion> readEntry(const Json& value, const std::string& pointer, FileReport& report,
                                           bool needsReason) {
    if (value.is_string() && !needsReason) {
        auto name = readChoice(value, pointer, report, vocabulary::kSituations, "situation");
        if (!name) return std::nullopt;
        return AudienceExclusion{AudienceCondition{*situationFromName(*name)}, {}};
    }
    if (value.is_string()) {
        report.add(pointer, "an avoid entry needs the reason the person is shown",
                   "write it as {\"situation\": " + value.dump() + ", \"reason\": {\"en\": \"...\", \"ru\": \"...\"}}");
        return std::nullopt;
    }
    const std::span<const std::string_view> keys =
        needsReason ? std::span<const std::string_view>(vocabulary::kAvoidKeys)
                    : std::span<const std::string_view>(vocabulary::kConditionKeys);
    JsonObject entry(value, pointer, report, keys, needsReason ? "an avoid entry" : "a situation");
    if (!entry.valid()) return std::nullopt;
    AudienceExclusion out;
    bool ok = true;
    std::optional<Situation> situation;
    if (const Json* v = entry.require("situation", "one of: " + listChoices(vocabulary::kSituations))) {
        if (auto name = readChoice(*v, entry.pointer("situation"), report, vocabulary::kSituations, "situation"))
            situation = situationFromName(*name);
        else ok = false;
    } else {
        ok = false;
    }
    AudienceCondition& c = out.when;
    readRange(entry, "from_trimester", "to_trimester", 1, 3, situation, Situation::Pregnancy, c.fromTrimester,
              c.toTrimester, ok);
    readRange(entry, "from_week", "to_week", 0, limits::kWeeksSinceBirthMax, situation, Situation::Postpartum,
              c.fromWeek, c.toWeek, ok);
    if (needsReason) {
        if (const Json* v = entry.require("reason", "what the person is told, {\"en\": \"...\", \"ru\": \"...\"}")) {
            if (auto t = readText(*v, entry.pointer("reason"), report)) out.reason = *t;
            else ok = false;
        } else {
            ok = false;
        }
    }
    if (!ok || !situation) return std::nullopt;
    c.situation = *situation;
    return out;
}

template <typename Add>
void readList(const JsonObject& object, std::string_view key, std::string_view example, Add&& add) {
    const Json* v = object.find(key);
    if (!v) return;
    FileReport& report = object.report();
    if (!v->is_array() || v->empty()) {
        report.add(object.pointer(key),
                   v->is_array() ? "an empty list: leave \"" + std::string(key) + "\" out instead"
                                 : "expected a list, found " + describeType(*v),
                   "write it as " + std::string(example));
        return;
    }
    for (std::size_t i = 0; i < v->size(); ++i) add((*v)[i], object.pointer(key) + "/" + std::to_string(i));
}

}  // namespace

Suitability readSuitability(const JsonObject& object) {
    Suitability s;
    FileReport& report = object.report();
    readList(object, "suits", "[\"pregnancy\", {\"situation\": \"postpartum\", \"from_week\": 6}]",
             [&](const Json& value, const std::string& pointer) {
                 if (auto e = readEntry(value, pointer, report, false)) s.suits.push_back(e->when);
             });
    readList(object, "avoid",
             "[{\"situation\": \"pregnancy\", \"from_trimester\": 2, \"reason\": {\"en\": \"...\", \"ru\": \"...\"}}]",
             [&](const Json& value, const std::string& pointer) {
                 if (auto e = readEntry(value, pointer, report, true)) s.avoid.push_back(*e);
             });
    if (const Json* v = object.find("min_level")) {
        if (auto l = readChoice(*v, object.pointer("min_level"), report, vocabulary::kMinLevels, "level"))
            s.minLevel = levelFromName(*l);
    }
    return s;
}

}  // namespace mc
