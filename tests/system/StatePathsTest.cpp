#include <gtest/gtest.h>

#include <map>

#include "platform/system/StatePaths.h"

namespace mc {
namespace {

EnvironmentLookup fakeEnvironment(std::map<std::string, std::string> values) {
    return [values](const std::string& name) -> std::optional<std::string> {
        auto it = values.find(name);
        if (it == values.end()) return std::nullopt;
        return it->second;
    };
}

TEST(StatePaths, ConfiguredDirectoryWins) {
    auto dir = chooseStateDirectory("/srv/mirror", fakeEnvironment({{"STATE_DIRECTORY", "/var/lib/mirrorcoach"}}));
    EXPECT_EQ(dir->string(), "/srv/mirror");
}

TEST(StatePaths, SystemdStateDirectoryComesFirst) {
    auto dir = chooseStateDirectory("", fakeEnvironment({{"STATE_DIRECTORY", "/var/lib/mirrorcoach:/var/lib/other"},
                                                         {"XDG_STATE_HOME", "/home/pi/.state"},
                                                         {"HOME", "/home/pi"}}));
    EXPECT_EQ(dir->string(), "/var/lib/mirrorcoach");
}

TEST(StatePaths, XdgStateHomeThenHome) {
    EXPECT_EQ(chooseStateDirectory("", fakeEnvironment({{"XDG_STATE_HOME", "/home/pi/.state"}, {"HOME", "/home/pi"}}))
                  ->string(),
              "/home/pi/.state/mirrorcoach");
    // A relative XDG value is invalid by the specification and skipped.
    EXPECT_EQ(chooseStateDirectory("", fakeEnvironment({{"XDG_STATE_HOME", "state"}, {"HOME", "/home/pi"}}))->string(),
              "/home/pi/.local/state/mirrorcoach");
}

TEST(StatePaths, NoEnvironmentIsAnError) {
    EXPECT_FALSE(chooseStateDirectory("", fakeEnvironment({})).ok());
}

}  // namespace
}  // namespace mc
