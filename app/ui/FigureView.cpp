#include "ui/FigureView.h"

#include "ui/BodyFigureView.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace mc {
namespace {

struct Box {
    float minX = FLT_MAX, minY = FLT_MAX, maxX = -FLT_MAX, maxY = -FLT_MAX;
    void add(Point2 p) {
        minX = std::min(minX, p.x); maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y); maxY = std::max(maxY, p.y);
    }
    void add(const Skeleton& s, float headRadius) {
        for (Point2 p : {s.hip, s.neck, s.elbowL, s.handL, s.elbowR, s.handR, s.kneeL, s.footL, s.kneeR, s.footR})
            add(p);
        Point2 c{(s.neck.x + s.headTop.x) / 2, (s.neck.y + s.headTop.y) / 2};
        add({c.x - headRadius, c.y - headRadius});
        add({c.x + headRadius, c.y + headRadius});
    }
};

// Fades toward black by scaling the colour, not its alpha: translucent strokes would
// show darker and lighter patches where limbs overlap.
ImU32 faded(ImU32 color, float alpha) {
    alpha = std::clamp(alpha, 0.0f, 1.0f);
    auto ch = [&](int shift) { return static_cast<ImU32>(((color >> shift) & 0xFF) * alpha) << shift; };
    return ch(IM_COL32_R_SHIFT) | ch(IM_COL32_G_SHIFT) | ch(IM_COL32_B_SHIFT) | (color & IM_COL32_A_MASK);
}

constexpr unsigned bit(Segment s) { return 1u << static_cast<unsigned>(s); }

// The pose with its left and right limbs exchanged.
Pose otherSideOf(Pose p) {
    auto swap = [&](Segment a, Segment b) { std::swap(p.angle[static_cast<int>(a)], p.angle[static_cast<int>(b)]); };
    swap(Segment::UpperArmL, Segment::UpperArmR);
    swap(Segment::ForearmL, Segment::ForearmR);
    swap(Segment::ThighL, Segment::ThighR);
    swap(Segment::ShinL, Segment::ShinR);
    return p;
}

}  // namespace

unsigned legSegments(bool left) {
    return left ? bit(Segment::ThighL) | bit(Segment::ShinL) : bit(Segment::ThighR) | bit(Segment::ShinR);
}

unsigned armSegments(bool left) {
    return left ? bit(Segment::UpperArmL) | bit(Segment::ForearmL) : bit(Segment::UpperArmR) | bit(Segment::ForearmR);
}

