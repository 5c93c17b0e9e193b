#include <gtest/gtest.h>

#include <string>

#include "config/ConfigLoad.h"

namespace mc {
namespace {

// A valid Ed25519 public key in base64 (32 bytes).
constexpr const char* kKey = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

TEST(ConfigDefaults, EmptyFileGivesTheDocumentedDefaults) {
    const ConfigLoad load = parseConfig("", "empty.toml");
    EXPECT_TRUE(load.ok());
    const Config& c = load.config;
    EXPECT_EQ(c.language, "en");
    EXPECT_EQ(c.display.rotation, 0);
    EXPECT_TRUE(c.display.fullscreen);
    EXPECT_EQ(c.display.fps_cap, 30);
    EXPECT_EQ(c.display.window_width, 1280);
    EXPECT_EQ(c.display.window_height, 720);
    EXPECT_EQ(c.content.bundled_path, "");
    EXPECT_EQ(c.content.state_dir, "");
    EXPECT_EQ(c.content.manifest_url, "");
    EXPECT_TRUE(c.content.public_keys.empty());
    EXPECT_EQ(c.content.poll_interval_s, 3600);
    EXPECT_EQ(c.content.ca_file, "");
    EXPECT_EQ(c.sound.volume, 80);
    EXPECT_FALSE(c.sound.mute);
    EXPECT_TRUE(c.sound.speech);
    EXPECT_TRUE(c.sound.counting);
    EXPECT_EQ(c.sound.voice, "");
    EXPECT_EQ(c.player.reading_wpm, 110);
    EXPECT_EQ(c.player.get_ready_max_s, 30);
    EXPECT_EQ(c.schedule.sleep, "22:30");
    EXPECT_EQ(c.schedule.wake, "07:00");
    EXPECT_EQ(c.schedule.idle_timeout_s, 300);
    EXPECT_EQ(c.schedule.display_off_command, "");
    EXPECT_EQ(c.schedule.display_on_command, "");
    EXPECT_EQ(c.schedule.command_timeout_s, 10);
    EXPECT_EQ(c.presence.mode, PresenceMode::Input);
    EXPECT_EQ(c.presence.gpio_chip, "gpiochip0");
    EXPECT_EQ(c.presence.gpio_line, 17);
    EXPECT_FALSE(c.presence.active_low);
    EXPECT_EQ(c.progress.weekly_goal, 3);
    EXPECT_EQ(c, Config{});
}

TEST(ConfigParse, ReadsEveryKey) {
    const std::string text = std::string(R"(
language = "ru"

[display]
rotation = 270
fullscreen = false
fps_cap = 20
window_width = 720
window_height = 1280

[content]
bundled_path = "/opt/pack"
state_dir = "/srv/mirror"
manifest_url = "https://example.org/mirror/manifest.json"
public_keys = [")") + kKey + R"("]
poll_interval_s = 900
ca_file = "/etc/ssl/private-ca.pem"

[sound]
volume = 55
mute = true
speech = false
counting = false
voice = "ru+f3"

[player]
reading_wpm = 90
get_ready_max_s = 45

[schedule]
sleep = "23:15"
wake = "6:45"
idle_timeout_s = 120
display_off_command = "wlr-randr --output HDMI-A-1 --off"
display_on_command = "wlr-randr --output HDMI-A-1 --on"
command_timeout_s = 4

[presence]
mode = "gpio"
gpio_chip = "gpiochip4"
gpio_line = 23
active_low = true

[progress]
weekly_goal = 5
)";
    const ConfigLoad load = parseConfig(text, "full.toml");
    for (const auto& p : load.problems) ADD_FAILURE() << p.describe();
    const Config& c = load.config;
    EXPECT_EQ(c.language, "ru");
    EXPECT_EQ(c.display.rotation, 270);
    EXPECT_FALSE(c.display.fullscreen);
    EXPECT_EQ(c.display.fps_cap, 20);
    EXPECT_EQ(c.display.window_width, 720);
    EXPECT_EQ(c.display.window_height, 1280);
    EXPECT_EQ(c.content.bundled_path, "/opt/pack");
    EXPECT_EQ(c.content.state_dir, "/srv/mirror");
    EXPECT_EQ(c.content.manifest_url, "https://example.org/mirror/manifest.json");
    EXPECT_EQ(c.content.public_keys, std::vector<std::string>{kKey});
    EXPECT_EQ(c.content.poll_interval_s, 900);
    EXPECT_EQ(c.content.ca_file, "/etc/ssl/private-ca.pem");
    EXPECT_EQ(c.sound.volume, 55);
    EXPECT_TRUE(c.sound.mute);
    EXPECT_FALSE(c.sound.speech);
    EXPECT_FALSE(c.sound.counting);
    EXPECT_EQ(c.sound.voice, "ru+f3");
    EXPECT_EQ(c.player.reading_wpm, 90);
    EXPECT_EQ(c.player.get_ready_max_s, 45);
    EXPECT_EQ(c.schedule.sleep, "23:15");
    EXPECT_EQ(c.schedule.wake, "6:45");
    EXPECT_EQ(c.schedule.idle_timeout_s, 120);
    EXPECT_EQ(c.schedule.display_off_command, "wlr-randr --output HDMI-A-1 --off");
    EXPECT_EQ(c.schedule.display_on_command, "wlr-randr --output HDMI-A-1 --on");
    EXPECT_EQ(c.schedule.command_timeout_s, 4);
    EXPECT_EQ(c.presence.mode, PresenceMode::Gpio);
    EXPECT_EQ(c.presence.gpio_chip, "gpiochip4");
    EXPECT_EQ(c.presence.gpio_line, 23);
    EXPECT_TRUE(c.presence.active_low);
    EXPECT_EQ(c.progress.weekly_goal, 5);
}

TEST(ConfigParse, ReadingPaceOutOfBoundsKeepsTheDefault) {
    const ConfigLoad load = parseConfig("[player]\nreading_wpm = 20\nget_ready_max_s = 121\n", "player.toml");
    ASSERT_EQ(load.problems.size(), 2u);
    EXPECT_EQ(load.problems[0].key, "player.reading_wpm");
    EXPECT_EQ(load.problems[1].key, "player.get_ready_max_s");
    EXPECT_EQ(load.config.player.reading_wpm, 110);
    EXPECT_EQ(load.config.player.get_ready_max_s, 30);
}

TEST(ConfigParse, FormattedConfigReadsBackIdentically) {
    Config c;
    c.language = "pt-BR";
    c.display.rotation = 90;
    c.content.public_keys = {kKey, kKey};
    c.schedule.display_off_command = "echo \"off\" \\ done";
    c.schedule.sleep = "";
    c.schedule.wake = "";
    c.presence.mode = PresenceMode::Off;
    const ConfigLoad load = parseConfig(formatConfig(c), "formatted.toml");
    for (const auto& p : load.problems) ADD_FAILURE() << p.describe();
    EXPECT_EQ(load.config, c);
    EXPECT_EQ(parseConfig(formatConfig(Config{}), "d.toml").config, Config{});
}

TEST(ConfigParse, ParseClockTime) {
    EXPECT_EQ(parseClockTime("00:00"), 0);
    EXPECT_EQ(parseClockTime("07:00"), 420);
    EXPECT_EQ(parseClockTime("7:05"), 425);
    EXPECT_EQ(parseClockTime("23:59"), 23 * 60 + 59);
    EXPECT_EQ(parseClockTime("24:00"), -1);
    EXPECT_EQ(parseClockTime("12:60"), -1);
    EXPECT_EQ(parseClockTime("1230"), -1);
    EXPECT_EQ(parseClockTime("12:3"), -1);
    EXPECT_EQ(parseClockTime(" 12:30"), -1);
    EXPECT_EQ(parseClockTime(""), -1);
}

}  // namespace
}  // namespace mc
