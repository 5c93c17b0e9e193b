// Canvas records what it draws, where it lands on the screen: the rectangles a layout
// report holds are the ones the text and shapes occupy.
#include <gtest/gtest.h>

#include <cmath>

#include "LayoutProbe.h"
#include "ui/FigureView.h"

namespace mc::test {
namespace {

class CanvasReport : public ::testing::Test {
protected:
    CanvasReport() : probe_(1280, 720, "") {}

    // Draws with a burn-in shift of (3, -2) into a report.
    template <typename Draw>
    LayoutReport drawn(Draw draw) {
        LayoutReport report{1280, 720, {}, {}};
        probe_.frame([&](ImDrawList& list) {
            Canvas c(list, probe_.layout(), probe_.fonts(), {3, -2}, &report);
            draw(c);
        });
        return report;
    }

    LayoutProbe probe_;
};

TEST_F(CanvasReport, TextIsRecordedWhereItIsDrawnAfterAlignmentAndShift) {
    ImFont* font = probe_.fonts().body;
    float size = probe_.layout().fonts.body;
    ImVec2 sz{};
    LayoutReport r = drawn([&](Canvas& c) {
        sz = c.measure(font, size, "Bridge");
        c.text(font, size, 100, 50, IM_COL32(64, 200, 190, 255), "Bridge");
        c.text(font, size, 640, 200, IM_COL32(255, 255, 255, 128), "Bridge", Align::Center);
        c.text(font, size, 1200, 300, colors::kWhite, "Bridge", Align::Right);
    });
    ASSERT_EQ(r.texts.size(), 3u);
    EXPECT_EQ(r.texts[0].text, "Bridge");
    EXPECT_EQ(r.texts[0].size, size);
    EXPECT_FLOAT_EQ(r.texts[0].rect.x0, 103);
    EXPECT_FLOAT_EQ(r.texts[0].rect.width(), sz.x);
    // Vertically the glyphs' rows: inside the line box, from the top of the B to the bottom of the g.
    EXPECT_GT(r.texts[0].rect.y0, 48);
    EXPECT_LT(r.texts[0].rect.y0, 48 + size * 0.3f);
    EXPECT_LE(r.texts[0].rect.y1, 48 + size);
    EXPECT_GT(r.texts[0].rect.height(), size * 0.7f);
    EXPECT_EQ(r.texts[0].color.r, 64);
    EXPECT_EQ(r.texts[0].color.g, 200);
    EXPECT_EQ(r.texts[0].color.b, 190);
    EXPECT_EQ(r.texts[1].color.a, 128);
    // Centred and right-aligned runs: the rectangle is where the text actually is.
    EXPECT_NEAR((r.texts[1].rect.x0 + r.texts[1].rect.x1) / 2, 643, 1.0f);
    EXPECT_NEAR(r.texts[2].rect.x1, 1203, 1.0f);
    EXPECT_NEAR(r.texts[2].rect.x0, 1203 - sz.x, 1.0f);
}

TEST_F(CanvasReport, WrappedTextIsOneRunWithTheWrappedRectangle) {
    ImFont* font = probe_.fonts().small;
    float size = probe_.layout().fonts.small;
    const char* text = "Stop if the pain grows or spreads down a leg, and ask a physiotherapist";
    LayoutReport r = drawn([&](Canvas& c) { c.text(font, size, 40, 100, colors::kSoft, text, Align::Left, 400); });
    ASSERT_EQ(r.texts.size(), 1u);
    EXPECT_EQ(r.texts[0].text, text);
    EXPECT_LE(r.texts[0].rect.width(), 400);
    EXPECT_GE(r.texts[0].rect.height(), 2.5f * size);  // several lines
    EXPECT_GT(r.texts[0].rect.y0, 100);
}

TEST_F(CanvasReport, HugeDigitsClaimOnlyTheRowsTheyCover) {
    ImFont* font = probe_.fonts().huge;
    float size = probe_.layout().fonts.huge;
    LayoutReport r = drawn([&](Canvas& c) { c.text(font, size, 640, 100, colors::kWhite, "12", Align::Center); });
    ASSERT_EQ(r.texts.size(), 1u);
    // Digits are about 0.63 of the font size (see Theme.cpp), well short of the line height.
    EXPECT_NEAR(r.texts[0].rect.height(), size * 0.63f, size * 0.05f);
}

TEST_F(CanvasReport, RingsBarsAndNotedBoxesAreRecorded) {
    LayoutReport r = drawn([&](Canvas& c) {
        c.ring({640, 360}, 200, 20, 0.3f, colors::kFaint, colors::kAccent);
        c.bar(50, 30, 1180, 8, 0.5f, colors::kFaint, colors::kAccent);
        c.noteBox(BoxKind::Figure, 500, 100, 100, 600);  // corners in any order
    });
    EXPECT_TRUE(r.texts.empty());
    ASSERT_EQ(r.boxes.size(), 3u);
    EXPECT_EQ(r.boxes[0].kind, BoxKind::Ring);
    EXPECT_FLOAT_EQ(r.boxes[0].rect.x0, 643 - 210);  // the stroke is centred on the radius
    EXPECT_FLOAT_EQ(r.boxes[0].rect.y1, 358 + 210);
    EXPECT_EQ(r.boxes[1].kind, BoxKind::Bar);
    EXPECT_FLOAT_EQ(r.boxes[1].rect.x0, 53);
    EXPECT_FLOAT_EQ(r.boxes[1].rect.y1, 36);
    EXPECT_EQ(r.boxes[2].kind, BoxKind::Figure);
    EXPECT_FLOAT_EQ(r.boxes[2].rect.x0, 103);
    EXPECT_FLOAT_EQ(r.boxes[2].rect.y0, 98);
    EXPECT_FLOAT_EQ(r.boxes[2].rect.x1, 503);
}

TEST_F(CanvasReport, TheFigureReportsABoxAboutTheSpaceItWasGiven) {
    auto pack = bundledPack();
    ASSERT_FALSE(pack->exercises.empty());
    LayoutReport r = drawn([&](Canvas& c) {
        drawFigure(c, pack->exercises.front().figure, {}, 100, 100, 400, 300);
    });
    ASSERT_EQ(r.boxes.size(), 1u);
    const ReportRect& b = r.boxes[0].rect;
    EXPECT_EQ(r.boxes[0].kind, BoxKind::Figure);
    // The floor line may reach a stroke's width past the box it was given.
    const float stroke = 12;
    EXPECT_GE(b.x0, 103 - stroke);
    EXPECT_LE(b.x1, 503 + stroke);
    EXPECT_GE(b.y0, 98 - stroke);
    EXPECT_LE(b.y1, 398 + stroke);
    EXPECT_GT(b.width() * b.height(), 400 * 300 / 10);  // and it fills a good part of it
}

TEST_F(CanvasReport, WithoutAReportNothingIsRecordedAndTheDrawingIsTheSame) {
    LayoutReport r = drawn([](Canvas&) {});
    EXPECT_TRUE(r.texts.empty());
    // The same call with and without a report draws the same vertices.
    int withReport = 0, without = 0;
    LayoutReport sink;
    for (LayoutReport* report : {&sink, static_cast<LayoutReport*>(nullptr)}) {
        probe_.frame([&](ImDrawList& list) {
            Canvas c(list, probe_.layout(), probe_.fonts(), {0, 0}, report);
            c.text(probe_.fonts().body, probe_.layout().fonts.body, 10, 10, colors::kWhite, "Plank");
            c.ring({300, 300}, 100, 10, 0.5f, colors::kFaint, colors::kAccent);
            (report ? withReport : without) = list.VtxBuffer.Size;
        });
    }
    EXPECT_GT(without, 0);
    EXPECT_EQ(withReport, without);
    EXPECT_EQ(sink.texts.size(), 1u);
}

}  // namespace
}  // namespace mc::test
