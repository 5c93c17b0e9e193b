#include "config/ConfigProfiles.h"

#include <algorithm>
#include <array>

#include "config/ConfigText.h"
#include "core/Audience.h"

namespace mc {
namespace {

constexpr std::array<const char*, 7> kKeys{"situation", "trimester", "weeks_since_birth", "equipment",
                                           "level",     "programme", "language"};

int lineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

std::string choices(const auto& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "\"" : ", \"") + std::string(n) + "\"";
    return out;
}

class SectionReader {
public:
    SectionReader(const std::string& file, const std::string& name, std::vector<ConfigProblem>& problems)
        : file_(file), prefix_(std::string(kProfileSection) + "." + name + "."), problems_(problems) {}

    void problem(const toml::node& node, const std::string& key, const std::string& message) {
        problems_.push_back({file_, lineOf(node), prefix_ + key, message});
    }

    std::optional<std::string> text(const toml::table& t, const char* key, bool (*valid)(const std::string&),
                                    const std::string& expected) {
        const toml::node* node = t.get(key);
        if (!node) return std::nullopt;
        const auto* value = node->as_string();
        if (!value || !valid(value->get())) {
            problem(*node, key, "expected " + expected + "; the profile keeps its own");
            return std::nullopt;
        }
        return value->get();
    }

    std::optional<int> number(const toml::table& t, const char* key, int min, int max) {
        const toml::node* node = t.get(key);
        if (!node) return std::nullopt;
        const auto* value = node->as_integer();
        if (!value || value->get() < min || value->get() > max) {
            problem(*node, key, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                                    "; the profile keeps its own");
            return std::nullopt;
        }
        return static_cast<int>(value->get());
    }

    std::optional<std::vector<std::string>> equipment(const toml::table& t) {
        const toml::node* node = t.get("equipment");
        if (!node) return std::nullopt;
        const auto* array = node->as_array();
        if (!array) {
            problem(*node, "equipment", "expected a list such as [\"chair\", \"dumbbells\"]; the profile keeps its own");
            return std::nullopt;
        }
        std::vector<std::string> items;
        for (size_t i = 0; i < array->size(); ++i) {
            const toml::node& item = *array->get(i);
            const auto* value = item.as_string();
            const bool known = value && std::find(kEquipmentAtHand.begin(), kEquipmentAtHand.end(), value->get()) !=
                                            kEquipmentAtHand.end();
            if (!known) {
                std::string message = "expected one of " + choices(kEquipmentAtHand);
                if (value) message += nearest(value->get(), kEquipmentAtHand);
                problem(item, "equipment[" + std::to_string(i) + "]", message + "; this entry is ignored");
                continue;
            }
            if (std::find(items.begin(), items.end(), value->get()) == items.end()) items.push_back(value->get());
        }
        return items;
    }

    void reportUnknown(const toml::table& t) {
        for (auto&& [key, node] : t) {
            const std::string name(key.str());
            if (std::find_if(kKeys.begin(), kKeys.end(), [&](const char* k) { return name == k; }) != kKeys.end())
                continue;
            problems_.push_back({file_, static_cast<int>(key.source().begin.line), prefix_ + name,
                                 "unknown key" + nearest(name, kKeys) + " (ignored)"});
        }
    }

    // "; did you mean ...?" for the closest name, or "".
    static std::string nearest(const std::string& name, const auto& names) {
        std::string best;
        size_t bestDistance = std::max<size_t>(2, name.size() / 4) + 1;
        for (const auto& candidate : names) {
            const size_t d = editDistance(name, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best.empty() ? "" : "; did you mean " + best + "?";
    }

private:
    const std::string& file_;
    std::string prefix_;
    std::vector<ConfigProblem>& problems_;
};

bool isSituation(const std::string& s) { return situationFromName(s).has_value(); }
bool isLevel(const std::string& s) { return levelFromName(s).has_value(); }
bool isProgrammeId(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}
bool isLanguage(const std::string& s) { return s.empty() || isLanguageTag(s); }

constexpr std::array<std::string_view, 7> kSituationNames{"general",        "back-pain-acute", "back-pain-recovering",
                                                          "herniated-disc", "pregnancy",       "postpartum",
                                                          "strength"};

}  // namespace

std::vector<ProfileConfig> readProfileSections(const toml::table& root, const std::string& file,
                                               std::vector<ConfigProblem>& problems) {
    std::vector<std::pair<int, ProfileConfig>> found;
    const toml::node* section = root.get(kProfileSection);
    if (!section) return {};
    if (!section->is_table()) {
        problems.push_back({file, lineOf(*section), kProfileSection,
                            "expected sections [profile.<name>], found a value; no profile is read"});
        return {};
    }
    for (auto&& [key, node] : *section->as_table()) {
        const std::string name(key.str());
        if (!node.is_table() || name.empty()) {
            problems.push_back({file, lineOf(node), std::string(kProfileSection) + "." + name,
                                "expected a section [profile." + name + "] with the person's settings (ignored)"});
            continue;
        }
        const toml::table& t = *node.as_table();
        SectionReader r(file, name, problems);
        ProfileConfig p;
        p.name = name;
        p.situation = r.text(t, "situation", isSituation, "one of " + choices(kSituationNames));
        p.trimester = r.number(t, "trimester", 1, 3);
        p.weeks_since_birth = r.number(t, "weeks_since_birth", 0, 520);
        p.equipment = r.equipment(t);
        p.level = r.text(t, "level", isLevel, "\"gentle\", \"beginner\" or \"intermediate\"");
        p.programme = r.text(t, "programme", isProgrammeId, "a programme id such as \"strong-back\" (or \"\" for none)");
        p.language = r.text(t, "language", isLanguage, "a language tag such as \"en\" or \"ru\" (or \"\")");
        r.reportUnknown(t);
        found.emplace_back(static_cast<int>(key.source().begin.line), std::move(p));
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<ProfileConfig> out;
    for (auto& [line, p] : found) out.push_back(std::move(p));
    return out;
}

std::string formatProfileSections(const std::vector<ProfileConfig>& profiles) {
    std::string out;
    for (const ProfileConfig& p : profiles) {
        out += "\n[" + std::string(kProfileSection) + "." + tomlQuoted(p.name) + "]\n";
        if (p.situation) out += "situation = " + tomlQuoted(*p.situation) + "\n";
        if (p.trimester) out += "trimester = " + std::to_string(*p.trimester) + "\n";
        if (p.weeks_since_birth) out += "weeks_since_birth = " + std::to_string(*p.weeks_since_birth) + "\n";
        if (p.equipment) {
            out += "equipment = [";
            for (size_t i = 0; i < p.equipment->size(); ++i) out += (i ? ", " : "") + tomlQuoted((*p.equipment)[i]);
            out += "]\n";
        }
        if (p.level) out += "level = " + tomlQuoted(*p.level) + "\n";
        if (p.programme) out += "programme = " + tomlQuoted(*p.programme) + "\n";
        if (p.language) out += "language = " + tomlQuoted(*p.language) + "\n";
    }
    return out;
}

}  // namespace mc
