// The body drawing: dark fills in bright outlines, limbs that join without gaps, a
// dimmer far side, the working limb in the accent colour, a face on the facing side,
// everything inside its box, and a fixed small cost in vertices.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "Pictures.h"
#include "SampleBodies.h"
#include "ui/BodyView.h"

namespace mc::test {
namespace {

class BodyView : public Pictures {
protected:
    static constexpr int kSide = 400;
    static constexpr float kBox[4] = {30, 20, 340, 360};  // x, y, w, h

    void SetUp() override { open(kSide, kSide); }

    Image draw(const BodyShape& body, BodyStyle style = {}, int* vertices = nullptr) {
        place_ = fitInBox(extentOf(body, style.floor), kBox[0], kBox[1], kBox[2], kBox[3]);
        return render([&](Canvas& c) { drawBodyInBox(c, body, style, kBox[0], kBox[1], kBox[2], kBox[3]); },
                      vertices);
    }
    // Where a body point lands in the last picture.
    int px(Vec2 p) const { return static_cast<int>(std::lround(place_.origin.x + p.x * place_.scale)); }
    int py(Vec2 p) const { return static_cast<int>(std::lround(place_.origin.y - p.y * place_.scale)); }
    int brightAt(const Image& img, Vec2 p) const { return brightness(img, px(p), py(p)); }

