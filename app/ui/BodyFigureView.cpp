#include "ui/BodyFigureView.h"

#include <algorithm>
#include <cmath>

#include "figure/BodyPicture.h"
#include "figure/Kinematics.h"
#include "ui/BodyView.h"
#include "ui/FigureView.h"
#include "ui/PropView.h"

namespace mc {
namespace {

constexpr float kPi = 3.14159265f;
constexpr float kFar = 10.0f;  // body heights: "everywhere" along the unseen axis

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

// What the body rests on besides the floor, in the room, from the props marked
// `support`. Props are placed in the picture: its x is room x in the side view and
// room z from the front or back.
}  // namespace

std::vector<Support> figureSupports(const Figure& figure) {
    std::vector<Support> out;
    for (const FigureProp& fp : figure.props) {
        if (!fp.support) continue;
        auto top = topOf(fp.prop);
        if (!top) continue;
        Support s{top->height, -kFar, kFar, -kFar, kFar};
        if (figure.view == View::Side) s.xMin = top->xMin, s.xMax = top->xMax;
        if (figure.view == View::Front || figure.view == View::Back) s.zMin = top->xMin, s.zMax = top->xMax;
        out.push_back(s);
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

BodyShape bodyFigureAt(const Figure& figure, float movement, bool otherSide, Millis breathing,
                       std::optional<BodyVariant> body) {
    BodyPose pose = bodyPoseAt(figure, movement);
    if (breathing.count() > 0) {
        // A slow rise and fall of the chest, about one breath every 5 s.
        float breath = std::sin(static_cast<float>(breathing.count() % 5000) / 5000.0f * 2 * kPi);
        pose.thoracic.flex -= 1.5f * breath;
        pose.armL.shrug += 1.0f * breath;
        pose.armR.shrug += 1.0f * breath;
    }
    if (otherSide) pose = mirrored(pose);
    std::vector<Support> supports = figureSupports(figure);
    return bodyPicture(bodyModel(body.value_or(figure.body)), pose, figure.view, supports);
}

void drawBodyFigure(Canvas& canvas, const Figure& figure, const FigureFrame& frame, float x, float y, float w, float h,
                    float alpha) {
    // The extent of every keyframe on both sides and of the props: the figure never
    // changes size or jumps while it moves.
    Extent extent;
    for (const BodyKeyframe& k : figure.poses)
        for (bool other : {false, true}) extent.include(extentOf(bodyFigureAt(figure, k.at, other, Millis{0}, frame.body)));
    for (const FigureProp& fp : figure.props)
        if (fp.hand == FigureProp::Hand::None) extent.include(extentOf(fp.prop));
    if (extent.empty()) return;
    ScreenPlacement place = fitInBox(extent, x, y, w, h);
    canvas.noteBox(BoxKind::Figure, x, y, x + w, y + h);

    BodyShape shape = bodyFigureAt(figure, frame.movement, frame.otherSide, frame.breathing, frame.body);
    BodyStyle style;
    style.lit = litParts(frame.lit);
    style.alpha = alpha;
    const float stroke = bodyStroke(place.scale);
    // Floor, then what stands on it or behind the body, the body, then what it holds.
    bool onMat = false;
    for (const FigureProp& fp : figure.props) onMat = onMat || fp.prop.kind == PropKind::Mat;
    if (onMat) {
        drawFloor(canvas, extent.minX, extent.maxX, place.origin, place.scale, stroke, alpha);
        style.floor = false;
    }
    for (const FigureProp& fp : figure.props)
        if (fp.hand == FigureProp::Hand::None) drawProp(canvas, fp.prop, place.origin, place.scale, stroke, alpha);
    // Held props on the far side go behind the body.
    auto drawHeld = [&](bool far) {
        for (const FigureProp& fp : figure.props) {
            if (fp.hand == FigureProp::Hand::None) continue;
            FigureProp::Hand hand = fp.hand;
            if (frame.otherSide) hand = hand == FigureProp::Hand::Left ? FigureProp::Hand::Right : FigureProp::Hand::Left;
            if (handIsFar(shape, hand) != far) continue;
            Prop held = fp.prop;
            held.at = handPoint(shape, hand);
            held.far = far;
            drawProp(canvas, held, place.origin, place.scale, stroke, alpha);
        }
    };
    drawHeld(true);
    drawBody(canvas, shape, style, place.origin, place.scale);
    drawHeld(false);
}

}  // namespace mc
