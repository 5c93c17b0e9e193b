// TOML -> Config, key by key as the table in ConfigKeys lists them, so one bad value costs
// only that value; a line that is not valid TOML is reported, blanked and the rest of the
// file re-read.
#include <toml++/toml.h>

#include <algorithm>
#include <optional>
#include <set>
#include <variant>

#include "config/ConfigKeys.h"
#include "config/ConfigLoad.h"
#include "config/ConfigProfiles.h"
#include "config/ConfigText.h"
#include "log/Log.h"

namespace mc {
namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string describeNode(const toml::node& node) {
    if (auto* s = node.as_string()) return "the text " + quoted(s->get());
    if (auto* i = node.as_integer()) return std::to_string(i->get());
    if (auto* b = node.as_boolean()) return b->get() ? "true" : "false";
    if (node.is_floating_point()) return "a decimal number";
    if (node.is_array()) return "a list";
    if (node.is_table()) return "a table";
    return "a date or time";
}

int lineOf(const toml::node* node) { return node ? static_cast<int>(node->source().begin.line) : 0; }

// Reads the keys of the table one by one; everything else in the file is reported as
// unknown (with a hint to the nearest known key) at the end.
class Reader {
public:
    Reader(const toml::table& root, const std::string& file, std::vector<ConfigProblem>& problems)
        : root_(root), file_(file), problems_(problems) {
        for (const ConfigKey& key : configKeys()) known_.insert(key.fullName());
        for (const std::string& section : configSections()) sections_.insert(section);
    }

    void problem(int line, const std::string& key, const std::string& message) {
        problems_.push_back({file_, line, key, message});
    }

    // Reads `key` into `config` when the file sets it; a bad value is reported and the
    // value already in `config` (the default) kept.
    void read(const ConfigKey& key, Config& config) {
        const toml::node* node = find(key.section, key.name);
        if (!node) return;
        std::visit([&](const auto& rule) { readValue(key, *node, rule, config); }, key.value);
    }

    // Everything in the file that is not in the table.
    void reportUnknownKeys() {
        for (auto&& [key, node] : root_) {
            const std::string name(key.str());
            if (sections_.count(name) && node.is_table()) {
                for (auto&& [inner, innerNode] : *node.as_table()) {
                    const std::string full = name + "." + std::string(inner.str());
                    if (!known_.count(full)) reportUnknown(full, static_cast<int>(inner.source().begin.line));
                }
            } else if (!known_.count(name) && !sections_.count(name) && name != kProfileSection) {
                reportUnknown(name, static_cast<int>(key.source().begin.line), node.is_table());
            }
        }
    }

private:
    // The node at section.key (section "" = top level), or null.
    const toml::node* find(const std::string& section, const std::string& key) {
        if (section.empty()) return root_.get(key);
        const toml::node* table = root_.get(section);
        if (!table) return nullptr;
        if (!table->is_table()) {
            if (badSections_.insert(section).second) {
                problem(lineOf(table), section, "expected a section [" + section + "], found " +
                                                    describeNode(*table) + "; using the defaults of the section");
            }
            return nullptr;
        }
        return table->as_table()->get(key);
    }

    void readValue(const ConfigKey& key, const toml::node& node, const IntegerRange& rule, Config& config) {
        int& out = rule.field(config);
        const auto* value = node.as_integer();
        if (!value || value->get() < rule.min || value->get() > rule.max) {
            fail(node, key,
                 "expected a whole number from " + std::to_string(rule.min) + " to " + std::to_string(rule.max),
                 std::to_string(out));
            return;
        }
        out = static_cast<int>(value->get());
    }

    void readValue(const ConfigKey& key, const toml::node& node, const IntegerChoice& rule, Config& config) {
        int& out = rule.field(config);
        const auto& choices = rule.choices;
        const auto* value = node.as_integer();
        if (!value || std::find(choices.begin(), choices.end(), value->get()) == choices.end()) {
            std::string list;
            for (size_t i = 0; i < choices.size(); ++i) {
                list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + std::to_string(choices[i]);
            }
            fail(node, key, "expected " + list, std::to_string(out));
            return;
        }
        out = static_cast<int>(value->get());
    }

    void readValue(const ConfigKey& key, const toml::node& node, const Flag& rule, Config& config) {
        bool& out = rule.field(config);
        const auto* value = node.as_boolean();
        if (!value) {
            fail(node, key, "expected true or false", out ? "true" : "false");
            return;
        }
        out = value->get();
    }

    void readValue(const ConfigKey& key, const toml::node& node, const Text& rule, Config& config) {
        std::string& out = rule.field(config);
        const auto* value = node.as_string();
        std::optional<std::string> why;
        if (!value) {
            why = rule.expected;
        } else if (rule.check) {
            why = rule.check(value->get());
        }
        if (why) {
            fail(node, key, *why, quoted(out));
            return;
        }
        out = value->get();
    }

