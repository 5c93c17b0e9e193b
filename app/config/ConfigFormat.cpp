// Config -> TOML, for `mirrorcoach config print-default` and round-trip tests.
#include <string>

#include "config/ConfigLoad.h"
#include "config/ConfigText.h"

namespace mc {
namespace {

std::string line(const std::string& key, const std::string& value) { return key + " = " + value + "\n"; }
std::string text(const std::string& key, const std::string& value) { return line(key, tomlQuoted(value)); }
std::string number(const std::string& key, int value) { return line(key, std::to_string(value)); }
std::string flag(const std::string& key, bool value) { return line(key, value ? "true" : "false"); }

}  // namespace

std::string formatConfig(const Config& c) {
    std::string out;
    out += text("language", c.language);

    out += "\n[display]\n";
    out += number("rotation", c.display.rotation);
    out += flag("fullscreen", c.display.fullscreen);
    out += number("fps_cap", c.display.fps_cap);
    out += number("window_width", c.display.window_width);
    out += number("window_height", c.display.window_height);

    out += "\n[content]\n";
    out += text("bundled_path", c.content.bundled_path);
    out += text("state_dir", c.content.state_dir);
    out += text("manifest_url", c.content.manifest_url);
    std::string keys = "[";
    for (size_t i = 0; i < c.content.public_keys.size(); ++i) {
        keys += (i ? ", " : "") + tomlQuoted(c.content.public_keys[i]);
    }
    out += line("public_keys", keys + "]");
    out += number("poll_interval_s", c.content.poll_interval_s);
    out += text("ca_file", c.content.ca_file);

    out += "\n[sound]\n";
    out += number("volume", c.sound.volume);
    out += flag("mute", c.sound.mute);
    out += flag("speech", c.sound.speech);
    out += flag("counting", c.sound.counting);
    out += text("voice", c.sound.voice);

    out += "\n[schedule]\n";
    out += text("sleep", c.schedule.sleep);
    out += text("wake", c.schedule.wake);
    out += number("idle_timeout_s", c.schedule.idle_timeout_s);
    out += text("display_off_command", c.schedule.display_off_command);
    out += text("display_on_command", c.schedule.display_on_command);
    out += number("command_timeout_s", c.schedule.command_timeout_s);

    out += "\n[presence]\n";
    out += text("mode", presenceModeName(c.presence.mode));
    out += text("gpio_chip", c.presence.gpio_chip);
    out += number("gpio_line", c.presence.gpio_line);
    out += flag("active_low", c.presence.active_low);

    out += "\n[progress]\n";
    out += number("weekly_goal", c.progress.weekly_goal);
    return out;
}

}  // namespace mc
