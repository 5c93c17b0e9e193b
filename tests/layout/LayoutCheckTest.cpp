// The layout rules on hand-made reports: each rule fires on the case it is for, names
// the text, and stays quiet on a clean layout.
#include <gtest/gtest.h>

#include <algorithm>

#include "ui/LayoutCheck.h"

namespace mc {
namespace {

constexpr Rgba kWhite{255, 255, 255, 255};

// A 1920x1080 screen: the font floor is 1080 / 28 = 38.6 px, the bottom margin starts at y = 1036.8.
LayoutReport screen() {
    LayoutReport r;
    r.width = 1920;
    r.height = 1080;
    return r;
}

TextRun text(std::string s, float x0, float y0, float x1, float y1, float size = 48, Rgba color = kWhite) {
    return TextRun{std::move(s), size, {x0, y0, x1, y1}, color};
}

// A clean screen: a title, a line touching it below, a ring with its digits, a figure
// and a bar, nothing overlapping.
LayoutReport clean() {
    LayoutReport r = screen();
    r.texts.push_back(text("Cat-cow", 80, 60, 400, 120, 60));
    r.texts.push_back(text("Exercise 1 of 9", 80, 120, 500, 168));  // touches the title
    r.texts.push_back(text("12", 1300, 450, 1500, 630, 300, Rgba{64, 200, 190, 255}));
    r.texts.push_back(text("of 20", 1350, 640, 1450, 688, 40, Rgba{0xB0, 0xB0, 0xB0, 255}));
    r.texts.push_back(text("Check your setup", 80, 960, 700, 1008, 48, Rgba{255, 190, 80, 255}));
    r.boxes.push_back({BoxKind::Ring, {1150, 290, 1650, 790}});
    r.boxes.push_back({BoxKind::Figure, {80, 250, 900, 900}});
    r.boxes.push_back({BoxKind::Bar, {80, 20, 1840, 30}});
    return r;
}

std::vector<LayoutRule> rulesOf(const std::vector<LayoutProblem>& problems) {
    std::vector<LayoutRule> out;
    for (const LayoutProblem& p : problems) out.push_back(p.rule);
    return out;
}

std::string all(const std::vector<LayoutProblem>& problems) {
    std::string s;
    for (const LayoutProblem& p : problems) s += std::string(layoutRuleName(p.rule)) + ": " + p.description + "\n";
    return s;
}

TEST(LayoutCheck, ACleanLayoutHasNoProblems) {
    auto problems = checkLayout(clean());
    EXPECT_TRUE(problems.empty()) << all(problems);
}

TEST(LayoutCheck, TheAccentWarnAndFloorColoursAreBrightEnough) {
    float floor = relativeLuminance({0xB0, 0xB0, 0xB0, 255});
    EXPECT_NEAR(floor, 0.434f, 0.002f);
    EXPECT_GE(relativeLuminance({64, 200, 190, 255}), floor);  // the accent
    EXPECT_GE(relativeLuminance({255, 190, 80, 255}), floor);  // warnings
    EXPECT_GE(relativeLuminance({200, 200, 200, 255}), floor);  // secondary text
    EXPECT_LT(relativeLuminance({120, 120, 120, 255}), floor);  // the old dim grey
    // Half-transparent white on black is a mid grey.
    EXPECT_LT(relativeLuminance({255, 255, 255, 128}), floor);
}

TEST(LayoutCheck, TextPastAnEdgeIsOffScreen) {
    for (ReportRect r : {ReportRect{-10, 180, 300, 228}, ReportRect{1700, 100, 1930, 150},
                         ReportRect{100, -5, 300, 15}}) {
        LayoutReport report = clean();
        report.texts.push_back(text("Far out", r.x0, r.y0, r.x1, r.y1));
        auto problems = checkLayout(report);
        ASSERT_EQ(rulesOf(problems), std::vector{LayoutRule::OffScreen}) << all(problems);
        EXPECT_NE(problems[0].description.find("\"Far out\""), std::string::npos) << problems[0].description;
    }
}

TEST(LayoutCheck, TextBelowTheBottomEdgeIsOffScreenAndInTheMargin) {
    LayoutReport report = clean();
    report.texts.push_back(text("Sinking", 100, 1050, 300, 1098));
    auto rules = rulesOf(checkLayout(report));
    EXPECT_EQ(rules, (std::vector{LayoutRule::OffScreen, LayoutRule::BottomMargin}));
}

TEST(LayoutCheck, NothingMayReachIntoTheBottomMargin) {
    LayoutReport report = clean();
    report.texts.push_back(text("Low line", 1000, 990, 1300, 1038));  // 1.2 px past 96%
    auto problems = checkLayout(report);
    ASSERT_EQ(rulesOf(problems), std::vector{LayoutRule::BottomMargin}) << all(problems);
    EXPECT_NE(problems[0].description.find("\"Low line\""), std::string::npos);

    LayoutReport shapes = clean();
    shapes.boxes.push_back({BoxKind::Bar, {100, 1040, 1800, 1050}});
    auto shapeProblems = checkLayout(shapes);
    ASSERT_EQ(rulesOf(shapeProblems), std::vector{LayoutRule::BottomMargin}) << all(shapeProblems);
    EXPECT_NE(shapeProblems[0].description.find("bar"), std::string::npos);

    // Ending exactly at 96% is allowed.
    LayoutReport edge = clean();
    edge.texts.push_back(text("On the line", 1000, 988.8f, 1300, 1036.8f));
    EXPECT_TRUE(checkLayout(edge).empty()) << all(checkLayout(edge));
}

TEST(LayoutCheck, OverlappingTextsAreNamedBoth) {
    LayoutReport report = clean();
    report.texts.push_back(text("+ 5", 90, 110, 200, 158));  // over the title and the counter
    auto problems = checkLayout(report);
    ASSERT_EQ(rulesOf(problems), (std::vector{LayoutRule::TextOverlap, LayoutRule::TextOverlap})) << all(problems);
    EXPECT_NE(problems[0].description.find("\"Cat-cow\""), std::string::npos);
    EXPECT_NE(problems[0].description.find("\"+ 5\""), std::string::npos);
}

TEST(LayoutCheck, TouchingOrRoundingOverlapIsNotOverlap) {
    LayoutReport report = clean();
    report.texts.push_back(text("Beside", 400.4f, 60, 600, 120));  // 0.4 px into the title
    EXPECT_TRUE(checkLayout(report).empty()) << all(checkLayout(report));
}

TEST(LayoutCheck, TextOverAFigureOrBarIsAProblem) {
    LayoutReport report = clean();
    report.texts.push_back(text("Exhale: round up", 300, 800, 800, 848));  // inside the figure's box
    report.texts.push_back(text("3/9", 1000, 10, 1100, 58));               // over the progress bar
    auto problems = checkLayout(report);
    ASSERT_EQ(rulesOf(problems), (std::vector{LayoutRule::TextOverShape, LayoutRule::TextOverShape})) << all(problems);
    EXPECT_NE(problems[0].description.find("figure"), std::string::npos);
    EXPECT_NE(problems[1].description.find("bar"), std::string::npos);
}

TEST(LayoutCheck, TextCentredInARingBelongsToItButTextAcrossItsEdgeDoesNot) {
    LayoutReport inside = clean();
    inside.texts.push_back(text("down", 1330, 700, 1470, 760, 48));  // below the counter, still in the ring
    EXPECT_TRUE(checkLayout(inside).empty()) << all(checkLayout(inside));

    LayoutReport across = clean();
    across.texts.push_back(text("left side", 1000, 760, 1200, 808));  // centre outside, box over the ring
    auto problems = checkLayout(across);
    ASSERT_EQ(rulesOf(problems), std::vector{LayoutRule::TextOverShape}) << all(problems);
    EXPECT_NE(problems[0].description.find("ring"), std::string::npos);
}

TEST(LayoutCheck, TextBelowTheSizeFloorIsTooSmall) {
    LayoutReport report = clean();
    report.texts.push_back(text("07:30", 1600, 60, 1800, 98, 38));  // 1080 / 28 = 38.57
    auto problems = checkLayout(report);
    ASSERT_EQ(rulesOf(problems), std::vector{LayoutRule::TooSmall}) << all(problems);
    EXPECT_NE(problems[0].description.find("\"07:30\""), std::string::npos);
    EXPECT_NE(problems[0].description.find("38.6"), std::string::npos) << problems[0].description;

    LayoutReport atFloor = clean();
    atFloor.texts.push_back(text("07:30", 1600, 60, 1800, 99, 1080.0f / 28));
    EXPECT_TRUE(checkLayout(atFloor).empty());
}

TEST(LayoutCheck, GreyTextDarkerThanTheFloorIsTooDark) {
    LayoutReport report = clean();
    report.texts.push_back(text("Press Enter to start", 1000, 960, 1600, 1008, 48, Rgba{120, 120, 120, 255}));
    auto problems = checkLayout(report);
    ASSERT_EQ(rulesOf(problems), std::vector{LayoutRule::TooDark}) << all(problems);
    EXPECT_NE(problems[0].description.find("#787878"), std::string::npos) << problems[0].description;
    EXPECT_NE(problems[0].description.find("\"Press Enter to start\""), std::string::npos);

    LayoutReport justBelow = clean();
    justBelow.texts.push_back(text("almost", 1000, 960, 1600, 1008, 48, Rgba{0xAF, 0xAF, 0xAF, 255}));
    EXPECT_EQ(rulesOf(checkLayout(justBelow)), std::vector{LayoutRule::TooDark});
}

TEST(LayoutCheck, AShapePastAnEdgeIsOffScreen) {
    LayoutReport report = clean();
    report.boxes.push_back({BoxKind::Figure, {1500, 100, 1990, 600}});
    auto problems = checkLayout(report);
    ASSERT_EQ(rulesOf(problems), std::vector{LayoutRule::OffScreen}) << all(problems);
    EXPECT_NE(problems[0].description.find("figure"), std::string::npos);
}

TEST(LayoutCheck, ProblemsAreOneLineAndLongTextsAreCutAtACharacterBoundary) {
    LayoutReport report = clean();
    // Cyrillic: two bytes a letter; 60 letters, cut to fit one line.
    std::string longRu;
    for (int i = 0; i < 60; ++i) longRu += "\xD0\xB6";
    report.texts.push_back(text(longRu + "\nsecond line", 100, 400, 900, 496, 30));
    auto problems = checkLayout(report);
    ASSERT_FALSE(problems.empty());
    for (const LayoutProblem& p : problems) {
        EXPECT_EQ(p.description.find('\n'), std::string::npos) << p.description;
        size_t quote = p.description.find("...\"");
        ASSERT_NE(quote, std::string::npos) << p.description;
        // What precedes the ellipsis is whole two-byte letters.
        size_t open = p.description.find('"');
        EXPECT_EQ((quote - open - 1) % 2, 0u) << p.description;
    }
}

}  // namespace
}  // namespace mc
