#pragma once
// Everything an installer can set in /etc/mirrorcoach/config.toml, with the defaults
// used when a key is absent or invalid. A new setting is a member here plus a row in
// config/ConfigKeys.cpp (its name, doc line and bounds); the parser and formatter follow
// the table, and tests/config then demand it, with this default, in
// deploy/config.example.toml.
#include <optional>
#include <string>
#include <vector>

namespace mc {

// Where the installed package and the service keep their files.
inline constexpr const char* kDefaultConfigPath = "/etc/mirrorcoach/config.toml";
inline constexpr const char* kInstalledAssetsDir = "/usr/share/mirrorcoach";

struct DisplayConfig {
    int rotation = 0;          // degrees clockwise: 0, 90, 180 or 270 (the app rotates; kmsdrm ignores the OS)
    bool fullscreen = true;    // false: a window of window_width x window_height
    int fps_cap = 30;          // upper bound on redraws per second (1..240)
    int window_width = 1280;   // windowed size, used when fullscreen = false
    int window_height = 720;
    bool operator==(const DisplayConfig&) const = default;
};

struct ContentConfig {
    std::string bundled_path;  // empty: the pack installed with the program
    std::string state_dir;     // empty: $STATE_DIRECTORY, $XDG_STATE_HOME/mirrorcoach, ~/.local/state/mirrorcoach
    std::string manifest_url;  // empty: no remote updates
    std::vector<std::string> public_keys;  // base64 Ed25519 keys (32 bytes) trusted to sign packs
    int poll_interval_s = 3600;            // seconds between update checks (60..604800)
    std::string ca_file;                   // empty: the system's certificate authorities
    bool operator==(const ContentConfig&) const = default;
};

struct SoundConfig {
    int volume = 80;        // 0..100
    bool mute = false;
    bool speech = true;     // spoken cues; false leaves the beeps only
    bool counting = true;   // count repetitions out loud
    std::string voice;      // espeak-ng voice name; empty: the voice of `language`
    bool operator==(const SoundConfig&) const = default;
};

// How the player paces a session beyond what the content says.
struct PlayerConfig {
    // Get-ready and the rest before an exercise last long enough to read its setup text
    // at this many words per minute (40..400), plus 3 s to look up and find it.
    int reading_wpm = 110;
    int get_ready_max_s = 30;  // the reading time never exceeds this (5..120); longer content times stay
    bool operator==(const PlayerConfig&) const = default;
};

struct ScheduleConfig {
    std::string sleep = "22:30";  // "HH:MM" local time the display goes dark; empty: no schedule
    std::string wake = "07:00";   // "HH:MM" local time it comes back
    int idle_timeout_s = 300;     // dark after this long idle on the home screen; 0: never by idleness
    std::string display_off_command;  // shell command run when the display sleeps; empty: black only
    std::string display_on_command;   // shell command run when it wakes
    int command_timeout_s = 10;       // a display command still running after this is killed
    int pause_timeout_s = 600;        // a routine paused this long ends (so the display can sleep); 0: never
    bool operator==(const ScheduleConfig&) const = default;
};

enum class PresenceMode { Off, Input, Gpio };

struct PresenceConfig {
    PresenceMode mode = PresenceMode::Input;
    std::string gpio_chip = "gpiochip0";  // for mode = "gpio": the chip name or path
    int gpio_line = 17;                   // line offset of the PIR output on that chip
    bool active_low = false;              // true if the sensor pulls the line low on motion
    bool operator==(const PresenceConfig&) const = default;
};

struct ProgressConfig {
    int weekly_goal = 3;  // sessions per week (1..21)
    bool operator==(const ProgressConfig&) const = default;
};

// The phone remote and fleet status (docs/remote.md): off unless enabled.
struct RemoteConfig {
    bool enabled = false;
    std::string listen_address = "0.0.0.0";  // an IP address of this machine; "0.0.0.0": all of them
    int port = 8080;                         // 1..65535
    std::string public_url;                  // the address phones use; "": http://<LAN address>:<port>/
    bool allow_unauthenticated_metrics = false;  // /metrics and /healthz without a token
    int pairing_code_minutes = 5;            // a pairing code expires after this (1..60)
    bool operator==(const RemoteConfig&) const = default;
};

// A household member declared as [profile.<name>]. Only the keys the file sets are
// present: on start they overwrite those fields of the stored profile, the rest (set
// on the mirror) stays. Values are validated by the parser (core/Audience.h names).
struct ProfileConfig {
    std::string name;                       // the section's <name>
    std::optional<std::string> situation;   // "pregnancy", "back-pain-acute", ...
    std::optional<int> trimester;           // 1..3, with situation = "pregnancy"
    std::optional<int> weeks_since_birth;   // 0..520, with situation = "postpartum"
    std::optional<std::vector<std::string>> equipment;  // core/Audience.h kEquipmentAtHand
    std::optional<std::string> level;       // "gentle", "beginner", "intermediate"
    std::optional<std::string> programme;   // a programme id of the content, "" for none
    std::optional<std::string> language;    // a language tag, "" for the mirror's
    bool operator==(const ProfileConfig&) const = default;
};

struct Config {
    std::string language = "en";  // language tag of texts and speech
    DisplayConfig display;
    ContentConfig content;
    SoundConfig sound;
    PlayerConfig player;
    ScheduleConfig schedule;
    PresenceConfig presence;
    ProgressConfig progress;
    RemoteConfig remote;
    std::vector<ProfileConfig> profiles;  // [profile.<name>] sections, in file order
    bool operator==(const Config&) const = default;
};

const char* presenceModeName(PresenceMode mode);

// "HH:MM" -> minutes since midnight, or -1 when malformed.
int parseClockTime(const std::string& text);

}  // namespace mc
