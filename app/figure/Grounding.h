#pragma once
// Contact solved from the pose: the body is moved straight up or down until it
// rests on what is under it, so no keyframe is tuned by hand. After grounding no
// outline point (a capsule's point minus its radius, the head's circle) is below
// the floor or a support it is over, and at least one touches.
#include <span>

#include "figure/BodyShape.h"
#include "figure/Kinematics.h"

namespace mc {

// A flat top the body can rest on (a bench, a step, a chair seat, a bolster), in
// room coordinates: its top at `height`, covering x in [xMin, xMax], z in [zMin, zMax].
// A grip (a pull-up bar) is held instead: the body hangs with its higher hand's palm
// at `height`, unless that would put it below the floor (then it stands).
struct Support {
    float height = 0.0f;
    float xMin = 0.0f, xMax = 0.0f;
    float zMin = 0.0f, zMax = 0.0f;
    bool grip = false;
};

// The middle of a hand (the palm, which wraps a bar): -1 the body's left, +1 its right.
Vec3 palm(const PosedBody& body, int side);

// The lowest outline point of the body (the capsules and the head).
float lowestPoint(const PosedBody& body);
float lowestPoint(const BodyShape& shape);

// Rests the whole body on one level: the floor (0) or a support top everywhere
// under it (e.g. 0.45, lying along a bench). The BodyShape form works in any view,
// since views keep heights; it also updates shape.minY.
void groundOn(PosedBody& body, float supportHeight = 0.0f);
void groundOn(BodyShape& shape, float supportHeight = 0.0f);

// Drops the body onto the floor and the given supports, which may hold only part
// of it (a knee and a hand on a bench, the other foot on the floor; sitting on a
// chair with the feet on the floor). Returns the vertical move applied.
float groundOn(PosedBody& body, std::span<const Support> supports);

}  // namespace mc
