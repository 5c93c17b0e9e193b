#pragma once
// Turns a figure's keyframes into joint positions for a moment of an exercise.
// Pure math: the screens draw the points, the tests compare them.
#include <array>

#include "Figure.h"
#include "Time.h"

namespace mc {

struct Point2 {
    float x = 0.0f;
    float y = 0.0f;
};

// Joint positions in body heights (y up, the floor at 0).
struct Skeleton {
    Point2 hip, neck, headTop;
    Point2 elbowL, handL, elbowR, handR;
    Point2 kneeL, footL, kneeR, footR;
};

// Segment lengths in body heights; a standing body is about one unit tall.
struct BodyProportions {
    float torso = 0.30f;
    float head = 0.13f;
    float upperArm = 0.16f;
    float forearm = 0.16f;
    float thigh = 0.245f;
    float shin = 0.245f;
};

// The pose at movement progress `movement` (0..1), interpolated between keyframes
// with angles taking the short way round. An empty figure gives a standing pose.
Pose poseAt(const Figure& figure, float movement);

// A slow, small rise and fall of the torso and arms (about one breath every 5 s),
// so a held pose still looks alive without distracting.
Pose withBreathing(Pose pose, Millis sinceStart);

Skeleton skeletonOf(const Pose& pose, const BodyProportions& body = {});

// The same skeleton seen from the other side (x mirrored around the hip's start).
Skeleton mirrored(const Skeleton& skeleton);

// A standing pose facing right, arms down.
Pose standingPose();

}  // namespace mc
