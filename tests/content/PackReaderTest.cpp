// Reading a pack folder from disk: what is read, what is listed, and a clear
// problem (naming the path and what to do) for each way the folder can be wrong.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/TempDir.h"
#include "platform/files/PackReader.h"

namespace mc {
namespace {

using mc::test_support::TempDir;
namespace fs = std::filesystem;

const std::string kComplete = std::string(MC_TEST_FIXTURES) + "/valid/complete";

TEST(PackReader, ReadsThePackFilesAndListsTheOthers) {
    PackRead read = readPackFolder(kComplete);
    EXPECT_TRUE(read.problems.empty());
    std::vector<std::string> json;
    for (const auto& [path, text] : read.source.jsonTexts) json.push_back(path);
    EXPECT_EQ(json, (std::vector<std::string>{"exercises/cat-cow.json", "exercises/knee-to-chest.json", "pack.json",
                                              "routines/gentle.json"}));
    EXPECT_EQ(read.source.otherFiles, (std::set<std::string>{"images/knee-to-chest.png"}));
    EXPECT_NE(read.source.jsonTexts.at("pack.json").find("\"fixture-pack\""), std::string::npos);
}

TEST(PackReader, SkipsHiddenFilesAndOnlyReadsJsonWhereThePackHasIt) {
    TempDir dir;
    dir.write("pack.json", "{}");
    dir.write(".git/config", "x");
    dir.write("exercises/.a.json.swp", "x");
    dir.write("exercises/sub/deep.json", "{}");
    dir.write("notes.json", "{}");
    PackRead read = readPackFolder(dir.path());
    EXPECT_TRUE(read.problems.empty());
    EXPECT_EQ(read.source.jsonTexts.size(), 1u);
    EXPECT_EQ(read.source.otherFiles, (std::set<std::string>{"exercises/sub/deep.json", "notes.json"}));
}

TEST(PackReader, MissingFolderIsOneClearProblem) {
    TempDir dir;
    fs::path missing = dir.path() / "nowhere";
    PackLoad load = loadPack(missing);
    EXPECT_FALSE(load.ok());
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].message, "content folder " + missing.string() + " does not exist");
    EXPECT_EQ(load.problems[0].hint, "pass the folder that holds pack.json, e.g. assets/pack");
    EXPECT_EQ(formatProblem(load.problems[0], missing.string()),
              "content folder " + missing.string() +
                  " does not exist (hint: pass the folder that holds pack.json, e.g. assets/pack)");
}

TEST(PackReader, AFileInsteadOfAFolderIsAProblem) {
    TempDir dir;
    dir.write("pack.json", "{}");
    PackLoad load = loadPack(dir.path() / "pack.json");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].message, (dir.path() / "pack.json").string() + " is not a folder");
}

TEST(PackReader, EmptyFolderNamesEveryMissingPart) {
    TempDir dir;
    PackLoad load = loadPack(dir.path());
    ASSERT_EQ(load.problems.size(), 3u);
    EXPECT_EQ(load.problems[0].message, "missing pack.json");
    EXPECT_EQ(load.problems[1].message, "the pack has no exercises");
    EXPECT_EQ(load.problems[2].message, "the pack has no routines");
    EXPECT_EQ(formatProblem(load.problems[0], "packs/x"),
              "packs/x/pack.json: missing pack.json (hint: every pack has a pack.json at its top with format, id, "
              "version and title (docs/content-format.md))");
}

TEST(PackReader, RefusesOversizedJsonFiles) {
    TempDir dir;
    fs::copy(kComplete, dir.path(), fs::copy_options::recursive);
    dir.write("exercises/huge.json", std::string(2048, ' ') + "{}");
    PackLoad load = loadPack(dir.path(), PackReadLimits{.maxJsonBytes = 1024});
    ASSERT_EQ(load.problems.size(), 1u) << describeProblems(load.problems);
    EXPECT_EQ(load.problems[0].file, "exercises/huge.json");
    EXPECT_EQ(load.problems[0].message, "file is 3 KB; a content file may be at most 1 KB");
}

TEST(PackReader, RefusesOversizedImages) {
    TempDir dir;
    fs::copy(kComplete, dir.path(), fs::copy_options::recursive);
    dir.write("images/knee-to-chest.png", std::string(5000, 'x'));
    PackLoad load = loadPack(dir.path(), PackReadLimits{.maxImageBytes = 4096});
    // The image is refused, so the exercise naming it is reported too.
    ASSERT_EQ(load.problems.size(), 2u) << describeProblems(load.problems);
    EXPECT_EQ(load.problems[0].message, "file is 5 KB; a pack file may be at most 4 KB");
    EXPECT_EQ(load.problems[0].file, "images/knee-to-chest.png");
    EXPECT_EQ(load.problems[1].fieldPath, "/image");
}

TEST(PackReader, AnUnreadableFileIsReportedOnceWithItsPath) {
    TempDir dir;
    fs::copy(kComplete, dir.path(), fs::copy_options::recursive);
    // A dangling link cannot be opened, even by root (which permission bits would not stop).
    fs::remove(dir.path() / "pack.json");
    fs::create_symlink(dir.path() / "gone.json", dir.path() / "pack.json");
    PackLoad load = loadPack(dir.path());
    ASSERT_EQ(load.problems.size(), 1u) << describeProblems(load.problems);
    EXPECT_EQ(load.problems[0].file, "pack.json");
    EXPECT_EQ(load.problems[0].message, "cannot read the file: No such file or directory");
    EXPECT_EQ(load.problems[0].hint, "check that it exists and that the user running mirrorcoach may read it");
}

TEST(PackReader, TooManyFilesStopsEarly) {
    TempDir dir;
    fs::copy(kComplete, dir.path(), fs::copy_options::recursive);
    PackLoad load = loadPack(dir.path(), PackReadLimits{.maxFiles = 3});
    ASSERT_FALSE(load.problems.empty());
    EXPECT_EQ(load.problems[0].message, "content folder " + dir.path().string() + " has more than 3 files");
}

TEST(LoadValidPack, GivesThePackOrAnErrorListingTheProblems) {
    auto good = loadValidPack(kComplete);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good->routines.size(), 1u);

    std::string broken = std::string(MC_TEST_FIXTURES) + "/broken/unknown-field";
    auto bad = loadValidPack(broken);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message, "1 problem in the content pack " + broken + ":\n" + broken +
                                       "/routines/gentle.json:12: /items/1/hold: unknown field \"hold\" (hint: did "
                                       "you mean \"hold_s\"?)");
}

}  // namespace
}  // namespace mc
