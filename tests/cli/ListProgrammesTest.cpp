// `mirrorcoach list --programmes`: each programme with its weeks, rhythm and routines.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "ChildProcess.h"

namespace mc::test {
namespace {

const std::string kPack = std::string(MC_SOURCE_ASSETS) + "/pack";

TEST(ListProgrammes, PrintsEachStageWithItsRhythmAndRoutines) {
    Outcome o = runBinary({"list", "--programmes", "--content", std::string(MC_TEST_FIXTURES) + "/valid/audience"});
    ASSERT_EQ(o.status, 0) << o.err;
    EXPECT_EQ(o.out,
              "plan                           A plan (3 weeks; for back-pain-recovering)\n"
              "  weeks 1-2    3 a week, 1 rest day between: gentle\n"
              "  week 3       14 a week, 2 a day, doses x1.2: gentle, gentle\n");
}

TEST(ListProgrammes, TheBundledProgrammesOnePerFile) {
    Outcome o = runBinary({"list", "--programmes", "--ids", "--content", kPack});
    ASSERT_EQ(o.status, 0) << o.err;
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(kPack + "/programmes"))
        if (entry.path().extension() == ".json") files.push_back(entry.path().stem().string());
    std::sort(files.begin(), files.end());
    EXPECT_EQ(lines(o.out), files);
    EXPECT_GE(files.size(), 6u);

    Outcome full = runBinary({"list", "--programmes", "--content", kPack});
    ASSERT_EQ(full.status, 0) << full.err;
    EXPECT_NE(full.out.find("  week 1       14 a week, 2 a day: acute-back-relief\n"), std::string::npos) << full.out;
}

TEST(ListProgrammes, APackWithoutProgrammesPrintsNothing) {
    Outcome o = runBinary({"list", "--programmes", "--content", std::string(MC_TEST_FIXTURES) + "/valid/complete"});
    ASSERT_EQ(o.status, 0) << o.err;
    EXPECT_EQ(o.out, "");
}

}  // namespace
}  // namespace mc::test
