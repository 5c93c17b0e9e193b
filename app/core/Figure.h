#pragma once
// Illustrations as data. Two kinds of figure, both posed by keyframes whose times
// are the movement's progress 0..1 (0 = start pose, 1 = the end of the movement), so
// the same figure follows any tempo or hold length:
//  - the body (figure/): a 3D body with a bending spine, posed by named joint angles,
//    seen from a chosen view, resting on the floor or its props by itself;
//  - the older side-view stick figure, kept for packs written before the body: a
//    pose gives the absolute angle of each segment (degrees, 0 = pointing right,
//    90 = pointing up, counter-clockwise, screen y up) and where the hip is.
#include <array>
#include <vector>

#include "figure/BodyModel.h"
#include "figure/BodyPose.h"
#include "figure/BodyView.h"
#include "figure/Prop.h"

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

struct BodyKeyframe {
    float at = 0.0f;  // movement progress 0..1
    BodyPose pose;
};

// A hand or a foot, which a strap or towel can run between.
enum class BodyEnd { HandL, HandR, FootL, FootR };

// A prop in the figure: on the floor, under the body (a support it rests on), or in a hand.
struct FigureProp {
    enum class Hand { None, Left, Right };
    Prop prop;
    bool support = false;   // the body rests on its top (a bench, a chair seat, a step); a bar: it hangs
    Hand hand = Hand::None;  // held: drawn at that hand, wherever it moves
    // A strap or towel held from one end to the other (a hand to a foot): its ends follow
    // them, instead of `at` and `to`.
    bool follows = false;
    BodyEnd from = BodyEnd::HandL, to = BodyEnd::FootL;
};

struct Figure {
    std::vector<Keyframe> keyframes;   // the stick figure, sorted by `at`
    // The body (used when present, instead of `keyframes`).
    std::vector<BodyKeyframe> poses;   // sorted by `at`
    View view = View::Side;
    BodyVariant body = BodyVariant::Standard;
    std::vector<FigureProp> props;

    bool hasBody() const { return !poses.empty(); }
    bool empty() const { return keyframes.empty() && poses.empty(); }
};

}  // namespace mc
