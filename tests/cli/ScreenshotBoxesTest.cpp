// `mirrorcoach screenshot --boxes`: the layout report written beside the PNG, as JSON a
// script or test can check without reading pixels.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "ChildProcess.h"
#include "platform/display/PngFile.h"

namespace mc::test {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

nlohmann::json readJson(const std::string& path) {
    nlohmann::json j = nlohmann::json::parse(slurp(path), nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << path << " is not JSON";
    return j;
}

TEST(ScreenshotBoxes, TheReportDescribesThePictureBesideIt) {
    TempDir dir;
    // 40 s into desk-break: the player, on its side (the picture is upright portrait).
    Outcome o = runBinary({"screenshot", "--routine", "desk-break", "--at", "40", "--size", "640x360", "--rotate", "90",
                           "--out", dir.file("shot.png"), "--boxes", dir.file("shot.json")});
    ASSERT_EQ(o.status, 0) << o.err;
    EXPECT_TRUE(contains(o.out, dir.file("shot.json"))) << o.out;
    auto image = readPng(dir.file("shot.png"));
    ASSERT_TRUE(image.ok());
    nlohmann::json j = readJson(dir.file("shot.json"));
    EXPECT_EQ(j.at("width").get<double>(), image->width);
    EXPECT_EQ(j.at("height").get<double>(), image->height);

    ASSERT_GE(j.at("texts").size(), 3u);
    const std::regex hex("#[0-9A-F]{6}");
    for (const auto& t : j.at("texts")) {
        EXPECT_FALSE(t.at("text").get<std::string>().empty());
        EXPECT_GT(t.at("size").get<double>(), 0);
        ASSERT_EQ(t.at("rect").size(), 4u);
        EXPECT_LE(t.at("rect")[0].get<double>(), t.at("rect")[2].get<double>());
        EXPECT_LT(t.at("rect")[1].get<double>(), t.at("rect")[3].get<double>());
        EXPECT_TRUE(std::regex_match(t.at("color").get<std::string>(), hex)) << t.dump();
    }
    // The player's ring is among the boxes, and every box is a known kind.
    bool ring = false;
    for (const auto& b : j.at("boxes")) {
        std::string kind = b.at("kind").get<std::string>();
        EXPECT_TRUE(kind == "ring" || kind == "figure" || kind == "bar") << kind;
        ring = ring || kind == "ring";
        EXPECT_EQ(b.at("rect").size(), 4u);
    }
    EXPECT_TRUE(ring) << j.at("boxes").dump();
}

TEST(ScreenshotBoxes, SeveralTimesWriteOneReportEach) {
    TempDir dir;
    Outcome o = runBinary({"screenshot", "--routine", "desk-break", "--at", "5,40", "--size", "640x360", "--out",
                           dir.file("shot.png"), "--boxes", dir.file("boxes.json")});
    ASSERT_EQ(o.status, 0) << o.err;
    nlohmann::json five = readJson(dir.file("boxes-5s.json"));
    nlohmann::json forty = readJson(dir.file("boxes-40s.json"));
    EXPECT_NE(five.at("texts"), forty.at("texts"));
    EXPECT_FALSE(std::filesystem::exists(dir.file("boxes.json")));
}

TEST(ScreenshotBoxes, AReportThatCannotBeWrittenIsAnError) {
    TempDir dir;
    std::string report = dir.file("no-such-folder/boxes.json");
    Outcome o = runBinary({"screenshot", "--routine", "desk-break", "--at", "5", "--size", "640x360", "--out",
                           dir.file("shot.png"), "--boxes", report});
    EXPECT_EQ(o.status, 1);
    EXPECT_TRUE(contains(o.err, "layout report")) << o.err;
    EXPECT_TRUE(contains(o.err, report)) << o.err;
}

TEST(ScreenshotBoxes, ContactSheetsHaveNoReport) {
    TempDir dir;
    Outcome o = runBinary({"screenshot", "--contact-sheet", "--size", "640x360", "--out", dir.file("sheet.png"),
                           "--boxes", dir.file("boxes.json")});
    EXPECT_EQ(o.status, 2);
    EXPECT_TRUE(contains(o.err, "--boxes")) << o.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("sheet.png")));
}

}  // namespace
}  // namespace mc::test
