// Illustrations: a figure moves between its keyframes; the second side of a sided
// exercise keeps the body's facing and trades the limbs; the working limb is lit.
#include <gtest/gtest.h>

#include "UiTestSupport.h"
#include "core/FigureAnimation.h"
#include "platform/display/HeadlessRenderer.h"
#include "ui/Canvas.h"
#include "ui/FigureView.h"

namespace mc::test {
namespace {

// Standing, then a lunge-like reach: nothing about it is symmetric left to right.
Figure reachFigure() {
    Pose start = standingPose();
    Pose end = start;
    auto set = [&](Segment s, float degrees) { end.angle[static_cast<int>(s)] = degrees; };
    end.hipX = 0.1f;
    end.hipY = 0.42f;
    set(Segment::Torso, 60);
    set(Segment::Head, 55);
    set(Segment::UpperArmL, 20);
    set(Segment::ForearmL, 10);
    set(Segment::UpperArmR, 150);
    set(Segment::ForearmR, 170);
    set(Segment::ThighL, -30);
    set(Segment::ShinL, -90);
    set(Segment::ThighR, -120);
    set(Segment::ShinR, -100);
    return Figure{{Keyframe{0.0f, start}, Keyframe{1.0f, end}}};
}

class FigureView : public ::testing::Test {
protected:
    static constexpr int kSide = 256;

    void SetUp() override {
        auto r = HeadlessRenderer::create(kSide, kSide, realFonts(), "");
        ASSERT_TRUE(r.ok()) << r.error().message;
        renderer_ = std::move(*r);
    }

    // The figure in a square box centred in the picture.
    Image draw(const Figure& figure, FigureFrame frame) {
        return renderer_->render([&](ImDrawList& list) {
            Canvas c(list, renderer_->layout(), renderer_->fonts());
            drawFigure(c, figure, frame, 28, 28, kSide - 56, kSide - 56);
        });
    }

    static Image flipped(const Image& img) {
        Image out = img;
        for (int y = 0; y < img.height; ++y)
            for (int x = 0; x < img.width; ++x)
                std::copy_n(pixel(img, img.width - 1 - x, y), 4, &out.rgba[(size_t(y) * img.width + x) * 4]);
        return out;
    }

    // Clearly lit pixels of `b` with no clearly lit pixel of `a` within two pixels.
    static int litWithoutNeighbour(const Image& a, const Image& b) {
        auto lit = [](const Image& img, int x, int y) {
            if (x < 0 || y < 0 || x >= img.width || y >= img.height) return false;
            const uint8_t* p = pixel(img, x, y);
            return p[0] > 64 || p[1] > 64 || p[2] > 64;  // clearly lit, not a faint edge
        };
        int off = 0;
        for (int y = 0; y < b.height; ++y)
            for (int x = 0; x < b.width; ++x) {
                if (!lit(b, x, y)) continue;
                bool near = false;
                for (int dy = -2; dy <= 2; ++dy)
                    for (int dx = -2; dx <= 2; ++dx) near = near || lit(a, x + dx, y + dy);
                off += near ? 0 : 1;
            }
        return off;
    }

    // Pixels of `b` whose value is outside the range of `a`'s 3x3 neighbourhood.
    static int mismatchedBeyondOnePixel(const Image& a, const Image& b) {
        int off = 0;
        for (int y = 0; y < b.height; ++y)
            for (int x = 0; x < b.width; ++x)
                for (int c = 0; c < 3; ++c) {
                    int lo = 255, hi = 0;
                    for (int dy = -1; dy <= 1; ++dy)
                        for (int dx = -1; dx <= 1; ++dx) {
                            int ax = std::clamp(x + dx, 0, a.width - 1), ay = std::clamp(y + dy, 0, a.height - 1);
                            lo = std::min(lo, int(pixel(a, ax, ay)[c]));
                            hi = std::max(hi, int(pixel(a, ax, ay)[c]));
                        }
                    int v = pixel(b, x, y)[c];
                    if (v < lo || v > hi) {
                        ++off;
                        break;
                    }
                }
        return off;
    }

