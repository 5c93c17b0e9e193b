#pragma once
// Bodies placed by hand, capsule by capsule, for the drawing tests (the figure model
// that poses and projects bodies is tested on its own). Body heights, y up, floor at 0.
// Also used by tests/bench/FigureBench.
#include "figure/BodyShape.h"

namespace mc::test {

inline Capsule piece(BodyPart part, Vec2 a, Vec2 b, float ra, float rb, float depth, bool far = false) {
    return Capsule{part, a, b, ra, rb, depth, far};
}

// Standing in profile, facing right: the body's right side is the far one; the far arm
// reaches forward at shoulder height, the near one forward and down, and the far leg
// stands a little behind, so every limb shows clear of the others.
inline BodyShape standingBody() {
    BodyShape b;
    auto& c = b.capsules;
    using P = BodyPart;
    c.push_back(piece(P::ThighR, {-0.01f, 0.52f}, {-0.05f, 0.28f}, 0.055f, 0.04f, 1.1f, true));
    c.push_back(piece(P::ShinR, {-0.05f, 0.28f}, {-0.09f, 0.05f}, 0.038f, 0.026f, 1.1f, true));
    c.push_back(piece(P::FootR, {-0.11f, 0.025f}, {0.0f, 0.015f}, 0.025f, 0.015f, 1.1f, true));
    c.push_back(piece(P::UpperArmR, {0.01f, 0.8f}, {0.17f, 0.79f}, 0.036f, 0.03f, 1.1f, true));
    c.push_back(piece(P::ForearmR, {0.17f, 0.79f}, {0.32f, 0.8f}, 0.03f, 0.024f, 1.1f, true));
    c.push_back(piece(P::HandR, {0.32f, 0.8f}, {0.38f, 0.8f}, 0.024f, 0.02f, 1.1f, true));
    c.push_back(piece(P::Pelvis, {0.0f, 0.5f}, {0.0f, 0.6f}, 0.085f, 0.08f, 1.0f));
    c.push_back(piece(P::Lumbar, {0.0f, 0.6f}, {0.005f, 0.7f}, 0.075f, 0.075f, 1.0f));
    c.push_back(piece(P::Thorax, {0.005f, 0.7f}, {0.01f, 0.8f}, 0.08f, 0.085f, 1.0f));
    c.push_back(piece(P::Neck, {0.012f, 0.82f}, {0.02f, 0.875f}, 0.03f, 0.028f, 1.0f));
    c.push_back(piece(P::ThighL, {0.0f, 0.52f}, {0.02f, 0.28f}, 0.055f, 0.04f, 0.9f));
    c.push_back(piece(P::ShinL, {0.02f, 0.28f}, {0.0f, 0.05f}, 0.038f, 0.026f, 0.9f));
    c.push_back(piece(P::FootL, {-0.02f, 0.025f}, {0.1f, 0.015f}, 0.025f, 0.015f, 0.9f));
    c.push_back(piece(P::UpperArmL, {0.01f, 0.8f}, {0.04f, 0.63f}, 0.038f, 0.03f, 0.9f));
    c.push_back(piece(P::ForearmL, {0.04f, 0.63f}, {0.13f, 0.5f}, 0.03f, 0.024f, 0.9f));
    c.push_back(piece(P::HandL, {0.13f, 0.5f}, {0.17f, 0.46f}, 0.026f, 0.02f, 0.9f));
    b.head.center = {0.03f, 0.935f};
    b.head.radius = 0.065f;
    b.head.facing = {1, 0};
    b.head.towardViewer = 0;
    b.head.depth = 1.0f;
    return b;
}

// The same body mirrored left to right: facing left.
inline BodyShape facingLeft(BodyShape b) {
    for (Capsule& c : b.capsules) c.a.x = -c.a.x, c.b.x = -c.b.x;
    b.head.center.x = -b.head.center.x;
    b.head.facing.x = -b.head.facing.x;
    return b;
}

// Lying on the back, head on the left, face up, knees bent (the feet on the floor).
inline BodyShape lyingBody() {
    BodyShape b;
    auto& c = b.capsules;
    using P = BodyPart;
    const float y = 0.085f;
    c.push_back(piece(P::UpperArmR, {0.2f, y + 0.01f}, {0.36f, y - 0.03f}, 0.036f, 0.03f, 1.1f, true));
    c.push_back(piece(P::ForearmR, {0.36f, y - 0.03f}, {0.5f, y - 0.045f}, 0.03f, 0.024f, 1.1f, true));
    c.push_back(piece(P::Neck, {0.2f, y}, {0.145f, y - 0.005f}, 0.03f, 0.028f, 1.0f));
    c.push_back(piece(P::Thorax, {0.2f, y}, {0.33f, y}, 0.085f, 0.08f, 1.0f));
    c.push_back(piece(P::Lumbar, {0.33f, y}, {0.43f, y - 0.005f}, 0.075f, 0.075f, 1.0f));
    c.push_back(piece(P::Pelvis, {0.43f, y - 0.005f}, {0.53f, y}, 0.08f, 0.085f, 1.0f));
    c.push_back(piece(P::ThighL, {0.52f, y}, {0.72f, 0.28f}, 0.055f, 0.04f, 0.9f));
    c.push_back(piece(P::ShinL, {0.72f, 0.28f}, {0.8f, 0.05f}, 0.038f, 0.026f, 0.9f));
    c.push_back(piece(P::FootL, {0.78f, 0.025f}, {0.9f, 0.015f}, 0.025f, 0.015f, 0.9f));
    c.push_back(piece(P::UpperArmL, {0.2f, y + 0.01f}, {0.34f, y - 0.04f}, 0.038f, 0.03f, 0.9f));
    c.push_back(piece(P::ForearmL, {0.34f, y - 0.04f}, {0.47f, y - 0.055f}, 0.03f, 0.024f, 0.9f));
    b.head.center = {0.075f, 0.068f};
    b.head.radius = 0.065f;
    b.head.facing = {0, 1};
    b.head.towardViewer = 0;
    b.head.depth = 1.0f;
    return b;
}

// Seen from the front (towardViewer 1) or the back (-1), arms out to the sides.
inline BodyShape frontBody(float towardViewer) {
    BodyShape b;
    auto& c = b.capsules;
    using P = BodyPart;
    c.push_back(piece(P::Pelvis, {0.0f, 0.5f}, {0.0f, 0.6f}, 0.1f, 0.09f, 1.0f));
    c.push_back(piece(P::Lumbar, {0.0f, 0.6f}, {0.0f, 0.7f}, 0.085f, 0.09f, 1.0f));
    c.push_back(piece(P::Thorax, {0.0f, 0.7f}, {0.0f, 0.78f}, 0.1f, 0.11f, 1.0f));
    c.push_back(piece(P::Neck, {0.0f, 0.82f}, {0.0f, 0.875f}, 0.032f, 0.03f, 1.0f));
    for (float s : {-1.0f, 1.0f}) {
        bool left = s < 0;  // a mirror image (figure/BodyView): the body's right arm on the right
        c.push_back(piece(left ? P::ThighL : P::ThighR, {s * 0.05f, 0.52f}, {s * 0.07f, 0.28f}, 0.055f, 0.04f, 0.95f));
        c.push_back(piece(left ? P::ShinL : P::ShinR, {s * 0.07f, 0.28f}, {s * 0.08f, 0.05f}, 0.038f, 0.026f, 0.95f));
        c.push_back(piece(left ? P::FootL : P::FootR, {s * 0.08f, 0.03f}, {s * 0.11f, 0.02f}, 0.026f, 0.02f, 0.95f));
        c.push_back(piece(left ? P::UpperArmL : P::UpperArmR, {s * 0.12f, 0.8f}, {s * 0.28f, 0.82f}, 0.038f, 0.03f, 0.95f));
        c.push_back(piece(left ? P::ForearmL : P::ForearmR, {s * 0.28f, 0.82f}, {s * 0.42f, 0.86f}, 0.03f, 0.024f, 0.95f));
        c.push_back(piece(left ? P::HandL : P::HandR, {s * 0.42f, 0.86f}, {s * 0.48f, 0.875f}, 0.024f, 0.02f, 0.95f));
    }
    b.head.center = {0.0f, 0.935f};
    b.head.radius = 0.065f;
    b.head.facing = {0, -1};
    b.head.towardViewer = towardViewer;
    b.head.depth = 0.9f;
    return b;
}

}  // namespace mc::test