    // Lists keep their valid entries: one bad entry is reported and dropped.
    void readValue(const ConfigKey& key, const toml::node& node, const TextList& rule, Config& config) {
        const auto* array = node.as_array();
        if (!array) {
            fail(node, key, "expected a list of texts [\"...\", \"...\"]", "an empty list");
            return;
        }
        std::vector<std::string> values;
        for (size_t i = 0; i < array->size(); ++i) {
            const toml::node& item = *array->get(i);
            const auto* text = item.as_string();
            const std::optional<std::string> why =
                text ? rule.check(text->get()) : std::optional<std::string>("expected a text");
            if (why) {
                problem(lineOf(&item), key.fullName() + "[" + std::to_string(i) + "]",
                        *why + ", found " + describeNode(item) + "; this entry is ignored");
                continue;
            }
            values.push_back(text->get());
        }
        rule.field(config) = std::move(values);
    }

    void readValue(const ConfigKey& key, const toml::node& node, const PresenceModeChoice& rule, Config& config) {
        PresenceMode& out = rule.field(config);
        const auto* value = node.as_string();
        for (PresenceMode mode : {PresenceMode::Off, PresenceMode::Input, PresenceMode::Gpio}) {
            if (value && value->get() == presenceModeName(mode)) {
                out = mode;
                return;
            }
        }
        fail(node, key, "expected \"off\", \"input\" or \"gpio\"", quoted(presenceModeName(out)));
    }

    void fail(const toml::node& node, const ConfigKey& key, const std::string& expected, const std::string& fallback) {
        problem(lineOf(&node), key.fullName(),
                expected + ", found " + describeNode(node) + "; using the default " + fallback);
    }

    // For an unknown [section] the hint is a section name, for a key the nearest key.
    void reportUnknown(const std::string& full, int line, bool isSection = false) {
        std::string message = isSection ? "unknown section" : "unknown key";
        if (isSection) {
            for (const std::string& section : sections_) {
                if (editDistance(full, section) <= 2) message += "; did you mean [" + section + "]?";
            }
        } else if (auto hint = closestKnownKey(full)) {
            message += "; did you mean " + *hint + "?";
        }
        message += " (ignored)";
        problem(line, full, message);
    }

    std::optional<std::string> closestKnownKey(const std::string& unknown) const {
        const std::string bare = unknown.substr(unknown.rfind('.') == std::string::npos ? 0 : unknown.rfind('.') + 1);
        std::optional<std::string> best;
        size_t bestDistance = std::max<size_t>(2, unknown.size() / 4) + 1;
        for (const std::string& candidate : known_) {
            const std::string candidateBare =
                candidate.substr(candidate.rfind('.') == std::string::npos ? 0 : candidate.rfind('.') + 1);
            // The right key in the wrong section is the likeliest mistake of all.
            const size_t distance = candidateBare == bare ? 0 : editDistance(unknown, candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    const toml::table& root_;
    const std::string& file_;
    std::vector<ConfigProblem>& problems_;
    std::set<std::string> known_;     // sorted, so hints do not depend on table order
    std::set<std::string> sections_;
    std::set<std::string> badSections_;
};

// A sleep time without a wake time (or the reverse) cannot make a window.
void checkSchedulePair(const toml::table& root, Config& c, Reader& r) {
    if (c.schedule.sleep.empty() == c.schedule.wake.empty()) return;
    const toml::node* node = root.at_path("schedule.sleep").node();
    if (!node) node = root.at_path("schedule.wake").node();
    r.problem(lineOf(node), "schedule", "sleep and wake must both be set or both be \"\"; using no schedule");
    c.schedule.sleep.clear();
    c.schedule.wake.clear();
}

}  // namespace

ConfigLoad parseConfig(std::string_view text, const std::string& fileName) {
    ConfigLoad load;
    std::vector<std::string> lines = splitLines(text);
    std::optional<toml::table> root;
    // Each pass removes the line the parser stopped at; a broken file still yields its good keys.
    for (int attempt = 0; attempt < 25 && !root; ++attempt) {
        try {
            root = toml::parse(joinLines(lines), fileName);
        } catch (const toml::parse_error& error) {
            const int line = static_cast<int>(error.source().begin.line);
            if (line < 1 || line > static_cast<int>(lines.size())) {
                load.problems.push_back({fileName, line, "", "not valid TOML (" + std::string(error.description()) +
                                                                 "); using the defaults for the whole file"});
                return load;
            }
            const bool header = isSectionHeader(lines[line - 1]);
            load.problems.push_back({fileName, line, keyOnLine(lines, line),
                                     "not valid TOML (" + std::string(error.description()) + "); this " +
                                         (header ? "section is" : "line is") + " ignored"});
            blankBrokenLines(lines, line);
        }
    }
    if (!root) {
        load.problems.push_back({fileName, 0, "", "too many errors; using the defaults for the whole file"});
        return load;
    }
    Reader reader(*root, fileName, load.problems);
    for (const ConfigKey& key : configKeys()) reader.read(key, load.config);
    checkSchedulePair(*root, load.config, reader);
    load.config.profiles = readProfileSections(*root, fileName, load.problems);
    reader.reportUnknownKeys();
    std::stable_sort(load.problems.begin(), load.problems.end(),
                     [](const ConfigProblem& a, const ConfigProblem& b) { return a.line < b.line; });
    return load;
}

void logConfigProblems(const ConfigLoad& load) {
    for (const ConfigProblem& problem : load.problems) logWarning("config", problem.describe());
}

std::string ConfigProblem::describe() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
    if (!key.empty()) out += key + ": ";
    return out + message;
}

}  // namespace mc
