// The table of keys drives the parser, the formatter and the shipped example: these
// tests make them unable to drift apart.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "config/ConfigKeys.h"
#include "config/ConfigLoad.h"
#include "platform/files/ConfigFile.h"

namespace mc {
namespace {

using ::testing::HasSubstr;
using KeyValues = std::vector<std::pair<std::string, std::string>>;  // full key name, TOML value

std::string exampleText() {
    const std::string path = std::string(MC_SOURCE_ASSETS) + "/../deploy/config.example.toml";
    std::ifstream in(path);
    EXPECT_TRUE(in) << path;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

KeyValues tableDefaults() {
    KeyValues out;
    for (const ConfigKey& key : configKeys()) out.emplace_back(key.fullName(), formatConfigValue(key, Config{}));
    return out;
}

TEST(ConfigKeys, NamesAreUniqueSectionsContiguousDocsOneLine) {
    std::set<std::string> names;
    std::set<std::string> closedSections;
    std::string section;
    for (const ConfigKey& key : configKeys()) {
        EXPECT_TRUE(names.insert(key.fullName()).second) << "twice in the table: " << key.fullName();
        if (key.section != section) {
            EXPECT_TRUE(closedSections.insert(section).second) << "section split in the table: " << section;
            section = key.section;
            EXPECT_FALSE(closedSections.count(section)) << "section split in the table: " << section;
        }
        const std::string doc = key.doc;
        EXPECT_FALSE(doc.empty()) << key.fullName();
        EXPECT_EQ(doc.find('\n'), std::string::npos) << key.fullName();
    }
    EXPECT_EQ(configSections(),
              (std::vector<std::string>{"display", "content", "sound", "player", "schedule", "presence", "progress", "remote"}));
    EXPECT_TRUE(names.count("sound.voice"));
}

// Every key of the table is read by the parser: its default value reads without a
// problem, and a value of the wrong kind is reported under its name and line.
TEST(ConfigKeys, TheParserReadsEveryKeyOfTheTable) {
    for (const ConfigKey& key : configKeys()) {
        const std::string header = *key.section ? "[" + std::string(key.section) + "]\n" : "";
        const std::string line = std::string(key.name) + " = ";
        const ConfigLoad good = parseConfig(header + line + formatConfigValue(key, Config{}) + "\n", "k.toml");
        EXPECT_TRUE(good.ok()) << key.fullName() << ": " << good.problems.front().describe();
        EXPECT_EQ(good.config, Config{}) << key.fullName();

        const ConfigLoad bad = parseConfig(header + line + "1979-05-27\n", "k.toml");
        ASSERT_EQ(bad.problems.size(), 1u) << key.fullName();
        EXPECT_EQ(bad.problems[0].key, key.fullName());
        EXPECT_EQ(bad.problems[0].line, *key.section ? 2 : 1);
        EXPECT_THAT(bad.problems[0].message, HasSubstr("expected"));
        EXPECT_THAT(bad.problems[0].message, HasSubstr("found a date or time"));
        EXPECT_EQ(bad.config, Config{}) << key.fullName();
    }
}

TEST(ConfigKeys, TheFormatterWritesEveryKeyOfTheTableInOrder) {
    KeyValues written;
    std::string section;
    const std::regex header(R"(^\[([a-z_]+)\]$)"), keyLine(R"(^([a-z_]+) = (.*)$)");
    std::smatch m;
    std::istringstream lines(formatConfig(Config{}));
    for (std::string line; std::getline(lines, line);) {
        if (std::regex_match(line, m, header)) {
            section = m[1];
        } else if (std::regex_match(line, m, keyLine)) {
            written.emplace_back(section.empty() ? m[1].str() : section + "." + m[1].str(), m[2]);
        } else {
            EXPECT_EQ(line, "") << "unexpected line in formatConfig";
        }
    }
    EXPECT_EQ(written, tableDefaults());
}

TEST(ConfigKeys, DocumentedDefaultsReadBackAsTheDefaults) {
    const std::string text = formatConfigWithDocs(Config{});
    for (const ConfigKey& key : configKeys()) {
        EXPECT_NE(text.find(std::string("# ") + key.doc + "\n" + key.name + " = "), std::string::npos)
            << key.fullName();
    }
    const ConfigLoad load = parseConfig(text, "print-default");
    for (const auto& p : load.problems) ADD_FAILURE() << p.describe();
    EXPECT_EQ(load.config, Config{});
}

// What a config file lists, line by line: every key under its [section] in file order,
// commented out ("# key = value") or set ("key = value"), and the text with every
// commented key enabled.
struct Listing {
    KeyValues all;  // every key, commented or set
    KeyValues set;  // the keys the file sets
    std::string uncommented;
};

Listing listingOf(const std::string& text) {
    Listing out;
    std::string section;
    const std::regex header(R"(^\[([a-z_]+)\]$)"), commentedKey(R"(^# ([a-z_]+) = (.*)$)"),
        setKey(R"(^([a-z_]+) = (.*)$)"), setting(R"(^\s*[A-Za-z_"].*=.*$)");
    std::smatch m;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        auto full = [&] { return section.empty() ? m[1].str() : section + "." + m[1].str(); };
        if (std::regex_match(line, m, header)) {
            section = m[1];
            out.uncommented += line + "\n";
        } else if (std::regex_match(line, m, commentedKey)) {
            out.all.emplace_back(full(), m[2]);
            out.uncommented += line.substr(2) + "\n";
        } else if (std::regex_match(line, m, setKey)) {
            out.all.emplace_back(full(), m[2]);
            out.set.emplace_back(full(), m[2]);
            out.uncommented += line + "\n";
        } else {
            EXPECT_FALSE(std::regex_match(line, setting)) << "neither a key nor a comment: " << line;
            out.uncommented += "\n";
        }
    }
    return out;
}

std::string fileText(const std::string& path) {
    std::ifstream in(path);
    EXPECT_TRUE(in) << path;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The example turns the phone remote on and nothing else.
Config exampleConfig() {
    Config c;
    c.remote.enabled = true;
    return c;
}

// deploy/config.example.toml lists every key of the table under its [section], with its
// default, in table order, commented out; the one line it sets turns the phone remote on.
TEST(ConfigExample, ListsEveryKeyWithItsDefaultAndSetsOnlyTheRemoteOn) {
    const std::string text = exampleText();
    const Listing listing = listingOf(text);
    KeyValues expected = tableDefaults();
    for (auto& [name, value] : expected)
        if (name == "remote.enabled") value = "true";
    EXPECT_EQ(listing.all, expected);
    EXPECT_EQ(listing.set, (KeyValues{{"remote.enabled", "true"}}));

    // Loaded as the mirror loads it (a real file): no problems, the defaults, the remote on.
    const ConfigLoad load = loadConfigFile(std::string(MC_SOURCE_ASSETS) + "/../deploy/config.example.toml", true);
    for (const auto& p : load.problems) ADD_FAILURE() << p.describe();
    EXPECT_EQ(load.config, exampleConfig());
    // Every line enabled: still exactly that (the listed values are the defaults).
    const ConfigLoad all = parseConfig(listing.uncommented, "config.example.toml");
    for (const auto& p : all.problems) ADD_FAILURE() << p.describe();
    EXPECT_EQ(all.config, exampleConfig());
}

// The package's /etc/mirrorcoach/config.toml (cmake/InstalledConfig.cmake makes it from the
// example) sets nothing, so the remote stays off; it differs from the example in that one line.
TEST(ConfigExample, TheInstalledCopySetsNothingAndLeavesTheRemoteOff) {
    const std::string installed = fileText(MC_INSTALLED_CONFIG);
    const Listing listing = listingOf(installed);
    EXPECT_TRUE(listing.set.empty()) << listing.set.front().first;
    EXPECT_EQ(listing.all, tableDefaults());

    const ConfigLoad load = loadConfigFile(MC_INSTALLED_CONFIG, true);
    for (const auto& p : load.problems) ADD_FAILURE() << p.describe();
    EXPECT_EQ(load.config, Config{});
    EXPECT_FALSE(load.config.remote.enabled);

    std::istringstream a(exampleText()), b(installed);
    std::vector<std::pair<std::string, std::string>> differences;
    std::string la, lb;
    while (std::getline(a, la) && std::getline(b, lb))
        if (la != lb) differences.emplace_back(la, lb);
    EXPECT_FALSE(std::getline(a, la) || std::getline(b, lb)) << "the files have different lengths";
    EXPECT_EQ(differences, (std::vector<std::pair<std::string, std::string>>{{"enabled = true", "# enabled = false"}}));
}

}  // namespace
}  // namespace mc
