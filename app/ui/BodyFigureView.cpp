#include "ui/BodyFigureView.h"

#include <algorithm>
#include <cmath>

#include "figure/BodyPicture.h"
#include "figure/Kinematics.h"
#include "figure/PropSolid.h"
#include "ui/BodyView.h"
#include "ui/FigureView.h"
#include "ui/PropView.h"

namespace mc {
namespace {

constexpr float kPi = 3.14159265f;

}  // namespace

BodyPose bodyPoseAt(const Figure& figure, float movement) {
    const auto& k = figure.poses;
    movement = std::clamp(movement, 0.0f, 1.0f);
    if (movement <= k.front().at) return k.front().pose;
    for (size_t i = 1; i < k.size(); ++i)
        if (movement <= k[i].at) {
            float span = std::max(1e-6f, k[i].at - k[i - 1].at);
            return interpolate(k[i - 1].pose, k[i].pose, (movement - k[i - 1].at) / span);
        }
    return k.back().pose;
}

namespace {

// A mat lies along the body: along its trunk when lying, along its facing otherwise
// (sitting, kneeling), at a quarter turn, so that from the front a side-lying body has
// its mat across the picture and a body lying toward the viewer has it end-on.
float matYaw(const Figure& figure) {
    PosedBody body = poseBody(bodyModel(figure.body), figure.poses.front().pose);
    Vec3 trunk = body.joint(Joint::NeckBase) - body.joint(Joint::Root);
    Vec3 along{trunk.x, 0, trunk.z};
    if (length(along) < 0.5f * length(trunk)) along = {body.pelvisFrame.cx.x, 0, body.pelvisFrame.cx.z};
    float yaw = std::atan2(-along.z, along.x) / kDegToRad;
    return 90.0f * std::round(yaw / 90.0f);
}

}  // namespace

namespace {

// A point of the picture on the other side: reflected in the room as the pose is (z -> -z).
Vec2 reflected(const ViewProjection& view, Vec2 at, float* depth = nullptr) {
    Vec3 p = view.room(at, depth ? *depth : 0.0f);
    p.z = -p.z;
    if (depth) *depth = view.depth(p);
    return view.point(p);
}

}  // namespace

std::vector<FigureProp> figureProps(const Figure& figure, bool otherSide) {
    std::vector<FigureProp> out = figure.props;
    if (figure.poses.empty()) return out;
    ViewProjection view = viewProjection(figure.view);
    for (FigureProp& fp : out) {
        Prop& p = fp.prop;
        if (p.kind == PropKind::Mat) p.yaw = matYaw(figure);
        if (fp.hand != FigureProp::Hand::None) p.inHand = true;
        if (!otherSide || p.inHand || fp.follows) continue;
        // The other side is the room reflected (z -> -z): a bench under the right knee
        // goes under the left one, a wall on the left goes to the right.
        float depth = view.away.y == 0.0f ? p.depth : 0.0f;
        p.at = reflected(view, p.at, &depth);
        p.to = reflected(view, p.to);
        if (view.away.y == 0.0f) p.depth = depth;
        p.yaw = -p.yaw;
    }
    return out;
}

std::vector<Support> figureSupports(const Figure& figure, bool otherSide) {
    std::vector<Support> out;
    ViewProjection view = viewProjection(figure.view);
    for (const FigureProp& fp : figureProps(figure, otherSide)) {
        if (!fp.support) continue;
        if (auto s = supportOf(fp.prop, view)) out.push_back(*s);
    }
    return out;
}

namespace {

// Legacy stick-figure lit bits (FigureFrame::lit, by Segment) as body parts.
unsigned litParts(unsigned segments) {
    auto has = [&](Segment s) { return (segments & (1u << static_cast<unsigned>(s))) != 0; };
    unsigned parts = 0;
    if (has(Segment::ThighL)) parts |= partBit(BodyPart::ThighL) | partBit(BodyPart::ShinL) | partBit(BodyPart::FootL);
    if (has(Segment::ThighR)) parts |= partBit(BodyPart::ThighR) | partBit(BodyPart::ShinR) | partBit(BodyPart::FootR);
    if (has(Segment::UpperArmL))
        parts |= partBit(BodyPart::UpperArmL) | partBit(BodyPart::ForearmL) | partBit(BodyPart::HandL);
    if (has(Segment::UpperArmR))
        parts |= partBit(BodyPart::UpperArmR) | partBit(BodyPart::ForearmR) | partBit(BodyPart::HandR);
    return parts;
}

// Where a held prop goes: the middle of that hand, in the picture.
Vec2 handPoint(const BodyShape& shape, FigureProp::Hand hand) {
    BodyPart part = hand == FigureProp::Hand::Left ? BodyPart::HandL : BodyPart::HandR;
    for (const Capsule& c : shape.capsules)
        if (c.part == part) return {(c.a.x + c.b.x) / 2, (c.a.y + c.b.y) / 2};
    return {0, 0};
}

bool handIsFar(const BodyShape& shape, FigureProp::Hand hand) {
    BodyPart part = hand == FigureProp::Hand::Left ? BodyPart::HandL : BodyPart::HandR;
    for (const Capsule& c : shape.capsules)
        if (c.part == part) return c.far;
    return false;
}

}  // namespace

// Where a strap held between a hand and a foot meets them: the palm, the ball of the foot.
std::pair<Vec2, bool> bodyEndAt(const BodyShape& shape, BodyEnd end, bool otherSide) {
    bool left = end == BodyEnd::HandL || end == BodyEnd::FootL;
    if (otherSide) left = !left;
    bool hand = end == BodyEnd::HandL || end == BodyEnd::HandR;
    BodyPart part = hand ? (left ? BodyPart::HandL : BodyPart::HandR) : (left ? BodyPart::FootL : BodyPart::FootR);
    float t = hand ? 0.5f : 0.6f;
    for (const Capsule& c : shape.capsules)
        if (c.part == part) return {{c.a.x + (c.b.x - c.a.x) * t, c.a.y + (c.b.y - c.a.y) * t}, c.far};
    return {{0, 0}, false};
}

BodyShape bodyFigureAt(const Figure& figure, float movement, bool otherSide, Millis breathing,
                       std::optional<BodyVariant> body) {
    BodyPose pose = bodyPoseAt(figure, movement);
    if (breathing.count() > 0) {
        // A slow rise and fall of the chest, a calm breath every 6 s (breathingTick
        // samples it once a second).
        float breath = std::sin(static_cast<float>(breathing.count() % 6000) / 6000.0f * 2 * kPi);
        // Small: a step of it is at most about 4 px at 1080x1920 (tests/ui/HoldMotionTest).
        pose.thoracic.flex -= 0.5f * breath;
        pose.armL.shrug += 0.35f * breath;
        pose.armR.shrug += 0.35f * breath;
    }
    if (otherSide) pose = mirrored(pose);
    std::vector<Support> supports = figureSupports(figure, otherSide);
    return bodyPicture(bodyModel(body.value_or(figure.body)), pose, figure.view, supports);
}

void drawBodyFigure(Canvas& canvas, const Figure& figure, const FigureFrame& frame, float x, float y, float w, float h,
                    float alpha) {
    // The extent of every keyframe on both sides and of the props: the figure never
    // changes size or jumps while it moves.
    Extent extent;
    for (const BodyKeyframe& k : figure.poses)
        for (bool other : {false, true}) extent.include(extentOf(bodyFigureAt(figure, k.at, other, Millis{0}, frame.body)));
    for (bool other : {false, true})
        for (const FigureProp& fp : figureProps(figure, other))
            if (fp.hand == FigureProp::Hand::None && !fp.follows) extent.include(extentOf(fp.prop, figure.view));
    const std::vector<FigureProp> props = figureProps(figure, frame.otherSide);
    if (extent.empty()) return;
    ScreenPlacement place = fitInBox(extent, x, y, w, h);
    canvas.noteBox(BoxKind::Figure, x, y, x + w, y + h);

    BodyShape shape = bodyFigureAt(figure, frame.movement, frame.otherSide, frame.breathing, frame.body);
    BodyStyle style;
    style.lit = litParts(frame.lit);
    style.alpha = alpha;
    const float stroke = bodyStroke(place.scale);
    // Floor, then what stands on it or behind the body, the body, then what it holds.
    // From the ceiling there is no floor line: the floor is the whole picture.
    bool onMat = false;
    for (const FigureProp& fp : props) onMat = onMat || fp.prop.kind == PropKind::Mat;
    if (!showsHeight(figure.view)) {
        style.floor = false;
    } else if (onMat) {
        drawFloor(canvas, extent.minX, extent.maxX, place.origin, place.scale, stroke, alpha);
        style.floor = false;
    }
    for (const FigureProp& fp : props)
        if (fp.hand == FigureProp::Hand::None && !fp.follows)
            drawProp(canvas, fp.prop, place.origin, place.scale, stroke, alpha, figure.view);
    // Straps and towels held between a hand and a foot, on their side of the body.
    auto drawFollowing = [&](bool far) {
        for (const FigureProp& fp : props) {
            if (!fp.follows) continue;
            auto [from, fromFar] = bodyEndAt(shape, fp.from, frame.otherSide);
            auto [to, toFar] = bodyEndAt(shape, fp.to, frame.otherSide);
            if ((fromFar && toFar) != far) continue;
            Prop strap = fp.prop;
            strap.at = from, strap.to = to, strap.far = far;
            drawProp(canvas, strap, place.origin, place.scale, stroke, alpha, figure.view);
        }
    };
    // Held props on the far side go behind the body.
    auto drawHeld = [&](bool far) {
        for (const FigureProp& fp : props) {
            if (fp.hand == FigureProp::Hand::None) continue;
            FigureProp::Hand hand = fp.hand;
            if (frame.otherSide) hand = hand == FigureProp::Hand::Left ? FigureProp::Hand::Right : FigureProp::Hand::Left;
            if (handIsFar(shape, hand) != far) continue;
            Prop held = fp.prop;
            held.at = handPoint(shape, hand);
            held.far = far;
            drawProp(canvas, held, place.origin, place.scale, stroke, alpha, figure.view);
        }
    };
    drawHeld(true);
    drawFollowing(true);
    drawBody(canvas, shape, style, place.origin, place.scale);
    drawHeld(false);
    drawFollowing(false);
}

}  // namespace mc
