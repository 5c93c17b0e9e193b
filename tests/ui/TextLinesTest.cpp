// Line breaking for the mirror: between words only, at most N lines, an ellipsis when
// text is left over or a word is wider than a line; the font never shrinks.
#include <gtest/gtest.h>

#include "UiTestSupport.h"
#include "platform/display/HeadlessRenderer.h"
#include "ui/Screens.h"
#include "ui/TextLines.h"

namespace mc::test {
namespace {

constexpr const char* kEllipsis = "\xE2\x80\xA6";

class TextLines : public ::testing::Test {
protected:
    void SetUp() override {
        auto r = HeadlessRenderer::create(800, 600, realFonts(), "Кошка-корова");
        ASSERT_TRUE(r.ok()) << r.error().message;
        renderer_ = std::move(*r);
    }
    ImFont* font() { return renderer_->fonts().body; }
    float width(const std::string& s) { return font()->CalcTextSizeA(40, FLT_MAX, 0, s.c_str()).x; }

    std::unique_ptr<HeadlessRenderer> renderer_;
};

TEST_F(TextLines, ShortTextIsOneLineUnchanged) {
    EXPECT_EQ(breakLines(font(), 40, "Cat-cow", 600, 2), std::vector<std::string>{"Cat-cow"});
}

TEST_F(TextLines, BreaksBetweenWordsAndEveryLineFits) {
    std::string text = "Kneel on all fours with your hands below your shoulders and your knees below your hips.";
    auto lines = breakLines(font(), 40, text, 400, 10);
    ASSERT_GE(lines.size(), 3u);
    std::string joined;
    for (const std::string& l : lines) {
        EXPECT_LE(width(l), 400.0f) << l;
        EXPECT_NE(l.front(), ' ');
        EXPECT_NE(l.back(), ' ');
        joined += (joined.empty() ? "" : " ") + l;
    }
    EXPECT_EQ(joined, text) << "no word lost or split";
}

TEST_F(TextLines, TextLeftOverEndsTheLastLineWithAnEllipsis) {
    std::string text = "one two three four five six seven eight nine ten eleven twelve";
    auto lines = breakLines(font(), 40, text, 300, 2);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[1].ends_with(kEllipsis)) << lines[1];
    EXPECT_LE(width(lines[1]), 300.0f);
}

TEST_F(TextLines, AWordWiderThanTheLineIsCutAtACharacterNotMidWayThroughOne) {
    auto lines = breakLines(font(), 40, "Кошка-корова", 150, 2);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_TRUE(lines[0].ends_with(kEllipsis));
    EXPECT_LE(width(lines[0]), 150.0f);
    // Valid UTF-8: every byte sequence complete (Cyrillic letters are two bytes).
    std::string body = lines[0].substr(0, lines[0].size() - 3);
    EXPECT_EQ(body.size() % 2, 0u) << body;
}

TEST_F(TextLines, NumbersStayWithTheirUnits) {
    // formatDuration() joins them with a no-break space: a line never ends in "12".
    std::string text = std::string("Hold for 12") + kNoBreak + "min";
    float oneLine = width(text);
    auto lines = breakLines(font(), 40, text, oneLine - 5, 3);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1], std::string("12") + kNoBreak + "min");
}

TEST_F(TextLines, NoLinesForEmptyTextOrNoRoom) {
    EXPECT_TRUE(breakLines(font(), 40, "", 300, 2).empty());
    EXPECT_TRUE(breakLines(font(), 40, "words", 300, 0).empty());
    EXPECT_EQ(linesHeight(font(), 40, "", 300, 2), 0.0f);
}

TEST_F(TextLines, HeightCountsTheLinesDrawn) {
    std::string text = "one two three four five six seven eight nine ten";
    auto lines = breakLines(font(), 40, text, 200, 3);
    EXPECT_EQ(linesHeight(font(), 40, text, 200, 3, 50), 50.0f * float(lines.size() - 1) + 40.0f);
}

}  // namespace
}  // namespace mc::test