void drawFigure(Canvas& canvas, const Figure& figure, const FigureFrame& frame, float x, float y, float w, float h,
                float alpha) {
    if (figure.hasBody()) {
        drawBodyFigure(canvas, figure, frame, x, y, w, h, alpha);
        return;
    }
    const BodyProportions body;
    const float headRadius = body.head * 0.5f;

    // Extent over all keyframes (and the floor), both sides alike.
    Box box;
    if (figure.keyframes.empty()) {
        box.add(skeletonOf(standingPose(), body), headRadius);
    } else {
        for (const Keyframe& k : figure.keyframes) box.add(skeletonOf(k.pose, body), headRadius);
    }
    box.minY = std::min(box.minY, 0.0f);
    float spanX = std::max(box.maxX - box.minX, 0.3f);
    float spanY = std::max(box.maxY - box.minY, 0.3f);

    Pose pose = poseAt(figure, frame.movement);
    if (frame.breathing.count() > 0) pose = withBreathing(pose, frame.breathing);
    if (frame.otherSide) pose = otherSideOf(pose);
    Skeleton s = skeletonOf(pose, body);

    const float pad = 0.08f;
    float scale = std::min(w / (spanX * (1 + 2 * pad)), h / (spanY * (1 + 2 * pad)));
    float centerX = (box.minX + box.maxX) / 2;
    float originX = x + w / 2;
    // Centre the extent in the box; floorY is where body-space y = 0 lands.
    float floorY = y + h / 2 + ((box.maxY + box.minY) / 2) * scale;
    auto toScreen = [&](Point2 p) {
        float px = (p.x - centerX) * scale;
        return canvas.at(originX + px, floorY - p.y * scale);
    };

    float thick = std::max(3.0f, std::round(std::min(w, h) * 0.035f));
    ImDrawList& dl = canvas.list();
    ImU32 near = faded(colors::kWhite, alpha);
    ImU32 far = faded(colors::kDim, alpha);
    ImU32 litNear = faded(colors::kAccent, alpha);
    ImU32 litFar = faded(colors::kAccent, alpha * 0.6f);
    auto tint = [&](Segment seg, ImU32 plain, ImU32 lit) { return (frame.lit & bit(seg)) ? lit : plain; };
    ImU32 floor = faded(colors::kFaint, alpha);

    // The floor, a little wider than the body.
    float floorHalf = (spanX * 0.5f + 0.08f) * scale;
    // For the layout report: every keyframe's extent with its strokes, the floor and dumbbells.
    float reach = std::max(floorHalf, spanX * 0.5f * scale + thick * (frame.dumbbells ? 1.6f : 0.5f));
    canvas.noteBox(BoxKind::Figure, originX - reach, floorY - box.maxY * scale - thick, originX + reach,
                   floorY - box.minY * scale + thick * 1.2f);
    ImVec2 f0 = canvas.at(originX - floorHalf, floorY + thick * 0.6f);
    ImVec2 f1 = canvas.at(originX + floorHalf, floorY + thick * 0.6f);
    dl.AddLine(f0, f1, floor, std::max(2.0f, thick * 0.4f));

    auto limb = [&](Point2 a, Point2 b, ImU32 c) {
        ImVec2 pa = toScreen(a), pb = toScreen(b);
        dl.AddLine(pa, pb, c, thick);
        // Round joints: ImGui lines have square ends.
        dl.AddCircleFilled(pa, thick * 0.5f, c, 16);
        dl.AddCircleFilled(pb, thick * 0.5f, c, 16);
    };
    // Far limbs first, so the near ones cross over them.
    limb(s.neck, s.elbowR, tint(Segment::UpperArmR, far, litFar));
    limb(s.elbowR, s.handR, tint(Segment::ForearmR, far, litFar));
    limb(s.hip, s.kneeR, tint(Segment::ThighR, far, litFar));
    limb(s.kneeR, s.footR, tint(Segment::ShinR, far, litFar));
    limb(s.hip, s.neck, near);
    limb(s.hip, s.kneeL, tint(Segment::ThighL, near, litNear));
    limb(s.kneeL, s.footL, tint(Segment::ShinL, near, litNear));
    limb(s.neck, s.elbowL, tint(Segment::UpperArmL, near, litNear));
    limb(s.elbowL, s.handL, tint(Segment::ForearmL, near, litNear));

    Point2 headCenter{(s.neck.x * 0.35f + s.headTop.x * 0.65f), (s.neck.y * 0.35f + s.headTop.y * 0.65f)};
    float r = headRadius * scale * 0.95f;
    dl.AddCircleFilled(toScreen(headCenter), r, near, 32);

    // An eye on the face side, so a person can tell lying on the back from lying on
    // the front. The face is 90 degrees clockwise from where the head points.
    float headAngle = pose.angle[static_cast<int>(Segment::Head)] * 3.14159265f / 180.0f;
    Point2 up{std::cos(headAngle), std::sin(headAngle)};
    Point2 face{up.y, -up.x};
    Point2 eye{headCenter.x + (face.x * 0.5f + up.x * 0.1f) * headRadius,
               headCenter.y + (face.y * 0.5f + up.y * 0.1f) * headRadius};
    dl.AddCircleFilled(toScreen(eye), r * 0.2f, colors::kBlack, 12);

    // Dumbbells in the hands of exercises that use them.
    if (frame.dumbbells) {
        auto dumbbell = [&](Point2 hand, ImU32 c) {
            ImVec2 h = toScreen(hand);
            float len = thick * 1.6f;
            dl.AddLine({h.x - len, h.y}, {h.x + len, h.y}, c, thick * 0.6f);
            dl.AddRectFilled({h.x - len, h.y - thick}, {h.x - len * 0.6f, h.y + thick}, c, thick * 0.2f);
            dl.AddRectFilled({h.x + len * 0.6f, h.y - thick}, {h.x + len, h.y + thick}, c, thick * 0.2f);
        };
        dumbbell(s.handR, far);
        dumbbell(s.handL, near);
    }
}

}  // namespace mc
