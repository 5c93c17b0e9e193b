#include "figure/BodyView.h"

#include <algorithm>
#include <cmath>

namespace mc {
namespace {

// How far behind its trunk attachment a limb must be to get the depth cue: more
// than the spread of side-by-side limbs seen from the front (hips 0.09 apart).
constexpr float kFarMargin = 0.02f;

float attachmentDepth(const PosedBody& body, const ViewProjection& view, BodyPart part) {
    switch (part) {
        case BodyPart::UpperArmL: case BodyPart::ForearmL: case BodyPart::HandL:
        case BodyPart::UpperArmR: case BodyPart::ForearmR: case BodyPart::HandR:
            return view.depth(body.joint(Joint::NeckBase));
        default:
            return view.depth(body.joint(Joint::Root));
    }
}

}  // namespace

float viewYaw(View view) {
    switch (view) {
        case View::Front: return 0.0f;
        case View::ThreeQuarter: return 45.0f;
        case View::Side: return 90.0f;
        case View::Back: return 180.0f;
        case View::Top: return 90.0f;
    }
    return 90.0f;
}

bool showsHeight(View view) { return view != View::Top; }

ViewProjection viewProjection(float viewYawDegrees) {
    float rad = viewYawDegrees * kDegToRad;
    float c = std::cos(rad), s = std::sin(rad);
    if (std::fmod(std::fabs(viewYawDegrees), 90.0f) == 0.0f) {
        c = std::round(c);
        s = std::round(s);
    }
    return {{s, 0, c}, {0, 1, 0}, {-c, 0, s}};
}

ViewProjection viewProjection(View view) {
    if (view == View::Top) return {{1, 0, 0}, {0, 0, -1}, {0, -1, 0}};
    ViewProjection p = viewProjection(viewYaw(view));
    // The back view keeps the right arm on the right: x flipped, depth reversed.
    if (view == View::Back) p.right = p.right * -1.0f;
    return p;
}

BodyShape projectBody(const PosedBody& body, View view) { return projectBody(body, viewProjection(view)); }

BodyShape projectBody(const PosedBody& body, float viewYawDegrees) {
    return projectBody(body, viewProjection(viewYawDegrees));
}

BodyShape projectBody(const PosedBody& body, const ViewProjection& view) {
    BodyShape shape;
    shape.capsules.reserve(body.capsules.size());
    float minY = body.headCenter.y - body.headRadius;
    for (const Capsule3& c3 : body.capsules) {
        Capsule cap;
        cap.part = c3.part;
        cap.a = view.point(c3.a);
        cap.b = view.point(c3.b);
        cap.ra = c3.ra;
        cap.rb = c3.rb;
        cap.depth = 0.5f * (view.depth(c3.a) + view.depth(c3.b));
        cap.far = sideOf(c3.part) != 0 &&
                  cap.depth > attachmentDepth(body, view, c3.part) + kFarMargin;
        shape.capsules.push_back(cap);
        minY = std::min({minY, c3.a.y - c3.ra, c3.b.y - c3.rb});
    }
    std::stable_sort(shape.capsules.begin(), shape.capsules.end(),
                     [](const Capsule& a, const Capsule& b) { return a.depth > b.depth; });

    HeadShape& head = shape.head;
    head.center = view.point(body.headCenter);
    head.radius = body.headRadius;
    head.depth = view.depth(body.headCenter);
    Vec3 face = body.headFrame.cx;
    Vec2 facing = view.point(face);
    float len = std::hypot(facing.x, facing.y);
    if (len > 1e-3f) head.facing = {facing.x / len, facing.y / len};
    head.towardViewer = -view.depth(face);
    shape.minY = minY;
    return shape;
}

}  // namespace mc
