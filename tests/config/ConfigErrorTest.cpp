// Every kind of problem is reported with the file, its line and key, and what is
// expected; everything else in the file is still used.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config/ConfigLoad.h"
#include "log/Log.h"

namespace mc {
namespace {

using ::testing::HasSubstr;

const ConfigProblem* problemFor(const ConfigLoad& load, const std::string& key) {
    for (const auto& p : load.problems) {
        if (p.key == key) return &p;
    }
    return nullptr;
}

TEST(ConfigErrors, WrongTypeIsReportedAndTheDefaultKept) {
    const ConfigLoad load = parseConfig("[display]\nrotation = 90\nfps_cap = \"fast\"\n", "mirror.toml");
    ASSERT_EQ(load.problems.size(), 1u);
    const ConfigProblem& p = load.problems[0];
    EXPECT_EQ(p.file, "mirror.toml");
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.key, "display.fps_cap");
    EXPECT_THAT(p.message, HasSubstr("expected a whole number from 1 to 240"));
    EXPECT_THAT(p.message, HasSubstr("\"fast\""));
    EXPECT_THAT(p.message, HasSubstr("default 30"));
    EXPECT_EQ(p.describe().rfind("mirror.toml:3: display.fps_cap: expected", 0), 0u) << p.describe();
    EXPECT_EQ(load.config.display.fps_cap, 30);
    EXPECT_EQ(load.config.display.rotation, 90);  // the good key next to it is used
}

TEST(ConfigErrors, OutOfRangeAndInvalidChoices) {
    const ConfigLoad load = parseConfig(R"([display]
rotation = 45
[sound]
volume = 101
[presence]
mode = "camera"
[progress]
weekly_goal = 0
)",
                                        "c.toml");
    ASSERT_EQ(load.problems.size(), 4u);
    const auto* rotation = problemFor(load, "display.rotation");
    ASSERT_TRUE(rotation);
    EXPECT_EQ(rotation->line, 2);
    EXPECT_THAT(rotation->message, HasSubstr("expected 0, 90, 180 or 270, found 45"));
    const auto* volume = problemFor(load, "sound.volume");
    ASSERT_TRUE(volume);
    EXPECT_EQ(volume->line, 4);
    EXPECT_THAT(volume->message, HasSubstr("from 0 to 100, found 101"));
    const auto* mode = problemFor(load, "presence.mode");
    ASSERT_TRUE(mode);
    EXPECT_EQ(mode->line, 6);
    EXPECT_THAT(mode->message, HasSubstr("expected \"off\", \"input\" or \"gpio\""));
    const auto* goal = problemFor(load, "progress.weekly_goal");
    ASSERT_TRUE(goal);
    EXPECT_EQ(goal->line, 8);
    EXPECT_EQ(load.config, Config{});
}

TEST(ConfigErrors, MalformedValues) {
    const ConfigLoad load = parseConfig(R"(language = "English"
[content]
manifest_url = "ftp://example.org/m.json"
public_keys = ["not a key", "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=", 7]
state_dir = "relative/dir"
[schedule]
sleep = "25:00"
)",
                                        "c.toml");
    EXPECT_EQ(load.problems.size(), 6u);
    EXPECT_EQ(problemFor(load, "language")->line, 1);
    EXPECT_THAT(problemFor(load, "content.manifest_url")->message, HasSubstr("http:// or https://"));
    const auto* badKey = problemFor(load, "content.public_keys[0]");
    ASSERT_TRUE(badKey);
    EXPECT_EQ(badKey->line, 4);
    EXPECT_THAT(badKey->message, HasSubstr("Ed25519 public key"));
    ASSERT_TRUE(problemFor(load, "content.public_keys[2]"));
    // The valid key in the list is kept.
    EXPECT_EQ(load.config.content.public_keys,
              std::vector<std::string>{"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="});
    EXPECT_THAT(problemFor(load, "content.state_dir")->message, HasSubstr("absolute path"));
    const auto* sleep = problemFor(load, "schedule.sleep");
    ASSERT_TRUE(sleep);
    EXPECT_EQ(sleep->line, 7);
    EXPECT_THAT(sleep->message, HasSubstr("\"HH:MM\""));
    EXPECT_EQ(load.config.schedule.sleep, "22:30");
}

