// The timer digits are the largest thing on the mirror: their ink is at least a
// quarter of the screen's short side, in landscape, portrait and at 4K (where the
// fonts are baked smaller and drawn scaled up).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "UiTestSupport.h"
#include "ui/Theme.h"

namespace mc::test {
namespace {

struct Ink {
    int top = 1 << 30, bottom = -1, left = 1 << 30, right = -1;
    int height() const { return bottom < top ? 0 : bottom - top + 1; }
};

// Light grey to white pixels (the digits), not the accent-coloured ring, inside the
// disc the ring encloses.
Ink digitInk(const Image& img, float cx, float cy, float radius) {
    Ink ink;
    for (int y = std::max(0, int(cy - radius)); y < std::min(img.height, int(cy + radius) + 1); ++y)
        for (int x = std::max(0, int(cx - radius)); x < std::min(img.width, int(cx + radius) + 1); ++x) {
            float dx = x + 0.5f - cx, dy = y + 0.5f - cy;
            if (dx * dx + dy * dy > radius * radius) continue;
            const uint8_t* p = pixel(img, x, y);
            int lo = std::min({p[0], p[1], p[2]}), hi = std::max({p[0], p[1], p[2]});
            if (lo < 128 || hi - lo > 24) continue;
            ink.top = std::min(ink.top, y);
            ink.bottom = std::max(ink.bottom, y);
            ink.left = std::min(ink.left, x);
            ink.right = std::max(ink.right, x);
        }
    return ink;
}

bool isRingColour(const uint8_t* p) {
    // The lit arc (accent) or the track (faint grey): neither black nor white.
    int lo = std::min({p[0], p[1], p[2]}), hi = std::max({p[0], p[1], p[2]});
    return hi > 30 && lo < 240;
}

struct Case {
    int width, height;
};

class TimerDigits : public ::testing::TestWithParam<Case> {};

TEST_P(TimerDigits, InkIsAtLeastAQuarterOfTheShortSide) {
    auto pack = bundledPack();
    ScreenshotStudio studio(pack, realFonts());
    const Routine& routine = *pack->routine("gentle-lower-back");
    Timeline tl = expandRoutine(routine, *pack);
    const Phase* hold = firstPhase(tl, [](const Phase& p) { return p.kind == PhaseKind::Work && !p.paced; });
    ASSERT_NE(hold, nullptr);
    ASSERT_GE(hold->duration, Millis{20000});

    ShotRequest r;
    r.routineId = routine.id;
    r.at = hold->start + Millis{10500};  // "20" or so: two digits, no descenders
    r.width = GetParam().width;
    r.height = GetParam().height;
    LayoutReport report;
    auto img = studio.moment(r, &report);
    ASSERT_TRUE(img.ok()) << img.error().message;

    // Where the player put its ring, from the layout report (the box includes the stroke).
    Layout l = Layout::forScreen(r.width, r.height);
    auto ring = std::find_if(report.boxes.begin(), report.boxes.end(),
                             [](const ShapeBox& b) { return b.kind == BoxKind::Ring; });
    ASSERT_NE(ring, report.boxes.end()) << "no ring drawn";
    float cx = (ring->rect.x0 + ring->rect.x1) / 2, cy = (ring->rect.y0 + ring->rect.y1) / 2;
    float radius = ring->rect.width() / 2 - l.stroke / 2;
    // Make sure that is where the ring really is: its top, bottom, left and right.
    for (auto [dx, dy] : {std::pair{0.f, -1.f}, {0.f, 1.f}, {-1.f, 0.f}, {1.f, 0.f}})
        EXPECT_TRUE(isRingColour(pixel(*img, int(cx + dx * radius), int(cy + dy * radius))))
            << "no ring at " << int(cx + dx * radius) << "," << int(cy + dy * radius);

    Ink ink = digitInk(*img, cx, cy, radius - l.stroke);
    ASSERT_GT(ink.height(), 0) << "no digits inside the ring";
    EXPECT_GE(ink.height(), 0.25f * l.shortSide) << r.width << "x" << r.height << ": digits " << ink.height()
                                                 << " px tall, short side " << l.shortSide;
    // The digits are centred in the ring (within a tenth of its radius).
    EXPECT_NEAR((ink.top + ink.bottom) / 2.0f, cy, radius * 0.1f);
    EXPECT_NEAR((ink.left + ink.right) / 2.0f, cx, radius * 0.1f);
}

INSTANTIATE_TEST_SUITE_P(Sizes, TimerDigits,
                         ::testing::Values(Case{1280, 720}, Case{720, 1280}, Case{1920, 1080}, Case{3840, 2160}),
                         [](const auto& info) {
                             return std::to_string(info.param.width) + "x" + std::to_string(info.param.height);
                         });

}  // namespace
}  // namespace mc::test
