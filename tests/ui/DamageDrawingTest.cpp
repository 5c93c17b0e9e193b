// Drawing only what changed (ui/FrameDamage, FrameRenderer::renderChanges) must leave the
// same picture as drawing everything: sequences of real screens rendered both ways,
// compared pixel by pixel, in both orientations and across burn-in shifts.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "UiTestSupport.h"
#include "platform/display/HeadlessRenderer.h"
#include "ui/FrameDamage.h"
#include "ui/MirrorView.h"

#include <imgui_internal.h>  // ImDrawListSharedData, to build draw lists without a context

namespace mc {
namespace {

using test::bundledPack;
using test::differingPixels;
using test::realFonts;
using test::whole;

// One moment of a scripted visit: the clock, what the person pressed, the burn-in shift.
struct Moment {
    int ms;
    std::vector<Action> actions = {};
    ImVec2 shift = {0, 0};
};

// A visit through the screens whose pictures change in every way the mirror knows: the
// get-ready screen, paced reps frame by frame, a pause and resume, the rest, a hold
// easing in and breathing, a burn-in step during a hold, the how-to page, and home.
std::vector<Moment> visit() {
    std::vector<Moment> m;
    for (int t = 0; t <= 3000; t += 500) m.push_back({t});                  // get-ready, digits ticking
    for (int t = 15000; t <= 17000; t += 33) m.push_back({t});             // cat-cow, 30 fps
    m.push_back({17100, {Action::Select}});                                // paused
    m.push_back({18000});
    m.push_back({18100, {Action::Select}});                                // resumed
    for (int t = 74000; t <= 77000; t += 250) m.push_back({t});            // last rep into the rest
    for (int t = 85000; t <= 88000; t += 100) m.push_back({t});            // a hold easing in
    m.push_back({95000, {}, {2, 1}});                                      // burn-in shift
    m.push_back({95100, {}, {2, 1}});
    m.push_back({95200, {}, {4, 0}});
    m.push_back({96000, {Action::HowTo}, {4, 0}});                         // the how-to page
    m.push_back({97000, {Action::HowTo}, {4, 0}});
    m.push_back({98000, {Action::Back}, {4, 0}});                          // stopped: home
    m.push_back({98100, {Action::Next}, {-2, 1}});
    return m;
}

void expectSamePictures(int width, int height) {
    auto pack = bundledPack();
    const std::string corpus = textCorpus(*pack, "en");
    auto changes = HeadlessRenderer::create(width, height, realFonts(), corpus);
    auto full = HeadlessRenderer::create(width, height, realFonts(), corpus);
    ASSERT_TRUE(changes.ok() && full.ok());
    MirrorState state(pack);
    ASSERT_TRUE(state.startRoutine("gentle-lower-back", MonoTime{0}));
    ViewContext ctx;
    ctx.layout = (*full)->layout();
    ctx.fonts = &(*full)->fonts();
    ctx.clockMinutes = 7 * 60 + 5;
    int changed = 0;  // frames that differ from the one before: the visit must exercise damage
    Image previous;
    for (const Moment& m : visit()) {
        const MonoTime now{m.ms};
        for (Action a : m.actions) state.handle(a, now);
        state.tick(now);
        ctx.now = now;
        ctx.shift = m.shift;
        // Each renderer has its own ImGui context and atlas (the same glyphs).
        ViewContext own = ctx;
        own.fonts = &(*changes)->fonts();
        Image drawn = (*changes)->renderChanges([&](ImDrawList& list) { drawMirror(list, state, own); });
        Image expected = (*full)->render([&](ImDrawList& list) { drawMirror(list, state, ctx); });
        ASSERT_EQ(differingPixels(drawn, expected, whole(expected)), 0)
            << width << "x" << height << " at " << m.ms << " ms, shift " << m.shift.x << "," << m.shift.y;
        if (!previous.rgba.empty() && differingPixels(previous, expected, whole(expected)) > 0) ++changed;
        previous = std::move(expected);
    }
    EXPECT_GT(changed, 60);
}

TEST(DamageDrawing, SameAsFullRedrawInPortrait) { expectSamePictures(360, 640); }

TEST(DamageDrawing, SameAsFullRedrawInLandscape) { expectSamePictures(640, 360); }

// Hand-built draw lists: what FrameDamage reports.
struct Lists {
    ImDrawListSharedData shared;
    ImDrawList list{&shared};
    Lists() {
        shared.ClipRectFullscreen = ImVec4(-8192, -8192, 8192, 8192);
        shared.TexUvWhitePixel = ImVec2(0, 0);
    }
    ImDrawList& fresh() {
        list._ResetForNewFrame();
        list.PushClipRectFullScreen();
        list.PushTextureID(ImTextureID(nullptr));
        return list;
    }
};

long long areaOf(const std::vector<DamageRect>& rects) {
    long long a = 0;
    for (const DamageRect& r : rects) a += static_cast<long long>(r.w) * r.h;
    return a;
}

TEST(FrameDamage, FirstFrameIsAllThenOnlyWhatMoved) {
    Lists l;
    FrameDamage damage(32, 8);
    auto frame = [&](float x) {
        ImDrawList& d = l.fresh();
        d.AddRectFilled({10, 10}, {200, 40}, IM_COL32(255, 255, 255, 255));  // a text line that stays
        d.AddRectFilled({x, 300}, {x + 20, 320}, IM_COL32(255, 128, 0, 255));  // a moving part
        return damage.update(d, 640, 360);
    };
    EXPECT_EQ(frame(100), (std::vector<DamageRect>{{0, 0, 640, 360}}));
    EXPECT_TRUE(frame(100).empty()) << "nothing changed";
    std::vector<DamageRect> moved = frame(104);
    ASSERT_FALSE(moved.empty());
    for (const DamageRect& r : moved) {
        EXPECT_GE(r.y, 256);  // not the line at the top
        EXPECT_LE(r.y + r.h, 352);
        EXPECT_LE(r.x, 100 - 2);
        EXPECT_GE(r.x + r.w, 124 + 2);
    }
    EXPECT_LE(areaOf(moved), 4 * 32 * 32 * 3);
    damage.reset();
    EXPECT_EQ(frame(104), (std::vector<DamageRect>{{0, 0, 640, 360}})) << "after reset";
}

TEST(FrameDamage, AColourChangeIsDamageAndRectanglesAreFewAndDisjoint) {
    Lists l;
    FrameDamage damage(16, 3);
    auto frame = [&](ImU32 colour) {
        ImDrawList& d = l.fresh();
        for (int i = 0; i < 10; ++i)  // ten small parts scattered over the screen
            d.AddRectFilled({float(i * 60), float(i * 30)}, {float(i * 60 + 8), float(i * 30 + 8)}, colour);
        return damage.update(d, 640, 360);
    };
    frame(IM_COL32(255, 0, 0, 255));
    std::vector<DamageRect> rects = frame(IM_COL32(0, 255, 0, 255));
    ASSERT_FALSE(rects.empty());
    EXPECT_LE(rects.size(), 3u);
    for (size_t i = 0; i < rects.size(); ++i)
        for (size_t j = i + 1; j < rects.size(); ++j) {
            const DamageRect &a = rects[i], &b = rects[j];
            const bool overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
            EXPECT_FALSE(overlap) << i << " and " << j;
        }
}

TEST(FrameDamage, RectanglesGrowToHoldEveryTriangleReachingIntoThem) {
    Lists l;
    FrameDamage damage(32, 8);
    auto frame = [&](ImU32 colour) {
        ImDrawList& d = l.fresh();
        d.AddRectFilled({100, 100}, {300, 110}, IM_COL32(255, 255, 255, 255));  // a long bar that stays
        d.AddRectFilled({104, 96}, {110, 116}, colour);                       // a small mark on it that changes
        return damage.update(d, 640, 360);
    };
    frame(IM_COL32(255, 0, 0, 255));
    std::vector<DamageRect> rects = frame(IM_COL32(0, 0, 255, 255));
    ASSERT_EQ(rects.size(), 1u);
    EXPECT_LE(rects[0].x, 98);  // the whole bar, margin included: it is drawn again, unclipped
    EXPECT_GE(rects[0].x + rects[0].w, 302);
}

TEST(FrameDamage, RestrictedListHoldsOnlyTrianglesReachingTheRectangles) {
    Lists l;
    ImDrawList& d = l.fresh();
    d.AddRectFilled({10, 10}, {20, 20}, IM_COL32(255, 255, 255, 255));    // inside
    d.AddRectFilled({300, 300}, {310, 310}, IM_COL32(255, 255, 255, 255));  // outside
    ImDrawList out(&l.shared);
    restrictDrawList(d, {{0, 0, 64, 64}}, out);
    int elements = 0;
    for (const ImDrawCmd& c : out.CmdBuffer) elements += static_cast<int>(c.ElemCount);
    EXPECT_EQ(elements, 6);  // the one rectangle: two triangles
}

}  // namespace
}  // namespace mc