TEST(ConfigErrors, UnknownKeysAreReportedWithAHint) {
    const ConfigLoad load = parseConfig(R"([display]
fps_cep = 20
[sound]
rotation = 90
[dispaly]
fullscreen = false
[schedule]
idle_timeout = 30
)",
                                        "c.toml");
    ASSERT_EQ(load.problems.size(), 4u);
    const auto* typo = problemFor(load, "display.fps_cep");
    ASSERT_TRUE(typo);
    EXPECT_EQ(typo->line, 2);
    EXPECT_THAT(typo->message, HasSubstr("unknown key; did you mean display.fps_cap?"));
    const auto* misplaced = problemFor(load, "sound.rotation");
    ASSERT_TRUE(misplaced);
    EXPECT_EQ(misplaced->line, 4);
    EXPECT_THAT(misplaced->message, HasSubstr("did you mean display.rotation?"));
    const auto* section = problemFor(load, "dispaly");
    ASSERT_TRUE(section);
    EXPECT_EQ(section->line, 5);
    EXPECT_THAT(section->message, HasSubstr("unknown section; did you mean [display]?"));
    EXPECT_THAT(problemFor(load, "schedule.idle_timeout")->message, HasSubstr("did you mean schedule.idle_timeout_s?"));
    EXPECT_EQ(load.config, Config{});
}

TEST(ConfigErrors, SectionThatIsNotATable) {
    const ConfigLoad load = parseConfig("display = 3\n[sound]\nvolume = 10\n", "c.toml");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].key, "display");
    EXPECT_EQ(load.problems[0].line, 1);
    EXPECT_THAT(load.problems[0].message, HasSubstr("expected a section [display]"));
    EXPECT_EQ(load.config.sound.volume, 10);
}

TEST(ConfigErrors, SyntaxErrorCostsOnlyItsLine) {
    const ConfigLoad load = parseConfig(R"([display]
rotation = 180
fps_cap = = 12
[sound]
volume = 40
mute = yes
speech = false
)",
                                        "broken.toml");
    ASSERT_EQ(load.problems.size(), 2u) << load.problems[0].describe();
    EXPECT_EQ(load.problems[0].line, 3);
    EXPECT_EQ(load.problems[0].key, "display.fps_cap");
    EXPECT_THAT(load.problems[0].message, HasSubstr("not valid TOML"));
    EXPECT_EQ(load.problems[1].line, 6);
    EXPECT_EQ(load.problems[1].key, "sound.mute");
    // Partial fallback: what could be read is used, the rest keeps its default.
    EXPECT_EQ(load.config.display.rotation, 180);
    EXPECT_EQ(load.config.display.fps_cap, 30);
    EXPECT_EQ(load.config.sound.volume, 40);
    EXPECT_FALSE(load.config.sound.mute);
    EXPECT_FALSE(load.config.sound.speech);
}

TEST(ConfigErrors, BrokenSectionHeaderSkipsThatSectionOnly) {
    const ConfigLoad load = parseConfig("[display]\nrotation = 90\n[sound\nvolume = 5\n[progress]\nweekly_goal = 4\n",
                                        "c.toml");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].line, 3);
    EXPECT_THAT(load.problems[0].message, HasSubstr("section is ignored"));
    EXPECT_EQ(load.config.display.rotation, 90);
    EXPECT_EQ(load.config.sound.volume, 80);
    EXPECT_EQ(load.config.progress.weekly_goal, 4);
}

TEST(ConfigErrors, DuplicateKeyIsReported) {
    const ConfigLoad load = parseConfig("[sound]\nvolume = 10\nvolume = 20\n", "c.toml");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].line, 3);
    EXPECT_EQ(load.problems[0].key, "sound.volume");
    EXPECT_EQ(load.config.sound.volume, 10);
}

TEST(ConfigErrors, HalfASchedule) {
    const ConfigLoad load = parseConfig("[schedule]\nsleep = \"\"\n", "c.toml");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].key, "schedule");
    EXPECT_EQ(load.problems[0].line, 2);
    EXPECT_EQ(load.config.schedule.sleep, "");
    EXPECT_EQ(load.config.schedule.wake, "");
}

// Under systemd each problem is a warning line, so `journalctl -p warning` shows it.
TEST(ConfigErrors, ProblemsAreLoggedAsWarnings) {
    std::string written;
    LogSink capture;
    capture.journalPriorities = true;
    capture.write = [&written](std::string_view text) { written += text; };
    LogSink previous = exchangeLogSink(std::move(capture));
    logConfigProblems(parseConfig("[sound]\nvolume = 101\nvolum = 3\n", "c.toml"));
    exchangeLogSink(std::move(previous));
    EXPECT_EQ(written,
              "<4>mirrorcoach: config: c.toml:2: sound.volume: expected a whole number from 0 to 100, found 101; "
              "using the default 80\n"
              "<4>mirrorcoach: config: c.toml:3: sound.volum: unknown key; did you mean sound.volume? (ignored)\n");
}

}  // namespace
}  // namespace mc
