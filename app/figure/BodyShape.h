#pragma once
// A body seen from one view, ready to draw: the hand-off between the figure model
// (posing a 3D body and projecting it, figure/BodyModel) and the figure drawing
// (ui/BodyView). Units are body heights, x to the right, y up, the floor at y = 0.
// Capsules are tapered limb pieces; they come sorted far to near, so drawing them in
// order makes near limbs cross over far ones.
#include <array>
#include <vector>

namespace mc {

struct Vec2 {
    float x = 0.0f;
    float y = 0.0f;
};

// Every drawn piece of the body. L/R are the body's own left and right.
enum class BodyPart {
    Pelvis, Lumbar, Thorax, Neck, Head,
    UpperArmL, ForearmL, HandL,
    UpperArmR, ForearmR, HandR,
    ThighL, ShinL, FootL,
    ThighR, ShinR, FootR,
    Belly,  // the pregnant body variant only
    Count
};
constexpr int kBodyPartCount = static_cast<int>(BodyPart::Count);

// A tapered piece from a (radius ra) to b (radius rb).
struct Capsule {
    BodyPart part = BodyPart::Pelvis;
    Vec2 a, b;
    float ra = 0.0f, rb = 0.0f;
    float depth = 0.0f;  // distance from the viewer (larger = farther), for order and the depth cue
    bool far = false;    // on the side of the body away from the viewer: drawn with the depth cue
};

struct HeadShape {
    Vec2 center;
    float radius = 0.0f;
    // Where the face points in the picture (unit vector), and how much of it is turned
    // to the viewer: 0 = profile (an eye/nose at `facing`), 1 = seen from the front,
    // -1 = the back of the head.
    Vec2 facing{1.0f, 0.0f};
    float towardViewer = 0.0f;
    float depth = 0.0f;
};

struct BodyShape {
    std::vector<Capsule> capsules;  // far to near
    HeadShape head;
    float minY = 0.0f;              // lowest point of any outline (0 once grounded)
};

}  // namespace mc
