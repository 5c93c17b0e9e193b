#include "figure/Grounding.h"

#include <algorithm>
#include <limits>

namespace mc {
namespace {

// The highest surface under a sphere at p with radius r: the floor, or a support
// whose footprint the sphere's footprint overlaps (a conservative test: a sphere
// hanging over an edge counts as above the support).
float surfaceUnder(Vec3 p, float r, std::span<const Support> supports) {
    float h = 0.0f;
    for (const Support& s : supports) {
        if (s.grip) continue;
        bool over = p.x + r >= s.xMin && p.x - r <= s.xMax && p.z + r >= s.zMin && p.z - r <= s.zMax;
        if (over) h = std::max(h, s.height);
    }
    return h;
}

// How far the sphere can drop before it touches the surface under it.
float clearance(Vec3 p, float r, std::span<const Support> supports) {
    return p.y - r - surfaceUnder(p, r, supports);
}

}  // namespace

float lowestPoint(const PosedBody& body) {
    float low = body.headCenter.y - body.headRadius;
    // Along a tapered capsule "y minus radius" is linear, so an end is the lowest point.
    for (const Capsule3& c : body.capsules) low = std::min({low, c.a.y - c.ra, c.b.y - c.rb});
    return low;
}

float lowestPoint(const BodyShape& shape) {
    float low = shape.head.center.y - shape.head.radius;
    for (const Capsule& c : shape.capsules) low = std::min({low, c.a.y - c.ra, c.b.y - c.rb});
    return low;
}

void groundOn(PosedBody& body, float supportHeight) {
    body.moveBy({0.0f, supportHeight - lowestPoint(body), 0.0f});
}

void groundOn(BodyShape& shape, float supportHeight) {
    float dy = supportHeight - lowestPoint(shape);
    for (Capsule& c : shape.capsules) {
        c.a.y += dy;
        c.b.y += dy;
    }
    shape.head.center.y += dy;
    shape.minY = supportHeight;
}

float groundOn(PosedBody& body, std::span<const Support> supports) {
    // Spheres along each capsule, close enough that one cannot pass a support's
    // edge unseen between two of them.
    constexpr int kSamples = 8;
    float drop = clearance(body.headCenter, body.headRadius, supports);
    for (const Capsule3& c : body.capsules) {
        for (int i = 0; i <= kSamples; ++i) {
            float t = static_cast<float>(i) / kSamples;
            drop = std::min(drop, clearance(c.a + (c.b - c.a) * t, c.ra + (c.rb - c.ra) * t, supports));
        }
    }
    // Hanging: the higher palm on the bar, as long as nothing goes through the floor.
    float rise = -drop;
    for (const Support& s : supports) {
        if (!s.grip) continue;
        float hand = std::max(palm(body, -1).y, palm(body, 1).y);
        rise = std::max(rise, s.height - hand);
    }
    body.moveBy({0.0f, rise, 0.0f});
    return rise;
}

Vec3 palm(const PosedBody& body, int side) {
    Vec3 wrist = body.joint(side < 0 ? Joint::WristL : Joint::WristR);
    Vec3 tips = body.joint(side < 0 ? Joint::FingertipsL : Joint::FingertipsR);
    return (wrist + tips) * 0.5f;
}

}  // namespace mc
