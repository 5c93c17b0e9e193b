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

// deploy/config.example.toml lists every key of the table, commented out ("# key = value"),
// under its [section], with its default, in table order, and nothing else.
TEST(ConfigExample, ListsExactlyTheKeysOfTheTableWithTheirDefaults) {
    const std::string text = exampleText();
    KeyValues listed;
    std::string section;
    std::string uncommented;  // the example with every key line enabled
    const std::regex header(R"(^\[([a-z_]+)\]$)"), commentedKey(R"(^# ([a-z_]+) = (.*)$)"),
        setting(R"(^\s*[A-Za-z_"].*=.*$)");
    std::smatch m;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (std::regex_match(line, m, header)) {
            section = m[1];
            uncommented += line + "\n";
        } else if (std::regex_match(line, m, commentedKey)) {
            listed.emplace_back(section.empty() ? m[1].str() : section + "." + m[1].str(), m[2]);
            uncommented += line.substr(2) + "\n";
        } else {
            EXPECT_FALSE(std::regex_match(line, setting)) << "the example should set nothing: " << line;
            uncommented += "\n";
        }
    }
    EXPECT_EQ(listed, tableDefaults());

    // Enabled, the example's lines are valid and are exactly the defaults.
    const ConfigLoad load = parseConfig(uncommented, "config.example.toml");
    for (const auto& p : load.problems) ADD_FAILURE() << p.describe();
    EXPECT_EQ(load.config, Config{});
    EXPECT_TRUE(parseConfig(text, "config.example.toml").ok());
}

}  // namespace
}  // namespace mc
