// The shell's side of the config: reading the file (real files in a temporary folder).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "platform/files/ConfigFile.h"

namespace mc {
namespace {

using ::testing::HasSubstr;

class ConfigFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() / ("mc-config-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::filesystem::path dir_;
};

TEST_F(ConfigFile, MissingDefaultFileIsFineMissingExplicitFileIsAProblem) {
    const std::string path = (dir_ / "absent.toml").string();
    const auto defaultText = readConfigText(path, false);
    ASSERT_TRUE(defaultText.ok());
    EXPECT_EQ(*defaultText, "");
    const auto explicitText = readConfigText(path, true);
    ASSERT_FALSE(explicitText.ok());
    EXPECT_THAT(explicitText.error().message, HasSubstr("does not exist"));

    EXPECT_TRUE(loadConfigFile(path, false).ok());
    const ConfigLoad explicitLoad = loadConfigFile(path, true);
    ASSERT_EQ(explicitLoad.problems.size(), 1u);
    EXPECT_EQ(explicitLoad.problems[0].file, path);
    EXPECT_EQ(explicitLoad.problems[0].line, 0);
    EXPECT_EQ(explicitLoad.problems[0].describe(), path + ": the config file does not exist; using the defaults");
    EXPECT_EQ(explicitLoad.config, Config{});
}

TEST_F(ConfigFile, ReadsARealFile) {
    const auto path = dir_ / "config.toml";
    std::ofstream(path) << "[progress]\nweekly_goal = 7\nweekly_gaol = 2\n";
    EXPECT_EQ(*readConfigText(path, true), "[progress]\nweekly_goal = 7\nweekly_gaol = 2\n");
    const ConfigLoad load = loadConfigFile(path.string(), true);
    EXPECT_EQ(load.config.progress.weekly_goal, 7);
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].describe(),
              path.string() + ":3: progress.weekly_gaol: unknown key; did you mean progress.weekly_goal? (ignored)");
}

TEST_F(ConfigFile, ADirectoryIsReportedNotFatal) {
    EXPECT_FALSE(readConfigText(dir_, false).ok());  // present but unreadable: an error even at the default path
    const ConfigLoad load = loadConfigFile(dir_.string(), true);
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_THAT(load.problems[0].message, HasSubstr("using the defaults"));
    EXPECT_EQ(load.config, Config{});
}

}  // namespace
}  // namespace mc