    std::unique_ptr<HeadlessRenderer> renderer_;
};

TEST_F(FigureView, TheFigureIsDrawnAndMovesBetweenKeyframes) {
    Figure figure = reachFigure();
    Image start = draw(figure, {0.0f});
    Image middle = draw(figure, {0.5f});
    Image end = draw(figure, {1.0f});
    for (const Image* img : {&start, &middle, &end}) EXPECT_GT(litPixels(*img, whole(*img)), 1000);
    EXPECT_GT(differingPixels(start, middle, whole(start)), 500);
    EXPECT_GT(differingPixels(middle, end, whole(start)), 500);
    // The same moment draws the same pixels.
    Image again = draw(figure, {0.5f});
    EXPECT_TRUE(again.rgba == middle.rgba);
}

// Pixels in the accent colour (greenish blue), however dimmed.
int accentPixels(const Image& img) {
    int n = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const uint8_t* p = pixel(img, x, y);
            n += p[1] > 60 && p[1] > p[0] + 40 && p[2] > p[0] + 40;
        }
    return n;
}

TEST_F(FigureView, TheOtherSideKeepsTheFacingAndTradesTheLimbs) {
    Figure figure = reachFigure();
    for (float movement : {0.35f, 1.0f}) {
        Image left = draw(figure, {movement, Millis{0}, false});
        Image right = draw(figure, {movement, Millis{0}, true});
        // Another picture, but not the mirror image: the body did not turn round.
        EXPECT_GT(differingPixels(left, right, whole(left)), 300) << movement;
        EXPECT_GT(litWithoutNeighbour(flipped(left), right) + litWithoutNeighbour(right, flipped(left)), 300)
            << movement;
    }
    // With both sides' limbs alike, trading them changes nothing: the facing is kept.
    Figure symmetric = figure;
    for (Keyframe& k : symmetric.keyframes) {
        auto copy = [&](Segment from, Segment to) { k.pose.angle[int(to)] = k.pose.angle[int(from)]; };
        copy(Segment::UpperArmL, Segment::UpperArmR);
        copy(Segment::ForearmL, Segment::ForearmR);
        copy(Segment::ThighL, Segment::ThighR);
        copy(Segment::ShinL, Segment::ShinR);
    }
    Image a = draw(symmetric, {1.0f, Millis{0}, false}), b = draw(symmetric, {1.0f, Millis{0}, true});
    EXPECT_EQ(differingPixels(a, b, whole(a)), 0);
}

TEST_F(FigureView, TheWorkingLimbIsDrawnInTheAccentColour) {
    Figure figure = reachFigure();
    EXPECT_EQ(accentPixels(draw(figure, {1.0f})), 0);
    FigureFrame leg{1.0f};
    leg.lit = legSegments(true);
    FigureFrame arm{1.0f};
    arm.lit = armSegments(false);
    Image litLeg = draw(figure, leg), litArm = draw(figure, arm);
    EXPECT_GT(accentPixels(litLeg), 200);
    EXPECT_GT(accentPixels(litArm), 100);
    EXPECT_GT(differingPixels(litLeg, litArm, whole(litLeg)), 200);
}

TEST_F(FigureView, BreathingMovesAHeldPoseSlightly) {
    Figure figure = reachFigure();
    Image still = draw(figure, {1.0f, Millis{0}});
    Image breathing = draw(figure, {1.0f, Millis{1250}});
    int changed = differingPixels(still, breathing, whole(still));
    EXPECT_GT(changed, 0);
    EXPECT_LT(changed, differingPixels(draw(figure, {0.0f}), still, whole(still)));
}

TEST_F(FigureView, AnEmptyFigureDrawsAStandingBody) {
    Image img = draw(Figure{}, {0.5f});
    EXPECT_GT(litPixels(img, whole(img)), 1000);
}

}  // namespace
}  // namespace mc::test
