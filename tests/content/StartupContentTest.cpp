// At start-up an invalid pack is passed over (and reported) for the next valid one.
#include "platform/files/StartupContent.h"

#include <gtest/gtest.h>

namespace mc {
namespace {

const std::string kFixtures = MC_TEST_FIXTURES;

TEST(StartupContent, UsesTheFirstValidPack) {
    StartupContent content = loadFirstValidPack({kFixtures + "/valid/complete", kFixtures + "/broken/hold-zero"});
    ASSERT_TRUE(content.pack.has_value());
    EXPECT_EQ(content.dir, kFixtures + "/valid/complete");
    EXPECT_TRUE(content.rejected.empty());
    EXPECT_EQ(content.problemReport(), "");
}

TEST(StartupContent, FallsBackPastABrokenPackAndReportsIt) {
    const std::string broken = kFixtures + "/broken/hold-zero";
    StartupContent content = loadFirstValidPack({broken, kFixtures + "/valid/complete"});
    ASSERT_TRUE(content.pack.has_value());
    EXPECT_EQ(content.pack->id, "fixture-pack");
    ASSERT_EQ(content.rejected.size(), 1u);
    EXPECT_EQ(content.rejected[0].dir, broken);
    EXPECT_EQ(content.problemReport(),
              "1 problem in the content pack " + broken + ":\n" + broken +
                  "/exercises/knee-to-chest.json:8: /dose/hold_s: hold_s is 0 s; allowed: 1 to 600 s (hint: a hold "
                  "lasts 1 to 600 seconds, e.g. 30)\nUsing the content pack in " +
                  kFixtures + "/valid/complete instead.");
}

TEST(StartupContent, NoValidPackSaysWhatToDo) {
    StartupContent content = loadFirstValidPack({"/nonexistent/installed", kFixtures + "/broken/no-routines"});
    EXPECT_FALSE(content.pack.has_value());
    ASSERT_EQ(content.rejected.size(), 2u);
    std::string report = content.problemReport();
    EXPECT_NE(report.find("content folder /nonexistent/installed does not exist"), std::string::npos) << report;
    EXPECT_NE(report.find("the pack has no routines"), std::string::npos) << report;
    EXPECT_TRUE(report.ends_with("No valid content pack: fix the problems above, or reinstall MirrorCoach.")) << report;
}

}  // namespace
}  // namespace mc