    // The brightest pixel on the picture row through `p`, from body x `fromX` to `toX`.
    int brightestOnRow(const Image& img, Vec2 p, float fromX, float toX) const {
        int best = 0;
        for (int x = px({fromX, 0}); x <= px({toX, 0}); ++x) best = std::max(best, brightness(img, x, py(p)));
        return best;
    }
    ScreenPlacement place_;
};

TEST_F(BodyView, PiecesAreDarkFillsInsideBrightOutlines) {
    BodyShape body = standingBody();
    Image img = draw(body);
    // Across the chest: a bright outline on each side, a dark grey inside.
    Vec2 chest{0.007f, 0.75f};
    EXPECT_GE(brightestOnRow(img, chest, -0.12f, 0.005f), 215);
    EXPECT_GE(brightestOnRow(img, chest, 0.01f, 0.12f), 215);
    int fill = brightAt(img, chest);
    EXPECT_GE(fill, 48);
    EXPECT_LE(fill, 90);
    // No large lit area: most of the body's pixels are the dark fill.
    int outline = 0, dark = 0;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            int b = brightness(img, x, y);
            outline += b >= 180;
            dark += b > 20 && b < 100;
        }
    EXPECT_GT(outline, 500);
    EXPECT_GT(dark, outline);
}

TEST_F(BodyView, ALimbIsOneShapeFromHipToFoot) {
    BodyShape body = standingBody();
    Image img = draw(body);
    // Along the near leg's bones every pixel is inside the body (no gap at the knee) and
    // none is an outline (the thigh's and the shin's outlines merge, no line at the knee).
    Vec2 hip{0.0f, 0.5f}, knee{0.02f, 0.28f}, ankle{0.0f, 0.06f};
    for (auto [from, to] : {std::pair{hip, knee}, std::pair{knee, ankle}})
        for (int i = 0; i <= 40; ++i) {
            float t = static_cast<float>(i) / 40;
            Vec2 p{from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t};
            int b = brightAt(img, p);
            EXPECT_GE(b, 40) << p.x << "," << p.y;
            EXPECT_LE(b, 110) << p.x << "," << p.y;
        }
}

TEST_F(BodyView, TheFarSideIsDimmerThanTheNearSide) {
    BodyShape body = standingBody();
    Image img = draw(body);
    // The far forearm, reaching forward clear of the body, against the near upper arm.
    int farEdge = 0, nearEdge = 0, farFill = brightAt(img, {0.25f, 0.795f}), nearFill = brightAt(img, {0.015f, 0.7f});
    for (int y = py({0, 0.86f}); y <= py({0, 0.74f}); ++y) farEdge = std::max(farEdge, brightness(img, px({0.25f, 0}), y));
    nearEdge = brightestOnRow(img, {0, 0.7f}, -0.04f, 0.08f);
    EXPECT_GE(nearEdge, 215);
    EXPECT_GE(farEdge, 100);
    EXPECT_LE(farEdge, nearEdge - 60);
    EXPECT_LT(farFill, nearFill);
    EXPECT_GT(farFill, 25);  // still seen on the black glass
}

TEST_F(BodyView, LitPartsAreOutlinedInTheAccent) {
    BodyShape body = standingBody();
    auto accentCount = [&](const Image& img) {
        int n = 0;
        for (int y = 0; y < kSide; ++y)
            for (int x = 0; x < kSide; ++x) n += isAccent(img, x, y);
        return n;
    };
    Image plain = draw(body);
    EXPECT_EQ(accentCount(plain), 0);
    Image lit = draw(body, {partBit(BodyPart::ThighL) | partBit(BodyPart::ShinL)});
    EXPECT_GT(accentCount(lit), 200);
    // On the working leg's outline, and only there: the arms stay grey.
    int onLeg = 0;
    for (int x = px({-0.1f, 0}); x <= px({0.1f, 0}); ++x) onLeg += isAccent(lit, x, py({0, 0.4f}));
    EXPECT_GE(onLeg, 2);  // the thigh's two edges
    int onArm = 0;
    for (int y = py({0, 0.8f}); y <= py({0, 0.4f}); ++y)
        for (int x = px({0.1f, 0}); x < px({0.4f, 0}); ++x) onArm += isAccent(lit, x, y);
    EXPECT_EQ(onArm, 0);
}

TEST_F(BodyView, TheFaceIsOnTheFacingSide) {
    for (bool right : {true, false}) {
        BodyShape body = right ? standingBody() : facingLeft(standingBody());
        Image img = draw(body);
        const HeadShape& h = body.head;
        // Bright pixels inside the head's outline (the eye) sit toward the facing.
        int toward = 0, away = 0;
        float inner = h.radius * 0.75f;
        for (int y = py({0, h.center.y + inner}); y <= py({0, h.center.y - inner}); ++y)
            for (int x = px({h.center.x - inner, 0}); x <= px({h.center.x + inner, 0}); ++x) {
                float bx = (x - place_.origin.x) / place_.scale, by = (place_.origin.y - y) / place_.scale;
                if (std::hypot(bx - h.center.x, by - h.center.y) > inner || brightness(img, x, y) < 160) continue;
                ((bx > h.center.x) == right ? toward : away)++;
            }
        EXPECT_GT(toward, 10) << right;
        EXPECT_EQ(away, 0) << right;
        // The nose stands out of the round head on the facing side only.
        float beyond = h.radius * 1.12f;
        Vec2 front{h.center.x + (right ? beyond : -beyond), h.center.y - 0.006f};
        float behind = h.radius * 1.25f;  // beyond the outline and its anti-aliased edge
        Vec2 back{h.center.x + (right ? -behind : behind), h.center.y - 0.006f};
        EXPECT_GT(brightAt(img, front), 100) << right;
        EXPECT_LT(brightAt(img, back), 16) << right;
    }
}

TEST_F(BodyView, TheHeadTakesItsPlaceByDepth) {
    // A forearm across the face: in front of the head it hides the eye; behind it, the
    // head hides it.
    for (bool inFront : {true, false}) {
        BodyShape body = standingBody();
        const HeadShape& h = body.head;
        Vec2 eye{h.center.x + 0.5f * h.radius, h.center.y + 0.2f * h.radius};
        Capsule arm = piece(BodyPart::ForearmL, {h.center.x - 0.2f, eye.y}, {h.center.x + 0.2f, eye.y}, 0.03f, 0.03f,
                            inFront ? 0.5f : 1.5f);
        auto& c = body.capsules;
        c.insert(inFront ? c.end() : c.begin(), arm);
        Image img = draw(body);
        EXPECT_EQ(brightAt(img, eye) >= 200, !inFront) << inFront;  // the eye, or the arm's fill over it
        // Just outside the head's outline the arm is seen either way.
        EXPECT_GT(brightAt(img, {h.center.x - 0.12f, eye.y}), 40) << inFront;
        // Where the arm crosses the head's outline: in front, the arm's dark fill covers
        // it; behind, the head's outline shows.
        Vec2 edge{h.center.x - h.radius * std::cos(std::asin(0.2f)), eye.y};
        EXPECT_EQ(brightAt(img, edge) >= 200, !inFront) << inFront;
    }
}

TEST_F(BodyView, AFrontViewHasTwoEyesAndABackViewNone) {
    auto eyePixels = [&](const Image& img, const HeadShape& h, bool leftHalf) {
        int n = 0;
        float inner = h.radius * 0.7f;
        for (int y = py({0, h.center.y + inner}); y <= py({0, h.center.y - inner}); ++y)
            for (int x = px({h.center.x - inner, 0}); x <= px({h.center.x + inner, 0}); ++x) {
                float bx = (x - place_.origin.x) / place_.scale, by = (place_.origin.y - y) / place_.scale;
                if (std::hypot(bx - h.center.x, by - h.center.y) > inner || brightness(img, x, y) < 160) continue;
                n += (bx < h.center.x) == leftHalf;
            }
        return n;
    };
    BodyShape front = frontBody(1.0f);
    Image img = draw(front);
    int left = eyePixels(img, front.head, true), right = eyePixels(img, front.head, false);
    EXPECT_GT(left, 5);
    EXPECT_GT(right, 5);
    EXPECT_NEAR(left, right, 3);  // symmetric
    BodyShape back = frontBody(-1.0f);
    img = draw(back);
    EXPECT_EQ(eyePixels(img, back.head, true) + eyePixels(img, back.head, false), 0);
}

TEST_F(BodyView, NothingIsDrawnOutsideTheBox) {
    for (const BodyShape& body : {standingBody(), facingLeft(standingBody()), lyingBody(), frontBody(1)}) {
        for (bool floor : {true, false}) {
            BodyStyle style;
            style.floor = floor;
            Image img = draw(body, style);
            int inside = 0, outside = 0;
            for (int y = 0; y < kSide; ++y)
                for (int x = 0; x < kSide; ++x) {
                    bool in = x >= kBox[0] && x < kBox[0] + kBox[2] && y >= kBox[1] && y < kBox[1] + kBox[3];
                    (in ? inside : outside) += brightness(img, x, y) > 0;
                }
            EXPECT_GT(inside, 2000);
            EXPECT_EQ(outside, 0);
        }
    }
}

TEST_F(BodyView, TheBodyRestsOnTheFloorLine) {
    BodyShape body = lyingBody();
    Image img = draw(body);
    // The floor line is right under y = 0, the body's lowest outline right above it:
    // no black row between them under the back.
    int x = px({0.38f, 0});
    for (int y = py({0, 0.02f}); y <= py({0, 0}) + 1; ++y) EXPECT_GT(brightness(img, x, y), 30) << y;
    // Under the floor line: black.
    EXPECT_EQ(brightness(img, x, py({0, 0}) + static_cast<int>(bodyStroke(place_.scale)) + 3), 0);
}

TEST_F(BodyView, AGhostIsFadedTowardBlack) {
    BodyShape body = standingBody();
    BodyStyle ghost;
    ghost.alpha = 0.4f;
    Image img = draw(body, ghost);
    int brightest = 0;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) brightest = std::max(brightest, brightness(img, x, y));
    EXPECT_GE(brightest, 80);
    EXPECT_LE(brightest, 92);  // 0.4 of the outline's 224
}

TEST_F(BodyView, AWholeBodyCostsAFixedSmallNumberOfVertices) {
    int small = 0, large = 0;
    draw(standingBody(), {}, &small);
    open(1600, 1600);  // a larger picture: more pixels, the same vertices
    render([&](Canvas& c) { drawBodyInBox(c, standingBody(), {}, 0, 0, 1600, 1600); }, &large);
    std::printf("a standing body: %d vertices\n", small);
    EXPECT_EQ(small, large);
    EXPECT_LE(small, 1500);
    EXPECT_GE(small, 16 * 2 * 2 * 18);  // every piece drawn: outline and fill
}

}  // namespace
}  // namespace mc::test
