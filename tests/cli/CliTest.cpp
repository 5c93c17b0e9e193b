// The mirrorcoach binary as a person or a script uses it: real child processes,
// real files, exit statuses and messages.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "ChildProcess.h"
#include "platform/display/PngFile.h"

namespace mc::test {
namespace {

const std::string kPack = std::string(MC_SOURCE_ASSETS) + "/pack";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(ListCommand, PrintsTheBundledRoutines) {
    Outcome o = runBinary({"list"});
    ASSERT_EQ(o.status, 0) << o.err;
    for (const char* id : {"gentle-lower-back", "core-strength", "desk-break"}) EXPECT_TRUE(contains(o.out, id)) << id;
    // One line per routine, with its title and duration.
    EXPECT_TRUE(contains(o.out, "Gentle lower-back release"));
    size_t routineFiles = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kPack + "/routines"))
        routineFiles += entry.path().extension() == ".json" ? 1 : 0;
    EXPECT_EQ(lines(o.out).size(), routineFiles);
}

TEST(ListCommand, IdsOnlyPrintsOneIdPerLine) {
    Outcome o = runBinary({"list", "--content", kPack, "--ids"});
    ASSERT_EQ(o.status, 0) << o.err;
    std::vector<std::string> ids = lines(o.out);
    EXPECT_NE(std::find(ids.begin(), ids.end(), "gentle-lower-back"), ids.end());
    EXPECT_NE(std::find(ids.begin(), ids.end(), "desk-break"), ids.end());
    for (const std::string& id : ids) EXPECT_EQ(id.find(' '), std::string::npos) << id;
}

// Durations follow the [player] reading pace of the config: slower reading, longer
// get-ready and rests before exercises with a setup text; routines without one keep theirs.
TEST(ListCommand, DurationsFollowTheConfiguredReadingPace) {
    TempDir dir;
    const std::string config = dir.file("config.toml");
    std::ofstream(config) << "[player]\nreading_wpm = 40\nget_ready_max_s = 120\n";
    const std::string coaching = std::string(MC_TEST_FIXTURES) + "/valid/coaching";
    const Outcome usual = runBinary({"list", "--content", coaching, "--config", dir.file("absent.toml")});
    const Outcome slow = runBinary({"list", "--content", coaching, "--config", config});
    ASSERT_EQ(slow.status, 0) << slow.err;
    auto lineOf = [](const Outcome& o, const std::string& id) {
        for (const std::string& line : lines(o.out))
            if (line.rfind(id + " ", 0) == 0) return line;
        return std::string();
    };
    // An explicit config that does not exist is reported; the defaults are used.
    EXPECT_TRUE(contains(usual.err, "absent.toml")) << usual.err;
    EXPECT_EQ(lineOf(usual, "calm"), lineOf(slow, "calm"));
    EXPECT_NE(lineOf(usual, "flow"), lineOf(slow, "flow"));
    EXPECT_FALSE(lineOf(usual, "flow").empty());
}

TEST(ListCommand, AMissingPackFailsWithAMessage) {
    TempDir dir;
    Outcome o = runBinary({"list", "--content", dir.file("no-such-pack")});
    EXPECT_NE(o.status, 0);
    EXPECT_TRUE(o.out.empty());
    EXPECT_TRUE(contains(o.err, "no-such-pack")) << o.err;
}

TEST(ScreenshotCommand, WritesAPngOfTheDefaultSize) {
    TempDir dir;
    std::string out = dir.file("shot.png");
    Outcome o = runBinary({"screenshot", "--routine", "gentle-lower-back", "--at", "5", "--out", out});
    ASSERT_EQ(o.status, 0) << o.err;
    EXPECT_TRUE(contains(o.out, out)) << o.out;
    auto image = readPng(out);
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->width, 1920);
    EXPECT_EQ(image->height, 1080);
    // No temporary file is left beside it.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(ScreenshotCommand, SeveralTimesWriteOneFileEach) {
    TempDir dir;
    Outcome o = runBinary({"screenshot", "--routine", "gentle-lower-back", "--at", "5,6", "--size", "640x360", "--out",
                           dir.file("shot.png")});
    ASSERT_EQ(o.status, 0) << o.err;
    auto five = readPng(dir.file("shot-5s.png"));
    auto six = readPng(dir.file("shot-6s.png"));
    ASSERT_TRUE(five.ok()) << o.out;
    ASSERT_TRUE(six.ok()) << o.out;
    EXPECT_EQ(five->width, 640);
    EXPECT_EQ(six->height, 360);
    EXPECT_FALSE(five->rgba == six->rgba);  // the countdown moved on
    EXPECT_FALSE(std::filesystem::exists(dir.file("shot.png")));
}

TEST(ScreenshotCommand, TheSameArgumentsGiveTheSameFile) {
    TempDir dir;
    for (const char* name : {"a.png", "b.png"}) {
        Outcome o = runBinary({"screenshot", "--routine", "desk-break", "--at", "12.5", "--size", "640x360", "--out",
                               dir.file(name)});
        ASSERT_EQ(o.status, 0) << o.err;
    }
    EXPECT_EQ(slurp(dir.file("a.png")), slurp(dir.file("b.png")));
}

