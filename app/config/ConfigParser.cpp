// TOML -> Config. Each key is read on its own, so one bad value costs only that value;
// a line that is not valid TOML is reported, blanked and the rest of the file re-read.
#include <toml++/toml.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>

#include "config/ConfigLoad.h"
#include "config/ConfigText.h"

namespace mc {
namespace {

using Validator = std::function<std::optional<std::string>(const std::string&)>;

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

// Reads keys one by one, remembering which ones exist, so that everything else in the
// file can be reported as unknown (with a hint) at the end.
class Reader {
public:
    Reader(const toml::table& root, const std::string& file, std::vector<ConfigProblem>& problems)
        : root_(root), file_(file), problems_(problems) {}

    void problem(int line, const std::string& key, const std::string& message) {
        problems_.push_back({file_, line, key, message});
    }

    // The node at section.key (section "" = top level), or null. Registers the key as known.
    const toml::node* find(const std::string& section, const std::string& key) {
        known_.insert(section.empty() ? key : section + "." + key);
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

    void readInt(const std::string& section, const std::string& key, int& out, int min, int max) {
        const toml::node* node = find(section, key);
        if (!node) return;
        const auto* value = node->as_integer();
        if (!value || value->get() < min || value->get() > max) {
            fail(node, section, key,
                 "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max),
                 std::to_string(out));
            return;
        }
        out = static_cast<int>(value->get());
    }

    void readIntChoice(const std::string& section, const std::string& key, int& out, std::vector<int> choices) {
        const toml::node* node = find(section, key);
        if (!node) return;
        const auto* value = node->as_integer();
        if (!value || std::find(choices.begin(), choices.end(), value->get()) == choices.end()) {
            std::string list;
            for (size_t i = 0; i < choices.size(); ++i) {
                list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + std::to_string(choices[i]);
            }
            fail(node, section, key, "expected " + list, std::to_string(out));
            return;
        }
        out = static_cast<int>(value->get());
    }

    void readBool(const std::string& section, const std::string& key, bool& out) {
        const toml::node* node = find(section, key);
        if (!node) return;
        const auto* value = node->as_boolean();
        if (!value) {
            fail(node, section, key, "expected true or false", out ? "true" : "false");
            return;
        }
        out = value->get();
    }

    void readString(const std::string& section, const std::string& key, std::string& out,
                    const std::string& expected, const Validator& validate = nullptr) {
        const toml::node* node = find(section, key);
        if (!node) return;
        const auto* value = node->as_string();
        std::optional<std::string> why;
        if (!value) {
            why = expected;
        } else if (validate) {
            why = validate(value->get());
        }
        if (why) {
            fail(node, section, key, *why, quoted(out));
            return;
        }
        out = value->get();
    }

    // Lists keep their valid entries: one bad entry is reported and dropped.
    void readStringList(const std::string& section, const std::string& key, std::vector<std::string>& out,
                        const Validator& validate) {
        const toml::node* node = find(section, key);
        if (!node) return;
        const auto* array = node->as_array();
        if (!array) {
            fail(node, section, key, "expected a list of texts [\"...\", \"...\"]", "an empty list");
            return;
        }
        std::vector<std::string> values;
        for (size_t i = 0; i < array->size(); ++i) {
            const toml::node& item = *array->get(i);
            const auto* text = item.as_string();
            std::optional<std::string> why = text ? validate(text->get()) : std::optional<std::string>("expected a text");
            if (why) {
                problem(lineOf(&item), fullKey(section, key) + "[" + std::to_string(i) + "]",
                        *why + ", found " + describeNode(item) + "; this entry is ignored");
                continue;
            }
            values.push_back(text->get());
        }
        out = std::move(values);
    }

    void readPresenceMode(const std::string& section, const std::string& key, PresenceMode& out) {
        const toml::node* node = find(section, key);
        if (!node) return;
        const auto* value = node->as_string();
        for (PresenceMode mode : {PresenceMode::Off, PresenceMode::Input, PresenceMode::Gpio}) {
            if (value && value->get() == presenceModeName(mode)) {
                out = mode;
                return;
            }
        }
        fail(node, section, key, "expected \"off\", \"input\" or \"gpio\"", quoted(presenceModeName(out)));
    }

    // Everything in the file that no read asked for.
    void reportUnknownKeys(const std::set<std::string>& sections) {
        for (auto&& [key, node] : root_) {
            const std::string name(key.str());
            if (sections.count(name) && node.is_table()) {
                for (auto&& [inner, innerNode] : *node.as_table()) {
                    const std::string full = name + "." + std::string(inner.str());
                    if (!known_.count(full)) reportUnknown(full, static_cast<int>(inner.source().begin.line));
                }
            } else if (!known_.count(name) && !sections.count(name)) {
                reportUnknown(name, static_cast<int>(key.source().begin.line), node.is_table() ? &sections : nullptr);
            }
        }
    }

private:
    static std::string fullKey(const std::string& section, const std::string& key) {
        return section.empty() ? key : section + "." + key;
    }

    void fail(const toml::node* node, const std::string& section, const std::string& key, const std::string& expected,
              const std::string& fallback) {
        problem(lineOf(node), fullKey(section, key),
                expected + ", found " + describeNode(*node) + "; using the default " + fallback);
    }

    // `sections` is given for an unknown [section]: the hint is then a section name.
    void reportUnknown(const std::string& full, int line, const std::set<std::string>* sections = nullptr) {
        std::string message = sections ? "unknown section" : "unknown key";
        if (sections) {
            for (const std::string& section : *sections) {
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
    std::set<std::string> known_;
    std::set<std::string> badSections_;
};

std::optional<std::string> clockTime(const std::string& text) {
    if (text.empty() || parseClockTime(text) >= 0) return std::nullopt;
    return "expected a time of day \"HH:MM\" from \"00:00\" to \"23:59\" (or \"\" for none)";
}

std::optional<std::string> languageTag(const std::string& text) {
    if (isLanguageTag(text)) return std::nullopt;
    return "expected a language tag such as \"en\" or \"ru\"";
}

std::optional<std::string> httpUrl(const std::string& text) {
    if (text.empty() || text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0) return std::nullopt;
    return "expected an http:// or https:// address (or \"\" for no updates)";
}

std::optional<std::string> absolutePathOrEmpty(const std::string& text) {
    if (text.empty() || text.front() == '/') return std::nullopt;
    return "expected an absolute path starting with / (or \"\" for the default)";
}

std::optional<std::string> publicKey(const std::string& text) {
    const auto bytes = decodeBase64(text);
    if (bytes && bytes->size() == 32) return std::nullopt;
    return "expected an Ed25519 public key: 32 bytes in base64 (44 characters)";
}

void readAll(Reader& r, Config& c) {
    r.readString("", "language", c.language, "expected a language tag such as \"en\"", languageTag);

    r.readIntChoice("display", "rotation", c.display.rotation, {0, 90, 180, 270});
    r.readBool("display", "fullscreen", c.display.fullscreen);
    r.readInt("display", "fps_cap", c.display.fps_cap, 1, 240);
    r.readInt("display", "window_width", c.display.window_width, 160, 7680);
    r.readInt("display", "window_height", c.display.window_height, 120, 4320);

    const std::string path = "expected a path as text";
    r.readString("content", "bundled_path", c.content.bundled_path, path);
    r.readString("content", "state_dir", c.content.state_dir, path, absolutePathOrEmpty);
    r.readString("content", "manifest_url", c.content.manifest_url, "expected an address as text", httpUrl);
    r.readStringList("content", "public_keys", c.content.public_keys, publicKey);
    r.readInt("content", "poll_interval_s", c.content.poll_interval_s, 60, 7 * 24 * 3600);
    r.readString("content", "ca_file", c.content.ca_file, path, absolutePathOrEmpty);

    r.readInt("sound", "volume", c.sound.volume, 0, 100);
    r.readBool("sound", "mute", c.sound.mute);
    r.readBool("sound", "speech", c.sound.speech);
    r.readBool("sound", "counting", c.sound.counting);
    r.readString("sound", "voice", c.sound.voice, "expected a voice name as text");

    r.readString("schedule", "sleep", c.schedule.sleep, "expected a time of day as text \"HH:MM\"", clockTime);
    r.readString("schedule", "wake", c.schedule.wake, "expected a time of day as text \"HH:MM\"", clockTime);
    r.readInt("schedule", "idle_timeout_s", c.schedule.idle_timeout_s, 0, 7 * 24 * 3600);
    r.readString("schedule", "display_off_command", c.schedule.display_off_command, "expected a shell command as text");
    r.readString("schedule", "display_on_command", c.schedule.display_on_command, "expected a shell command as text");
    r.readInt("schedule", "command_timeout_s", c.schedule.command_timeout_s, 1, 300);

    r.readPresenceMode("presence", "mode", c.presence.mode);
    r.readString("presence", "gpio_chip", c.presence.gpio_chip, "expected a chip name such as \"gpiochip0\"");
    r.readInt("presence", "gpio_line", c.presence.gpio_line, 0, 1023);
    r.readBool("presence", "active_low", c.presence.active_low);

    r.readInt("progress", "weekly_goal", c.progress.weekly_goal, 1, 21);
}

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
    readAll(reader, load.config);
    checkSchedulePair(*root, load.config, reader);
    reader.reportUnknownKeys({"display", "content", "sound", "schedule", "presence", "progress"});
    std::stable_sort(load.problems.begin(), load.problems.end(),
                     [](const ConfigProblem& a, const ConfigProblem& b) { return a.line < b.line; });
    return load;
}

std::string ConfigProblem::describe() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
    if (!key.empty()) out += key + ": ";
    return out + message;
}

}  // namespace mc
