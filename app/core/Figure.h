#pragma once
// Illustrations as data: a simple articulated body posed by keyframes.
// A pose gives the absolute angle of each segment (degrees, 0 = pointing right,
// 90 = pointing up, counter-clockwise, screen y up) and where the hip is.
// Keyframe times are the movement's progress 0..1 (0 = start pose, 1 = the end
// of the movement), so the same figure follows any tempo or hold length.
#include <array>
#include <vector>

namespace mc {

enum class Segment {
    Torso,      // hip -> neck
    Head,       // neck -> top of head
    UpperArmL, ForearmL,
    UpperArmR, ForearmR,
    ThighL, ShinL,
    ThighR, ShinR,
    Count
};
constexpr int kSegmentCount = static_cast<int>(Segment::Count);

struct Pose {
    float hipX = 0.0f;  // in body heights; the floor is y = 0
    float hipY = 0.5f;
    std::array<float, kSegmentCount> angle{};  // degrees
};

struct Keyframe {
    float at = 0.0f;  // movement progress 0..1
    Pose pose;
};

struct Figure {
    std::vector<Keyframe> keyframes;  // sorted by `at`; empty = no figure
};

}  // namespace mc
