#pragma once
// A few authored poses and measuring helpers for the figure tests: the poses an
// exercise author would write, so the tests show the pose language is enough.
#include <cmath>
#include <random>

#include "figure/BodyPose.h"
#include "figure/BodyView.h"
#include "figure/Kinematics.h"

namespace mc::test {

inline BodyPose standing() { return {}; }

// On the back, head toward +x (the right of the side view), face up.
inline BodyPose lyingOnBack() {
    BodyPose p;
    p.placement.yaw = 180.0f;
    p.placement.pitch = -90.0f;
    return p;
}

// Hands under the shoulders, knees under the hips, tops of the feet on the floor,
// thighs and arms vertical. `pitch` tips the pelvis forward; the arms (shoulder to
// wrist) are longer than the thighs, so a straight trunk rises toward the head.
// The pitches below were solved so that hands and knees touch the floor together.
inline BodyPose allFours(float pitch = 75.4f, float lumbarFlex = 0.0f, float thoracicFlex = 0.0f) {
    BodyPose p;
    p.placement.pitch = pitch;
    p.lumbar.flex = lumbarFlex;
    p.thoracic.flex = thoracicFlex;
    for (LegPose* leg : {&p.legL, &p.legR}) {
        leg->flex = pitch;
        leg->knee = 90.0f;
        leg->ankle = -76.0f;  // toes pointed back, the tops of the feet on the floor
    }
    for (ArmPose* arm : {&p.armL, &p.armR}) {
        arm->flex = pitch + lumbarFlex + thoracicFlex;
        arm->wrist = 90.0f;  // fingers forward, the hand flat
    }
    return p;
}

// Cat: the back rounded up, the pelvis tucked, head down.
inline BodyPose cat() {
    BodyPose p = allFours(44.0f, 15.0f, 25.0f);
    p.neck.flex = 10.0f;
    p.head.flex = 15.0f;
    return p;
}

// Cow: the back sagging, the pelvis tipped forward, head up.
inline BodyPose cow() {
    BodyPose p = allFours(99.9f, -15.0f, -15.0f);
    p.neck.flex = -20.0f;
    p.head.flex = -15.0f;
    return p;
}

inline Vec2 projectPoint(Vec3 p, View view) { return viewProjection(view).point(p); }

// The bend between the lumbar and the thoracic spine as seen in a view, degrees,
// clockwise positive: for a body facing right in the side view, + is rounding (flexion).
inline float spineCurvature(const PosedBody& body, View view) {
    Vec2 root = projectPoint(body.joint(Joint::Root), view);
    Vec2 mid = projectPoint(body.joint(Joint::LumbarTop), view);
    Vec2 top = projectPoint(body.joint(Joint::NeckBase), view);
    float a1 = std::atan2(mid.y - root.y, mid.x - root.x);
    float a2 = std::atan2(top.y - mid.y, top.x - mid.x);
    float d = (a1 - a2) / kDegToRad;
    while (d > 180.0f) d -= 360.0f;
    while (d < -180.0f) d += 360.0f;
    return d;
}

// Any pose a body can take (and some it cannot), reproducibly.
class RandomPoses {
public:
    explicit RandomPoses(unsigned seed = 14) : rng_(seed) {}

    BodyPose next(bool sagittalOnly = false) {
        BodyPose p;
        p.placement.x = uniform(-1.0f, 1.0f);
        p.placement.z = uniform(-1.0f, 1.0f);
        p.placement.pitch = uniform(-100.0f, 100.0f);
        if (!sagittalOnly) {
            p.placement.yaw = uniform(-180.0f, 180.0f);
            p.placement.roll = uniform(-90.0f, 90.0f);
        }
        for (SpineBend* b : {&p.lumbar, &p.thoracic, &p.neck, &p.head}) {
            b->flex = uniform(-40.0f, 60.0f);
            if (!sagittalOnly) {
                b->side = uniform(-40.0f, 40.0f);
                b->twist = uniform(-45.0f, 45.0f);
            }
        }
        for (ArmPose* a : {&p.armL, &p.armR}) {
            a->flex = uniform(-60.0f, 180.0f);
            a->elbow = uniform(0.0f, 150.0f);
            a->wrist = uniform(-80.0f, 80.0f);
            if (!sagittalOnly) {
                a->shrug = uniform(-10.0f, 30.0f);
                a->protract = uniform(-20.0f, 30.0f);
                a->abduct = uniform(-30.0f, 180.0f);
                a->rotate = uniform(-90.0f, 90.0f);
            }
        }
        for (LegPose* l : {&p.legL, &p.legR}) {
            l->flex = uniform(-30.0f, 130.0f);
            l->knee = uniform(0.0f, 150.0f);
            l->ankle = uniform(-50.0f, 30.0f);
            if (!sagittalOnly) {
                l->abduct = uniform(-30.0f, 80.0f);
                l->rotate = uniform(-45.0f, 45.0f);
            }
        }
        return p;
    }

private:
    float uniform(float lo, float hi) { return std::uniform_real_distribution<float>(lo, hi)(rng_); }
    std::mt19937 rng_;
};

}  // namespace mc::test