TEST(ScreenshotCommand, RotationGivesAnUprightPortraitPicture) {
    TempDir dir;
    Outcome o = runBinary({"screenshot", "--routine", "desk-break", "--at", "3", "--size", "640x360", "--rotate", "90",
                           "--out", dir.file("portrait.png")});
    ASSERT_EQ(o.status, 0) << o.err;
    auto image = readPng(dir.file("portrait.png"));
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(image->width, 360);
    EXPECT_EQ(image->height, 640);
}

TEST(ScreenshotCommand, ContactSheetWritesOnePicture) {
    TempDir dir;
    Outcome o = runBinary({"screenshot", "--routine", "gentle-lower-back", "--contact-sheet", "--size", "960x540",
                           "--out", dir.file("sheet.png")});
    ASSERT_EQ(o.status, 0) << o.err;
    auto image = readPng(dir.file("sheet.png"));
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(image->width, 960);
    EXPECT_GT(image->height, 540 / 3);
}

TEST(ScreenshotCommand, AnUnknownRoutineFailsNamingTheKnownOnes) {
    TempDir dir;
    Outcome o = runBinary({"screenshot", "--routine", "no-such-routine", "--at", "5", "--out", dir.file("x.png")});
    EXPECT_NE(o.status, 0);
    EXPECT_TRUE(contains(o.err, "no-such-routine")) << o.err;
    for (const char* id : {"gentle-lower-back", "core-strength", "desk-break"}) EXPECT_TRUE(contains(o.err, id)) << o.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.png")));
}

TEST(ScreenshotCommand, BadArgumentsAreUsageErrors) {
    TempDir dir;
    Outcome size = runBinary({"screenshot", "--size", "big", "--out", dir.file("x.png")});
    EXPECT_EQ(size.status, 2);
    EXPECT_TRUE(contains(size.err, "big")) << size.err;
    Outcome at = runBinary({"screenshot", "--at", "soon", "--out", dir.file("x.png")});
    EXPECT_EQ(at.status, 2);
    EXPECT_TRUE(contains(at.err, "soon")) << at.err;
    Outcome rotate = runBinary({"screenshot", "--rotate", "45", "--out", dir.file("x.png")});
    EXPECT_NE(rotate.status, 0);
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.png")));
}

// No display: a video driver that cannot open, whatever the machine has.
void expectNoDisplay(const std::vector<std::string>& args, const std::map<std::string, std::optional<std::string>>& env) {
    Outcome o = runBinary(args, env);
    EXPECT_EQ(o.status, 3) << o.err;
    std::vector<std::string> errLines = lines(o.err);
    ASSERT_EQ(errLines.size(), 1u) << o.err;
    const std::string& line = errLines.front();
    EXPECT_TRUE(contains(line, "no display could be opened")) << line;
    EXPECT_TRUE(contains(line, "mirrorcoach screenshot")) << line;  // what to try instead
    EXPECT_TRUE(o.out.empty()) << o.out;
}

TEST(RunCommand, WithAnUnavailableVideoDriverFailsWithOneClearLine) {
    expectNoDisplay({"run"}, {{"SDL_VIDEODRIVER", "nonexistent"}, {"DISPLAY", std::nullopt},
                              {"WAYLAND_DISPLAY", std::nullopt}});
}

TEST(RunCommand, WithX11ButNoDisplayFailsWithOneClearLine) {
    expectNoDisplay({"run", "--windowed", "640x360"},
                    {{"SDL_VIDEODRIVER", "x11"}, {"DISPLAY", std::nullopt}, {"WAYLAND_DISPLAY", std::nullopt}});
}

TEST(RunCommand, IsTheDefaultCommand) {
    expectNoDisplay({}, {{"SDL_VIDEODRIVER", "nonexistent"}, {"DISPLAY", std::nullopt},
                         {"WAYLAND_DISPLAY", std::nullopt}});
}

class SubcommandHelp : public ::testing::TestWithParam<const char*> {};

TEST_P(SubcommandHelp, PrintsUsageAndSucceeds) {
    std::string name = GetParam();
    Outcome o = runBinary({name, "--help"}, {{"SDL_VIDEODRIVER", "nonexistent"}, {"DISPLAY", std::nullopt}});
    EXPECT_EQ(o.status, 0) << o.err;
    std::string all = o.out + o.err;
    EXPECT_TRUE(contains(all, name)) << all;
    EXPECT_TRUE(contains(all, "--help")) << all;
    EXPECT_TRUE(contains(all, "OPTIONS")) << all;
}

INSTANTIATE_TEST_SUITE_P(Commands, SubcommandHelp, ::testing::Values("run", "screenshot", "list", "validate"));

TEST(Help, TheTopLevelHelpNamesTheSubcommands) {
    Outcome o = runBinary({"--help"});
    EXPECT_EQ(o.status, 0) << o.err;
    for (const char* name : {"run", "screenshot", "list", "validate"}) EXPECT_TRUE(contains(o.out, name)) << name;
}

TEST(Help, AnUnknownSubcommandIsAUsageError) {
    Outcome o = runBinary({"no-such-command"});
    EXPECT_NE(o.status, 0);
    EXPECT_FALSE(o.err.empty());
}

}  // namespace
}  // namespace mc::test
