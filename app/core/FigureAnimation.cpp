#include "core/FigureAnimation.h"

#include <algorithm>
#include <cmath>

namespace mc {
namespace {

constexpr float kPi = 3.14159265358979f;

float lerp(float a, float b, float t) { return a + (b - a) * t; }

// Interpolates angles along the shorter arc, so 350° -> 10° turns by 20°, not 340°.
float lerpAngle(float a, float b, float t) {
    float d = std::fmod(b - a, 360.0f);
    if (d > 180.0f) d -= 360.0f;
    if (d < -180.0f) d += 360.0f;
    return a + d * t;
}

Point2 step(Point2 from, float angleDeg, float length) {
    float r = angleDeg * kPi / 180.0f;
    return {from.x + std::cos(r) * length, from.y + std::sin(r) * length};
}

float angle(const Pose& p, Segment s) { return p.angle[static_cast<int>(s)]; }

}  // namespace

Pose standingPose() {
    Pose p;
    p.hipX = 0.0f;
    p.hipY = 0.49f;
    auto set = [&](Segment s, float deg) { p.angle[static_cast<int>(s)] = deg; };
    set(Segment::Torso, 90);
    set(Segment::Head, 90);
    set(Segment::UpperArmL, -95);
    set(Segment::ForearmL, -90);
    set(Segment::UpperArmR, -85);
    set(Segment::ForearmR, -90);
    set(Segment::ThighL, -90);
    set(Segment::ShinL, -90);
    set(Segment::ThighR, -90);
    set(Segment::ShinR, -90);
    return p;
}

Pose poseAt(const Figure& figure, float movement) {
    const auto& keys = figure.keyframes;
    if (keys.empty()) return standingPose();
    movement = std::clamp(movement, 0.0f, 1.0f);
    if (movement <= keys.front().at) return keys.front().pose;
    if (movement >= keys.back().at) return keys.back().pose;

    auto next = std::upper_bound(keys.begin(), keys.end(), movement,
                                 [](float m, const Keyframe& k) { return m < k.at; });
    const Keyframe& b = *next;
    const Keyframe& a = *(next - 1);
    float span = b.at - a.at;
    float t = span > 0.0f ? (movement - a.at) / span : 1.0f;

    Pose out;
    out.hipX = lerp(a.pose.hipX, b.pose.hipX, t);
    out.hipY = lerp(a.pose.hipY, b.pose.hipY, t);
    for (int i = 0; i < kSegmentCount; ++i) out.angle[i] = lerpAngle(a.pose.angle[i], b.pose.angle[i], t);
    return out;
}

Pose withBreathing(Pose pose, Millis sinceStart) {
    constexpr float kBreathPeriodMs = 6000.0f;  // a calm breath, sampled once a second (breathingTick)
    float phase = static_cast<float>(sinceStart.count() % 6000) / kBreathPeriodMs;
    float breath = std::sin(phase * 2.0f * kPi);  // -1..1
    pose.angle[static_cast<int>(Segment::Torso)] += 1.2f * breath;
    pose.angle[static_cast<int>(Segment::Head)] += 1.2f * breath;
    pose.hipY += 0.003f * breath;
    return pose;
}

Skeleton skeletonOf(const Pose& p, const BodyProportions& body) {
    Skeleton s;
    s.hip = {p.hipX, p.hipY};
    s.neck = step(s.hip, angle(p, Segment::Torso), body.torso);
    s.headTop = step(s.neck, angle(p, Segment::Head), body.head);
    // Shoulders sit at the neck: at this scale a separate shoulder joint adds nothing.
    s.elbowL = step(s.neck, angle(p, Segment::UpperArmL), body.upperArm);
    s.handL = step(s.elbowL, angle(p, Segment::ForearmL), body.forearm);
    s.elbowR = step(s.neck, angle(p, Segment::UpperArmR), body.upperArm);
    s.handR = step(s.elbowR, angle(p, Segment::ForearmR), body.forearm);
    s.kneeL = step(s.hip, angle(p, Segment::ThighL), body.thigh);
    s.footL = step(s.kneeL, angle(p, Segment::ShinL), body.shin);
    s.kneeR = step(s.hip, angle(p, Segment::ThighR), body.thigh);
    s.footR = step(s.kneeR, angle(p, Segment::ShinR), body.shin);
    return s;
}

Skeleton mirrored(const Skeleton& s) {
    auto m = [](Point2 p) { return Point2{-p.x, p.y}; };
    return {m(s.hip), m(s.neck), m(s.headTop), m(s.elbowL), m(s.handL), m(s.elbowR),
            m(s.handR), m(s.kneeL), m(s.footL), m(s.kneeR), m(s.footR)};
}

}  // namespace mc
