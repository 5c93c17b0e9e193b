// Every bundled figure, checked as the person on the mat would need it (issue 14):
// a body of rigid pieces, never below the floor, always resting on something, the
// second side exactly the first with left and right traded, and a movement that shows.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "UiTestSupport.h"
#include "figure/BodyPicture.h"
#include "platform/display/HeadlessRenderer.h"
#include "ui/BodyFigureView.h"
#include "ui/Canvas.h"
#include "ui/FigureView.h"

namespace mc::test {
namespace {

constexpr float kTolerance = 1e-3f;  // body heights: 1.7 mm on a real person

std::vector<float> progressSteps() {
    std::vector<float> out;
    for (int i = 0; i <= 20; ++i) out.push_back(static_cast<float>(i) / 20.0f);
    return out;
}

float length(const Capsule3& c) {
    Vec3 d{c.b.x - c.a.x, c.b.y - c.a.y, c.b.z - c.a.z};
    return std::sqrt(d.x * d.x + d.y * d.y + d.z * d.z);
}

BodyPart otherSideOf(BodyPart p) {
    switch (p) {
    case BodyPart::UpperArmL: return BodyPart::UpperArmR;
    case BodyPart::ForearmL: return BodyPart::ForearmR;
    case BodyPart::HandL: return BodyPart::HandR;
    case BodyPart::UpperArmR: return BodyPart::UpperArmL;
    case BodyPart::ForearmR: return BodyPart::ForearmL;
    case BodyPart::HandR: return BodyPart::HandL;
    case BodyPart::ThighL: return BodyPart::ThighR;
    case BodyPart::ShinL: return BodyPart::ShinR;
    case BodyPart::FootL: return BodyPart::FootR;
    case BodyPart::ThighR: return BodyPart::ThighL;
    case BodyPart::ShinR: return BodyPart::ShinL;
    case BodyPart::FootR: return BodyPart::FootL;
    default: return p;
    }
}

const Capsule& piece(const BodyShape& s, BodyPart part) {
    for (const Capsule& c : s.capsules)
        if (c.part == part) return c;
    ADD_FAILURE() << "no piece " << static_cast<int>(part);
    return s.capsules.front();
}

TEST(BundledFigures, EveryExerciseIsDrawnWithTheBody) {
    // Held for the whole test: the loops below refer into it.
    auto pack = bundledPack();
    std::vector<std::string> stick;
    for (const Exercise& e : pack->exercises)
        if (!e.figure.hasBody()) stick.push_back(e.id);
    EXPECT_TRUE(stick.empty()) << stick.size() << " still use the old stick figure, e.g. " << stick.front();
}

TEST(BundledFigures, ThePregnancyRoutineDrawsAPregnantBody) {
    auto pack = bundledPack();
    const Routine* routine = pack->routine("pregnancy-back-care");
    ASSERT_NE(routine, nullptr);
    ASSERT_EQ(routine->body, BodyVariant::Pregnant);
    auto hasBelly = [](const BodyShape& s) {
        return std::any_of(s.capsules.begin(), s.capsules.end(), [](const Capsule& c) { return c.part == BodyPart::Belly; });
    };
    // Its first exercise is shared with the after-childbirth routine, which draws it without.
    const Exercise* shared = pack->exercise(routine->items.front().exercise);
    ASSERT_NE(shared, nullptr);
    EXPECT_TRUE(hasBelly(bodyFigureAt(shared->figure, 0.5f, false, Millis{0}, routine->body)));
    EXPECT_FALSE(hasBelly(bodyFigureAt(shared->figure, 0.5f, false)));
}

TEST(BundledFigures, PiecesKeepTheirLengthThroughTheMovement) {
    // Held for the whole test: the loops below refer into it.
    auto pack = bundledPack();
    for (const Exercise& e : pack->exercises) {
        if (!e.figure.hasBody()) continue;
        BodyModel model = bodyModel(e.figure.body);
        PosedBody first = poseBody(model, bodyPoseAt(e.figure, 0));
        for (float p : progressSteps()) {
            PosedBody now = poseBody(model, bodyPoseAt(e.figure, p));
            ASSERT_EQ(now.capsules.size(), first.capsules.size());
            for (size_t i = 0; i < now.capsules.size(); ++i)
                EXPECT_NEAR(length(now.capsules[i]), length(first.capsules[i]), 1e-4f) << e.id << " at " << p;
        }
    }
}

TEST(BundledFigures, NothingSinksAndSomethingAlwaysRestsOnTheFloorOrAProp) {
    // Held for the whole test: the loops below refer into it.
    auto pack = bundledPack();
    for (const Exercise& e : pack->exercises) {
        if (!e.figure.hasBody()) continue;
        std::vector<float> levels{0.0f}, grips;
        for (const Support& s : figureSupports(e.figure)) (s.grip ? grips : levels).push_back(s.height);
        for (bool other : {false, true})
            for (float p : progressSteps()) {
                BodyShape shape = bodyFigureAt(e.figure, p, other);
                EXPECT_GE(shape.minY, -kTolerance) << e.id << " sinks below the floor at " << p;
                // The lowest point lies on the floor or on a support's top.
                PosedBody posed = poseBody(bodyModel(e.figure.body), other ? mirrored(bodyPoseAt(e.figure, p))
                                                                           : bodyPoseAt(e.figure, p));
                groundOn(posed, figureSupports(e.figure, other));
                float lowest = lowestPoint(posed);
                bool resting = false;
                // Along each piece, as the grounding samples it: where a piece lies across a
                // bench or ball, the touching point may be anywhere between its ends.
                for (const Capsule3& c : posed.capsules)
                    for (int k = 0; k <= 8; ++k) {
                        float t = static_cast<float>(k) / 8.0f;
                        float bottom = c.a.y + (c.b.y - c.a.y) * t - (c.ra + (c.rb - c.ra) * t);
                        for (float level : levels) resting = resting || std::fabs(bottom - level) < kTolerance;
                    }
                resting = resting || std::fabs(lowest) < kTolerance;
                // Or hanging: a palm on a bar.
                for (float grip : grips)
                    for (int side : {-1, 1}) resting = resting || std::fabs(palm(posed, side).y - grip) < kTolerance;
                EXPECT_TRUE(resting) << e.id << " floats at " << p << " (lowest " << lowest << ")";
            }
    }
}

TEST(BundledFigures, TheSecondSideIsTheFirstWithLeftAndRightTraded) {
    // Held for the whole test: the loops below refer into it.
    auto pack = bundledPack();
    for (const Exercise& e : pack->exercises) {
        if (!e.figure.hasBody() || !e.sided) continue;
        // The side view keeps x as it is; front and back views mirror it; the top view
        // turns the body's left side from up to down.
        float flip = e.figure.view == View::Side || e.figure.view == View::Top ? 1.0f : -1.0f;
        float flipY = e.figure.view == View::Top ? -1.0f : 1.0f;
        if (e.figure.view == View::ThreeQuarter) continue;  // not a pure reflection on screen
        for (float p : {0.0f, 0.5f, 1.0f}) {
            BodyShape first = bodyFigureAt(e.figure, p, false);
            BodyShape second = bodyFigureAt(e.figure, p, true);
            auto same = [&](Vec2 p, Vec2 q) {
                return std::fabs(p.x - flip * q.x) < 1e-4f && std::fabs(p.y - flipY * q.y) < 1e-4f;
            };
            for (const Capsule& c : second.capsules) {
                // A piece across the body (the pelvis, hip to hip) has its ends traded too.
                const Capsule& was = piece(first, otherSideOf(c.part));
                bool kept = (same(c.a, was.a) && same(c.b, was.b)) || (same(c.a, was.b) && same(c.b, was.a));
                EXPECT_TRUE(kept) << e.id << " at " << p << ": piece " << static_cast<int>(c.part) << " moved";
            }
        }
    }
}

// The shape of the spine as the pelvis sees it: where the chest points and which way the
// shoulders lie, in the pelvis's own frame. Rounding, arching, side bends and twists all
// change it; moving the whole body does not.
struct SpineShape {
    Vec3 chest, shoulders;
};

Vec3 inFrame(const Mat3& f, Vec3 v) {
    auto dot = [](Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; };
    return {dot(f.cx, v), dot(f.cy, v), dot(f.cz, v)};
}

Vec3 between(Vec3 from, Vec3 to) { return {to.x - from.x, to.y - from.y, to.z - from.z}; }

SpineShape spineShape(const PosedBody& b) {
    return {inFrame(b.pelvisFrame, between(b.joint(Joint::LumbarTop), b.joint(Joint::NeckBase))),
            inFrame(b.pelvisFrame, between(b.joint(Joint::ShoulderL), b.joint(Joint::ShoulderR)))};
}

float angleBetween(Vec3 a, Vec3 b) {
    float la = std::sqrt(a.x * a.x + a.y * a.y + a.z * a.z), lb = std::sqrt(b.x * b.x + b.y * b.y + b.z * b.z);
    float c = (a.x * b.x + a.y * b.y + a.z * b.z) / (la * lb);
    return std::acos(std::clamp(c, -1.0f, 1.0f)) * 180.0f / 3.14159265f;
}

// How much the spine's shape changes between two poses, in degrees.
float spineChange(const PosedBody& a, const PosedBody& b) {
    SpineShape p = spineShape(a), q = spineShape(b);
    return std::max(angleBetween(p.chest, q.chest), angleBetween(p.shoulders, q.shoulders));
}

TEST(BundledFigures, SpineExercisesBendTheSpine) {
    // Held for the whole test: the loops below refer into it.
    auto pack = bundledPack();
    // The movements that matter most for a back: rounding, arching, side bends, twists, tilts.
    const std::set<std::string> spine = {"cat-cow", "all-fours-back-round", "standing-pelvic-tilt", "tail-wag",
                                         "lying-back-twist", "cross-legged-side-bend", "wall-side-bend",
                                         "standing-back-arch", "cobra", "seated-twist"};
    int checked = 0;
    for (const Exercise& e : pack->exercises) {
        if (!e.figure.hasBody() || !spine.count(e.id)) continue;
        BodyModel model = bodyModel(e.figure.body);
        // The largest change over the movement (a wag to one side and back may end where it began).
        PosedBody start = poseBody(model, bodyPoseAt(e.figure, 0));
        float most = 0;
        for (float p : progressSteps()) most = std::max(most, spineChange(start, poseBody(model, bodyPoseAt(e.figure, p))));
        EXPECT_GT(most, 15.0f) << e.id << ": the spine barely moves (" << most << " degrees)";
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

class FigurePictures : public ::testing::Test {
protected:
    void SetUp() override {
        auto r = HeadlessRenderer::create(320, 240, realFonts(), "");
        ASSERT_TRUE(r.ok()) << r.error().message;
        renderer_ = std::move(*r);
    }
    Image draw(const Exercise& e, float movement) {
        return renderer_->render([&](ImDrawList& list) {
            Canvas c(list, renderer_->layout(), renderer_->fonts());
            FigureFrame frame;
            frame.movement = movement;
            drawFigure(c, e.figure, frame, 10, 10, 300, 220);
        });
    }
    std::unique_ptr<HeadlessRenderer> renderer_;
};

// Of the pixels the figure covers at either end of the movement, the share that differ:
// 0 for no movement. A coarse guard: the thin old stick figures scored high on it even
// when nothing readable moved (cat-cow 0.75, the shrug 0.24; the body's 0.36 and 0.38),
// so the readable size of the movement is checked on the joints below.
float movedShare(const Image& a, const Image& b) {
    int covered = 0, changed = 0;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            const uint8_t* p = pixel(a, x, y);
            const uint8_t* q = pixel(b, x, y);
            bool inA = p[0] + p[1] + p[2] > 60, inB = q[0] + q[1] + q[2] > 60;
            if (!inA && !inB) continue;
            ++covered;
            changed += std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) > 90;
        }
    return covered == 0 ? 0.0f : static_cast<float>(changed) / static_cast<float>(covered);
}

TEST_F(FigurePictures, EveryRepeatedMovementIsVisibleBetweenItsStartAndEnd) {
    // Held for the whole test: the loops below refer into it.
    auto pack = bundledPack();
    // Tensing and relaxing: only the ankles move, by design (the joint test below holds it
    // to a visible size instead).
    const std::set<std::string> smallByNature = {"lying-toe-pulls"};
    for (const Exercise& e : pack->exercises) {
        if (!e.figure.hasBody() || e.dose.kind != Dose::Kind::Reps || smallByNature.count(e.id)) continue;
        float share = movedShare(draw(e, 0), draw(e, 1));
        EXPECT_GT(share, 0.15f) << e.id << ": start and end look alike (" << share << ")";
    }
}

// The farthest any joint travels in the picture between the start and the end pose, in
// body heights: the shrug's shoulders, the tilt's pelvis, the lift's leg.
float largestMove(const Exercise& e) {
    BodyModel model = bodyModel(e.figure.body);
    std::vector<Support> supports = figureSupports(e.figure);
    PosedBody a = poseBody(model, bodyPoseAt(e.figure, 0)), b = poseBody(model, bodyPoseAt(e.figure, 1));
    groundOn(a, supports);
    groundOn(b, supports);
    ViewProjection view = viewProjection(e.figure.view);
    float most = 0;
    for (int j = 0; j < kJointCount; ++j) {
        Vec2 p = view.point(a.joints[j]), q = view.point(b.joints[j]);
        most = std::max(most, std::hypot(p.x - q.x, p.y - q.y));
    }
    return most;
}

TEST(BundledFigures, EveryRepeatedMovementMovesFarEnoughToSeeFromTheMat) {
    // 0.05 body heights: 8.5 cm on a person, about 30 pixels of a figure on a 1080p mirror.
    auto pack = bundledPack();
    // Movements that turn a part in place rather than carry it: the chin tuck (the head
    // nods 46 degrees, which the face mark shows) and the pelvic tilt (the pelvis turns
    // about 45 degrees and the lower back's curve reverses: SpineExercisesBendTheSpine).
    const std::set<std::string> turnsInPlace = {"seated-chin-tuck", "standing-pelvic-tilt"};
    for (const Exercise& e : pack->exercises) {
        if (!e.figure.hasBody() || e.dose.kind != Dose::Kind::Reps || turnsInPlace.count(e.id)) continue;
        EXPECT_GT(largestMove(e), 0.05f) << e.id << ": the movement is too small to see (" << largestMove(e) << ")";
    }
}

// Hanging from a bar: the palms on it, arms overhead at the start, the feet off the floor.
TEST(BundledFigures, HangingExercisesHangFromTheBarWithTheFeetOffTheFloor) {
    auto pack = bundledPack();
    for (const char* id : {"dead-hang", "pull-up"}) {
        const Exercise* e = pack->exercise(id);
        ASSERT_NE(e, nullptr) << id;
        std::vector<Support> supports = figureSupports(e->figure);
        ASSERT_EQ(supports.size(), 1u) << id;
        ASSERT_TRUE(supports[0].grip) << id;
        for (float p : progressSteps()) {
            PosedBody body = poseBody(bodyModel(e->figure.body), bodyPoseAt(e->figure, p));
            groundOn(body, supports);
            float hand = std::max(palm(body, -1).y, palm(body, 1).y);
            EXPECT_NEAR(hand, supports[0].height, kTolerance) << id << " at " << p;
            EXPECT_GT(lowestPoint(body), 0.05f) << id << " touches the floor at " << p;
            if (p == 0.0f) {  // arms straight overhead: the hands above the head
                EXPECT_GT(palm(body, -1).y, body.headCenter.y + 0.2f) << id;
                EXPECT_GT(palm(body, 1).y, body.headCenter.y + 0.2f) << id;
            }
        }
    }
    // The pull-up ends with the chin over the bar.
    const Exercise* pullUp = pack->exercise("pull-up");
    std::vector<Support> bar = figureSupports(pullUp->figure);
    PosedBody top = poseBody(bodyModel(pullUp->figure.body), bodyPoseAt(pullUp->figure, 1));
    groundOn(top, bar);
    EXPECT_GT(top.headCenter.y - 0.5f * top.headRadius, bar[0].height);
}

// The banana stretch is a crescent on the floor, seen from the ceiling.
TEST(BundledFigures, TheBananaStretchCurvesSidewaysSeenFromAbove) {
    auto pack = bundledPack();
    const Exercise* e = pack->exercise("banana-stretch");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->figure.view, View::Top);
    BodyShape straight = bodyFigureAt(e->figure, 0, false), curved = bodyFigureAt(e->figure, 1, false);
    // The head and the feet swing to the same side of the pelvis: the picture's y.
    float pelvis0 = piece(straight, BodyPart::Pelvis).a.y, pelvis1 = piece(curved, BodyPart::Pelvis).a.y;
    float head = (curved.head.center.y - pelvis1) - (straight.head.center.y - pelvis0);
    float feet = (piece(curved, BodyPart::FootR).b.y - pelvis1) - (piece(straight, BodyPart::FootR).b.y - pelvis0);
    EXPECT_GT(std::fabs(head), 0.1f);
    EXPECT_GT(std::fabs(feet), 0.1f);
    EXPECT_GT(head * feet, 0.0f);
}

// The one-arm row kneels and leans on the bench: the right knee and hand on its top,
// the left foot on the floor beside it, through the whole movement.
TEST(BundledFigures, TheOneArmRowKneelsAndLeansOnTheBench) {
    auto pack = bundledPack();
    const Exercise* e = pack->exercise("one-arm-dumbbell-row");
    ASSERT_NE(e, nullptr);
    for (bool other : {false, true})
    for (float p : progressSteps()) {
        // On the other side the bench is reflected with the body: under the left knee.
        std::vector<Support> supports = figureSupports(e->figure, other);
        ASSERT_EQ(supports.size(), 1u);
        float bench = supports[0].height;
        BodyPose pose = bodyPoseAt(e->figure, p);
        PosedBody body = poseBody(bodyModel(e->figure.body), other ? mirrored(pose) : pose);
        groundOn(body, supports);
        auto bottom = [&](BodyPart part) {
            for (const Capsule3& c : body.capsules)
                if (c.part == part) return std::min(c.a.y - c.ra, c.b.y - c.rb);
            return 10.0f;
        };
        EXPECT_NEAR(bottom(other ? BodyPart::ShinL : BodyPart::ShinR), bench, 0.02f) << p << other;
        EXPECT_NEAR(bottom(other ? BodyPart::HandL : BodyPart::HandR), bench, 0.02f) << p << other;
        EXPECT_NEAR(bottom(other ? BodyPart::FootR : BodyPart::FootL), 0.0f, 0.02f) << p << other;
    }
}

// A strap held from the hands to the foot follows them as the leg rises.
TEST(BundledFigures, TheHamstringStrapRunsFromTheHandsToTheFoot) {
    auto pack = bundledPack();
    const Exercise* e = pack->exercise("lying-hamstring-stretch");
    ASSERT_NE(e, nullptr);
    int straps = 0;
    for (const FigureProp& fp : e->figure.props) {
        if (fp.prop.kind != PropKind::Strap) continue;
        ++straps;
        EXPECT_TRUE(fp.follows);
        EXPECT_EQ(fp.to, BodyEnd::FootL);
        for (bool other : {false, true}) {
            BodyShape a = bodyFigureAt(e->figure, 0, other), b = bodyFigureAt(e->figure, 1, other);
            Vec2 footA = bodyEndAt(a, fp.to, other).first, footB = bodyEndAt(b, fp.to, other).first;
            // The end is on the working foot (the left one; the right on the other side).
            const Capsule& foot = piece(a, other ? BodyPart::FootR : BodyPart::FootL);
            EXPECT_NEAR(footA.x, foot.a.x + 0.6f * (foot.b.x - foot.a.x), 1e-4f);
            EXPECT_GT(std::hypot(footB.x - footA.x, footB.y - footA.y), 0.05f);  // it moved with the foot
            Vec2 hand = bodyEndAt(a, fp.from, other).first;
            const Capsule& h = piece(a, fp.from == BodyEnd::HandL ? (other ? BodyPart::HandR : BodyPart::HandL)
                                                                  : (other ? BodyPart::HandL : BodyPart::HandR));
            EXPECT_NEAR(hand.x, (h.a.x + h.b.x) / 2, 1e-4f);
            EXPECT_NEAR(hand.y, (h.a.y + h.b.y) / 2, 1e-4f);
        }
    }
    EXPECT_EQ(straps, 2);
}

}  // namespace
}  // namespace mc::test
