#include "config/ConfigKeys.h"

#include <cctype>

#include "config/ConfigText.h"

namespace mc {
namespace {

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

std::optional<std::string> ipAddress(const std::string& text) {
    // Dotted IPv4 or IPv6 hex groups; the server reports an address it cannot bind.
    bool ok = !text.empty() && text.size() <= 45;
    for (char c : text)
        if (!std::isxdigit(static_cast<unsigned char>(c)) && c != '.' && c != ':') ok = false;
    if (ok) return std::nullopt;
    return "expected an IP address such as \"0.0.0.0\" (all) or \"192.168.1.20\"";
}

std::optional<std::string> httpUrlOrEmpty(const std::string& text) {
    if (text.empty() || text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0) return std::nullopt;
    return "expected an http:// or https:// address (or \"\" to use this machine's address)";
}

constexpr int kWeekSeconds = 7 * 24 * 3600;
constexpr const char* kPath = "expected a path as text";
constexpr const char* kClock = "expected a time of day as text \"HH:MM\"";
constexpr const char* kCommand = "expected a shell command as text";

std::vector<ConfigKey> makeTable() {
    // clang-format off
    return {
        {"", "language", "Language of the texts and of the spoken cues (a tag such as \"en\" or \"ru\").",
         Text{[](Config& c) -> std::string& { return c.language; }, "expected a language tag such as \"en\"",
              languageTag}},

        {"display", "rotation", "Screen rotation in degrees clockwise: 0, 90, 180 or 270.",
         IntegerChoice{[](Config& c) -> int& { return c.display.rotation; }, {0, 90, 180, 270}}},
        {"display", "fullscreen", "true: fill the screen; false: a window of window_width x window_height.",
         Flag{[](Config& c) -> bool& { return c.display.fullscreen; }}},
        {"display", "fps_cap", "Upper bound on redraws per second (1..240).",
         IntegerRange{[](Config& c) -> int& { return c.display.fps_cap; }, 1, 240}},
        {"display", "window_width", "Window width in pixels when fullscreen = false (160..7680).",
         IntegerRange{[](Config& c) -> int& { return c.display.window_width; }, 160, 7680}},
        {"display", "window_height", "Window height in pixels when fullscreen = false (120..4320).",
         IntegerRange{[](Config& c) -> int& { return c.display.window_height; }, 120, 4320}},

        {"content", "bundled_path", "Folder of the bundled content pack; \"\": the pack installed with the package.",
         Text{[](Config& c) -> std::string& { return c.content.bundled_path; }, kPath}},
        {"content", "state_dir", "Where downloaded content and progress are kept; \"\": the standard place.",
         Text{[](Config& c) -> std::string& { return c.content.state_dir; }, kPath, absolutePathOrEmpty}},
        {"content", "manifest_url", "Address of the update manifest; \"\": no remote updates.",
         Text{[](Config& c) -> std::string& { return c.content.manifest_url; }, "expected an address as text",
              httpUrl}},
        {"content", "public_keys", "Ed25519 public keys (base64) trusted to sign content.",
         TextList{[](Config& c) -> std::vector<std::string>& { return c.content.public_keys; }, publicKey}},
        {"content", "poll_interval_s", "Seconds between two checks for new content (60..604800).",
         IntegerRange{[](Config& c) -> int& { return c.content.poll_interval_s; }, 60, kWeekSeconds}},
        {"content", "ca_file", "PEM file of certificate authorities for HTTPS; \"\": the system's store.",
         Text{[](Config& c) -> std::string& { return c.content.ca_file; }, kPath, absolutePathOrEmpty}},

        {"sound", "volume", "Volume of beeps and speech (0..100).",
         IntegerRange{[](Config& c) -> int& { return c.sound.volume; }, 0, 100}},
        {"sound", "mute", "true silences beeps and speech.",
         Flag{[](Config& c) -> bool& { return c.sound.mute; }}},
        {"sound", "speech", "Spoken cues; false leaves the beeps only.",
         Flag{[](Config& c) -> bool& { return c.sound.speech; }}},
        {"sound", "counting", "Count repetitions out loud.",
         Flag{[](Config& c) -> bool& { return c.sound.counting; }}},
        {"sound", "voice", "espeak-ng voice, e.g. \"en-gb\"; \"\": the voice of the language.",
         Text{[](Config& c) -> std::string& { return c.sound.voice; }, "expected a voice name as text"}},

        {"player", "reading_wpm",
         "Words per minute a setup text is read at: get-ready and rests last long enough for it (40..400).",
         IntegerRange{[](Config& c) -> int& { return c.player.reading_wpm; }, 40, 400}},
        {"player", "get_ready_max_s", "Seconds the reading time of a setup text is capped at (5..120).",
         IntegerRange{[](Config& c) -> int& { return c.player.get_ready_max_s; }, 5, 120}},

        {"schedule", "sleep", "Local time \"HH:MM\" the display goes dark; \"\" (with wake) for no sleep hours.",
         Text{[](Config& c) -> std::string& { return c.schedule.sleep; }, kClock, clockTime}},
        {"schedule", "wake", "Local time \"HH:MM\" the display comes back.",
         Text{[](Config& c) -> std::string& { return c.schedule.wake; }, kClock, clockTime}},
        {"schedule", "idle_timeout_s", "Seconds idle on the home screen before the display goes dark (0: never).",
         IntegerRange{[](Config& c) -> int& { return c.schedule.idle_timeout_s; }, 0, kWeekSeconds}},
        {"schedule", "display_off_command", "Shell command run when the display goes dark; \"\": black only.",
         Text{[](Config& c) -> std::string& { return c.schedule.display_off_command; }, kCommand}},
        {"schedule", "display_on_command", "Shell command run when the display wakes.",
         Text{[](Config& c) -> std::string& { return c.schedule.display_on_command; }, kCommand}},
        {"schedule", "command_timeout_s", "Seconds a display command may run before it is stopped (1..300).",
         IntegerRange{[](Config& c) -> int& { return c.schedule.command_timeout_s; }, 1, 300}},
        {"schedule", "pause_timeout_s", "Seconds a paused routine waits before it ends as stopped (0: never).",
         IntegerRange{[](Config& c) -> int& { return c.schedule.pause_timeout_s; }, 0, kWeekSeconds}},

        {"presence", "mode", "What counts as someone there: \"input\", \"gpio\" (a PIR sensor too) or \"off\".",
         PresenceModeChoice{[](Config& c) -> PresenceMode& { return c.presence.mode; }}},
        {"presence", "gpio_chip", "For mode = \"gpio\": the GPIO chip of the sensor.",
         Text{[](Config& c) -> std::string& { return c.presence.gpio_chip; },
              "expected a chip name such as \"gpiochip0\""}},
        {"presence", "gpio_line", "For mode = \"gpio\": the line (BCM GPIO number) of the sensor (0..1023).",
         IntegerRange{[](Config& c) -> int& { return c.presence.gpio_line; }, 0, 1023}},
        {"presence", "active_low", "true if the sensor pulls the line low on motion.",
         Flag{[](Config& c) -> bool& { return c.presence.active_low; }}},

        {"progress", "weekly_goal", "Sessions per week shown as this week's goal (1..21).",
         IntegerRange{[](Config& c) -> int& { return c.progress.weekly_goal; }, 1, 21}},

        {"remote", "enabled", "true: serve the phone remote and /metrics (docs/remote.md).",
         Flag{[](Config& c) -> bool& { return c.remote.enabled; }}},
        {"remote", "listen_address", "IP address to listen on; \"0.0.0.0\": every address of this machine.",
         Text{[](Config& c) -> std::string& { return c.remote.listen_address; }, "expected an IP address as text",
              ipAddress}},
        {"remote", "port", "TCP port of the phone remote (1..65535).",
         IntegerRange{[](Config& c) -> int& { return c.remote.port; }, 1, 65535}},
        {"remote", "public_url", "Address phones open (in the QR code); \"\": http://<this machine>:<port>/.",
         Text{[](Config& c) -> std::string& { return c.remote.public_url; }, "expected an address as text",
              httpUrlOrEmpty}},
        {"remote", "allow_unauthenticated_metrics", "true: /metrics and /healthz answer without a token.",
         Flag{[](Config& c) -> bool& { return c.remote.allow_unauthenticated_metrics; }}},
        {"remote", "pairing_code_minutes", "Minutes a pairing code shown on the mirror stays valid (1..60).",
         IntegerRange{[](Config& c) -> int& { return c.remote.pairing_code_minutes; }, 1, 60}},
    };
    // clang-format on
}

}  // namespace

std::string ConfigKey::fullName() const {
    return *section ? std::string(section) + "." + name : std::string(name);
}

const std::vector<ConfigKey>& configKeys() {
    static const std::vector<ConfigKey> table = makeTable();
    return table;
}

std::vector<std::string> configSections() {
    std::vector<std::string> sections;
    for (const ConfigKey& key : configKeys()) {
        if (*key.section && (sections.empty() || sections.back() != key.section)) sections.emplace_back(key.section);
    }
    return sections;
}

std::string formatConfigValue(const ConfigKey& key, Config config) {
    struct Format {
        Config& c;
        std::string operator()(const IntegerRange& v) const { return std::to_string(v.field(c)); }
        std::string operator()(const IntegerChoice& v) const { return std::to_string(v.field(c)); }
        std::string operator()(const Flag& v) const { return v.field(c) ? "true" : "false"; }
        std::string operator()(const Text& v) const { return tomlQuoted(v.field(c)); }
        std::string operator()(const PresenceModeChoice& v) const { return tomlQuoted(presenceModeName(v.field(c))); }
        std::string operator()(const TextList& v) const {
            std::string out = "[";
            const auto& items = v.field(c);
            for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + tomlQuoted(items[i]);
            return out + "]";
        }
    };
    return std::visit(Format{config}, key.value);
}

}  // namespace mc
