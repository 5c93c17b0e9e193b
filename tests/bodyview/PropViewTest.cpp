// Props: known by name, drawn inside their extent in the figure's style, the way round
// and the size content asks for.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "Pictures.h"
#include "SampleBodies.h"
#include "ui/PropView.h"

namespace mc::test {
namespace {

TEST(PropNames, EveryKindHasOneNameThatReadsBack) {
    const auto& names = propKindNames();
    ASSERT_EQ(names.size(), static_cast<size_t>(PropKind::Count));
    EXPECT_EQ(std::set<std::string_view>(names.begin(), names.end()).size(), names.size());
    for (int i = 0; i < static_cast<int>(PropKind::Count); ++i) {
        auto kind = static_cast<PropKind>(i);
        EXPECT_EQ(propKindFromName(propKindName(kind)), kind) << propKindName(kind);
        EXPECT_GT(usualSize(kind), 0.0f);
    }
    for (const char* name : {"mat", "pillow", "bolster", "strap", "towel", "chair", "bench", "wall", "ball",
                             "dumbbell", "bar", "parallel-bars", "step"})
        EXPECT_TRUE(propKindFromName(name).has_value()) << name;
    for (const char* unknown : {"", "Chair", "dumbbells", "yoga-block", "parallel bars"})
        EXPECT_FALSE(propKindFromName(unknown).has_value()) << unknown;
}

class PropView : public Pictures {
protected:
    static constexpr int kSide = 300;
    void SetUp() override { open(kSide, kSide); }

