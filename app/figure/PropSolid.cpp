#include "figure/PropSolid.h"

#include <algorithm>
#include <cmath>

namespace mc {
namespace {

constexpr float kMatWidth = 0.36f;    // 61 cm
constexpr float kWallWidth = 0.8f;    // enough wall to read as one, not to fill the picture
constexpr float kBarThick = 0.014f;   // radius: a 5 cm bar

struct Builder {
    Mat3 turn;
    PropSolid solid;
    void box(Vec3 c, float hx, float hy, float hz, float round = 0.006f) {
        solid.blocks.push_back({turn * c, turn * Vec3{hx, 0, 0}, turn * Vec3{0, hy, 0}, turn * Vec3{0, 0, hz}, round});
    }
    void rod(Vec3 a, Vec3 b, float r) { solid.rods.push_back({turn * a, turn * b, r}); }
    void top() { solid.top = solid.blocks.back(); }
};

}  // namespace

bool isSolid(PropKind kind) {
    switch (kind) {
        case PropKind::Ball: case PropKind::Strap: case PropKind::Towel: case PropKind::Dumbbell:
        case PropKind::Count:
            return false;
        default:
            return true;
    }
}

Vec3 propAnchor(const Prop& prop, const ViewProjection& view) {
    // Depth is along the floor: from the ceiling (the top view) it would be height.
    float depth = view.away.y == 0.0f ? prop.depth : 0.0f;
    return view.room(prop.at, depth);
}

PropSolid solidOf(const Prop& prop) {
    if (!isSolid(prop.kind)) return {};
    const float s = prop.size > 0 ? prop.size : usualSize(prop.kind);
    Builder b{rotY(prop.yaw + (prop.mirrored ? 180.0f : 0.0f)), {}};
    switch (prop.kind) {
        case PropKind::Mat: b.box({0, -0.01f, 0}, s / 2, 0.01f, kMatWidth / 2, 0.004f); b.top(); break;
        case PropKind::Pillow: b.box({0, 0.035f, 0}, s / 2, 0.035f, s * 0.33f, 0.03f); b.top(); break;
        case PropKind::Bolster:
            // Lying across the body: seen end-on from the side.
            b.rod({0, s / 2, -0.19f}, {0, s / 2, 0.19f}, s / 2);
            b.box({0, s * 0.85f, 0}, s * 0.35f, s * 0.15f, 0.19f);  // its top, to rest on (not drawn)
            b.top();
            b.solid.blocks.pop_back();
            break;
        case PropKind::Chair: {
            const float back = s + 0.27f;  // the back's top
            for (float z : {-0.115f, 0.115f}) {
                b.box({-0.12f, back / 2, z}, 0.016f, back / 2, 0.016f);  // back leg and post
                b.box({0.115f, s / 2, z}, 0.016f, s / 2, 0.016f);        // front leg
            }
            b.box({-0.113f, s + 0.18f, 0}, 0.022f, 0.08f, 0.13f, 0.01f);  // backrest
            b.box({0, s - 0.016f, 0}, 0.136f, 0.016f, 0.136f);            // seat
            b.top();
            break;
        }
        case PropKind::Bench: {
            const float top = 0.26f, leg = s / 2 - 0.1f;
            for (float x : {-leg, leg}) {
                b.box({x, top / 2, 0}, 0.016f, top / 2, 0.06f);
                b.box({x, 0.011f, 0}, 0.055f, 0.011f, 0.08f);
            }
            b.box({0, top - 0.025f, 0}, s / 2, 0.025f, 0.085f, 0.014f);
            b.top();
            break;
        }
        case PropKind::Step:
            for (float x : {-s / 2 + 0.06f, s / 2 - 0.06f}) b.box({x, 0.03f, 0}, 0.06f, 0.03f, 0.085f, 0.004f);
            b.box({0, 0.065f, 0}, s / 2, 0.028f, 0.09f, 0.012f);
            b.top();
            break;
        case PropKind::Wall: b.box({0.03f, s / 2, 0}, 0.03f, s / 2, kWallWidth / 2, 0); break;
        case PropKind::Bar: {
            float half = std::max(0.0f, s / 2 - kBarThick);  // no longer than thick: a disc from any side
            b.rod({-half, 0, 0}, {half, 0, 0}, kBarThick);
            break;
        }
        case PropKind::ParallelBars: {
            const float rail = 0.6f, post = s / 2 - 0.08f, apart = 0.15f;  // rails 50 cm apart
            for (float x : {-post, post}) b.box({x, 0.011f, 0}, 0.06f, 0.011f, apart + 0.03f);  // a base under both
            for (float z : {-apart, apart}) {
                for (float x : {-post, post}) b.box({x, rail / 2, z}, 0.015f, rail / 2, 0.015f);
                b.rod({-s / 2, rail, z}, {s / 2, rail, z}, 0.016f);
            }
            break;
        }
        default: break;
    }
    return b.solid;
}

std::optional<Support> supportOf(const Prop& prop, const ViewProjection& view) {
    Vec3 at = propAnchor(prop, view);
    if (prop.kind == PropKind::Bar) {
        Support grip{at.y, -10, 10, -10, 10};
        grip.grip = true;
        return grip;
    }
    if (prop.kind == PropKind::Ball) {
        const float s = prop.size > 0 ? prop.size : usualSize(prop.kind);
        return Support{at.y + s, at.x - s * 0.3f, at.x + s * 0.3f, at.z - s * 0.3f, at.z + s * 0.3f};
    }
    PropSolid solid = solidOf(prop);
    if (!solid.top) return std::nullopt;
    const PropBlock& t = *solid.top;
    auto reach = [&](float Vec3::*axis) {
        return std::fabs(t.halfX.*axis) + std::fabs(t.halfY.*axis) + std::fabs(t.halfZ.*axis);
    };
    Vec3 c = at + t.center;
    float hx = reach(&Vec3::x), hz = reach(&Vec3::z);
    return Support{c.y + reach(&Vec3::y), c.x - hx, c.x + hx, c.z - hz, c.z + hz};
}

}  // namespace mc