    // The prop as large as fits in the box (x, y, w, h).
    Image draw(const Prop& prop, float x, float y, float w, float h, int* vertices = nullptr) {
        place_ = fitInBox(extentOf(prop), x, y, w, h);
        return render([&](Canvas& c) { drawProp(c, prop, place_.origin, place_.scale); }, vertices);
    }
    int px(float x) const { return static_cast<int>(std::lround(place_.origin.x + x * place_.scale)); }
    int py(float y) const { return static_cast<int>(std::lround(place_.origin.y - y * place_.scale)); }
    int lit(const Image& img, int x0, int y0, int x1, int y1) const {
        int n = 0;
        for (int y = std::max(0, y0); y < std::min(kSide, y1); ++y)
            for (int x = std::max(0, x0); x < std::min(kSide, x1); ++x) n += brightness(img, x, y) > 0;
        return n;
    }
    ScreenPlacement place_;
};

TEST_F(PropView, EveryKindIsDrawnInsideItsExtentInTheFiguresStyle) {
    for (int i = 0; i < static_cast<int>(PropKind::Count); ++i) {
        Prop prop{static_cast<PropKind>(i), {0.1f, 0.0f}, {0.6f, 0.4f}};
        int vertices = 0;
        Image img = draw(prop, 40, 40, 220, 220, &vertices);
        std::string name(propKindName(prop.kind));
        EXPECT_GT(lit(img, 40, 40, 260, 260), 300) << name;
        EXPECT_EQ(lit(img, 0, 0, kSide, kSide) - lit(img, 40, 40, 260, 260), 0) << name;
        EXPECT_LE(vertices, 400) << name;
        int brightest = 0, outline = 0, dark = 0;
        for (int y = 0; y < kSide; ++y)
            for (int x = 0; x < kSide; ++x) {
                int b = brightness(img, x, y);
                brightest = std::max(brightest, b);
                outline += b >= 150;
                dark += b > 0 && b < 60;
            }
        // An outline a little quieter than the body's (224), and a dark inside.
        EXPECT_GE(brightest, 170) << name;
        EXPECT_LE(brightest, 190) << name;
        if (prop.kind != PropKind::Strap && prop.kind != PropKind::Mat) EXPECT_GT(dark, outline / 3) << name;
    }
}

TEST_F(PropView, AChairFacesRightUnlessMirrored) {
    for (bool mirrored : {false, true}) {
        Prop chair{PropKind::Chair, {0, 0}};
        chair.mirrored = mirrored;
        Image img = draw(chair, 20, 20, 260, 260);
        float seat = usualSize(PropKind::Chair);
        // Above the seat there is only the back.
        int left = lit(img, 0, 0, px(0), py(seat + 0.05f)), right = lit(img, px(0), 0, kSide, py(seat + 0.05f));
        EXPECT_GT(mirrored ? right : left, 200) << mirrored;
        EXPECT_EQ(mirrored ? left : right, 0) << mirrored;
        // It stands on the floor: its legs reach y = 0 and nothing goes much below.
        EXPECT_GT(lit(img, 0, py(0.01f), kSide, py(0)), 10);
        EXPECT_EQ(lit(img, 0, py(-0.03f), kSide, kSide), 0);
    }
}

TEST_F(PropView, AMatLiesUnderItsTopSurfaceAndABallOnTopOfIt) {
    Prop mat{PropKind::Mat, {0, 0}};
    Image img = draw(mat, 20, 100, 260, 100);
    EXPECT_EQ(lit(img, 0, 0, kSide, py(0) - 3), 0);  // the body lies on y = 0
    EXPECT_GT(lit(img, 0, py(0), kSide, kSide), 500);
    Prop ball{PropKind::Ball, {0, 0}, {}, 0.4f};
    img = draw(ball, 20, 20, 260, 260);
    EXPECT_EQ(lit(img, 0, py(0) + 3, kSide, kSide), 0);  // resting on y = 0
    // 0.4 across, the outline centred on the edge.
    EXPECT_NEAR(place_.scale * 0.4f + bodyStroke(place_.scale), lit(img, 0, py(0.2f), kSide, py(0.2f) + 1), 4.0f);
}

TEST_F(PropView, ABarAlongThePictureIsLongAndSeenEndOnIsADisc) {
    auto drawnSize = [&](const Image& img) {
        int x0 = kSide, x1 = 0, y0 = kSide, y1 = 0;
        for (int y = 0; y < kSide; ++y)
            for (int x = 0; x < kSide; ++x)
                if (brightness(img, x, y) > 100) x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
        return std::pair{x1 - x0 + 1, y1 - y0 + 1};
    };
    Prop along{PropKind::Bar, {0, 0.5f}, {}, 0.8f};
    Prop endOn{PropKind::Bar, {0, 0.5f}, {}, 0.02f};
    // The same placement for both: 300 pixels per body height.
    place_ = {{150, 300}, 300};
    Image a = render([&](Canvas& c) { drawProp(c, along, place_.origin, place_.scale); });
    Image b = render([&](Canvas& c) { drawProp(c, endOn, place_.origin, place_.scale); });
    auto [aw, ah] = drawnSize(a);
    auto [bw, bh] = drawnSize(b);
    EXPECT_NEAR(aw, 0.8f * 300, 8);
    EXPECT_LT(ah, 20);
    EXPECT_NEAR(bw, bh, 1);
    EXPECT_LT(bw, 20);
    // Turned by 90 degrees, the long bar stands upright.
    along.angle = 90;
    auto [uw, uh] = drawnSize(render([&](Canvas& c) { drawProp(c, along, place_.origin, place_.scale); }));
    EXPECT_NEAR(uw, ah, 1);
    EXPECT_NEAR(uh, aw, 1);
}

TEST_F(PropView, EveryKindIsDrawnInsideItsExtentFromEveryView) {
    for (View view : {View::Side, View::Front, View::Back, View::ThreeQuarter, View::Top})
        for (int i = 0; i < static_cast<int>(PropKind::Count); ++i) {
            Prop prop{static_cast<PropKind>(i), {0.1f, 0.0f}, {0.6f, 0.4f}};
            std::string name = std::string(propKindName(prop.kind)) + " view " + std::to_string(static_cast<int>(view));
            place_ = fitInBox(extentOf(prop, view), 40, 40, 220, 220);
            int vertices = 0;
            Image img = render([&](Canvas& c) { drawProp(c, prop, place_.origin, place_.scale, 0, 1, view); }, &vertices);
            EXPECT_GT(lit(img, 40, 40, 260, 260), 150) << name;
            EXPECT_EQ(lit(img, 0, 0, kSide, kSide) - lit(img, 40, 40, 260, 260), 0) << name;
            EXPECT_LE(vertices, 800) << name;
        }
}

// The width a prop takes in the picture at 300 pixels per body height.
int drawnWidth(const Image& img) {
    int x0 = 10000, x1 = -1;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x)
            if (brightness(img, x, y) > 100) x0 = std::min(x0, x), x1 = std::max(x1, x);
    return x1 - x0 + 1;
}

TEST_F(PropView, FurnitureIsSeenFromTheFiguresView) {
    place_ = {{150, 280}, 300};
    auto width = [&](const Prop& p, View view) {
        return drawnWidth(render([&](Canvas& c) { drawProp(c, p, place_.origin, place_.scale, 0, 1, view); }));
    };
    // A bench 0.7 long is long from the side and its 0.17 width end-on from the front.
    Prop bench{PropKind::Bench, {0, 0}};
    EXPECT_NEAR(width(bench, View::Side), 0.7f * 300, 8);
    EXPECT_NEAR(width(bench, View::Front), 0.17f * 300, 8);
    EXPECT_GT(width(bench, View::ThreeQuarter), width(bench, View::Front) + 50);
    // Turned a quarter, the other way round.
    bench.yaw = 90;
    EXPECT_NEAR(width(bench, View::Front), 0.7f * 300, 8);
    // A pull-up bar across the front view's picture is a disc from the side.
    Prop bar{PropKind::Bar, {0, 0.5f}, {}, 0.6f};
    bar.yaw = 90;
    EXPECT_NEAR(width(bar, View::Front), 0.6f * 300, 8);
    EXPECT_LT(width(bar, View::Side), 15);
    // A chair from the front: its back stands above the seat as wide as the seat, both
    // sides alike; from the side only on the left (it faces right).
    Prop chair{PropKind::Chair, {0, 0}};
    Image front = render([&](Canvas& c) { drawProp(c, chair, place_.origin, place_.scale, 0, 1, View::Front); });
    float above = usualSize(PropKind::Chair) + 0.15f;
    int left = lit(front, 0, py(above) - 2, px(0), py(above) + 2), right = lit(front, px(0), py(above) - 2, kSide, py(above) + 2);
    EXPECT_GT(left, 60);
    EXPECT_NEAR(left, right, 8);
    // A wall 0.8 wide: a slab from the side, a broad face from the front.
    Prop wall{PropKind::Wall, {0, 0}, {}, 0.5f};
    EXPECT_LT(width(wall, View::Side), 25);
    EXPECT_NEAR(width(wall, View::Front), 0.8f * 300, 8);
    // From the ceiling a mat is a rectangle 0.36 across.
    Prop mat{PropKind::Mat, {0, 0}, {}, 0.8f};
    place_ = {{150, 150}, 300};
    Image top = render([&](Canvas& c) { drawProp(c, mat, place_.origin, place_.scale, 0, 1, View::Top); });
    EXPECT_NEAR(drawnWidth(top), 0.8f * 300, 8);
    EXPECT_GT(lit(top, px(0), py(0.15f), px(0) + 1, py(-0.15f)), 0.29f * 300);
}

TEST_F(PropView, AStrapHangsBetweenItsEnds) {
    Prop strap{PropKind::Strap, {-0.3f, 0.5f}, {0.3f, 0.5f}, 0.05f};
    place_ = {{150, 300}, 300};
    Image img = render([&](Canvas& c) { drawProp(c, strap, place_.origin, place_.scale); });
    EXPECT_GT(brightness(img, px(0), py(0.45f)), 150);   // the middle hangs by the sag
    EXPECT_EQ(brightness(img, px(0), py(0.5f)), 0);      // not on the straight line
    EXPECT_GT(brightness(img, px(-0.29f), py(0.5f)), 150);  // through both ends
    EXPECT_GT(brightness(img, px(0.29f), py(0.5f)), 150);
}

}  // namespace
}  // namespace mc::test
