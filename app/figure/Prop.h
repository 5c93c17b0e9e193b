#pragma once
// A prop in the figure's picture: what it is and where, in the picture space of a
// projected body (figure/BodyShape: body heights, x to the right, y up, the floor at
// y = 0). Plain data with no drawing, so content validation can use the names; the
// drawing is ui/PropView.
#include <optional>
#include <string_view>
#include <vector>

#include "figure/BodyShape.h"

namespace mc {

enum class PropKind {
    Mat, Pillow, Bolster, Strap, Towel, Chair, Bench, Wall, Ball, Dumbbell, Bar, ParallelBars, Step,
    Count
};

// Every kind is drawn as seen from the side of the body unless stated.
//   `at` is where the prop meets what holds it:
//     - standing on the floor (chair, bench, step, parallel bars, ball, pillow, bolster):
//       the middle of its underside;
//     - mat: the middle of its top surface (at the floor: at.y = 0, the body lies on it);
//     - wall: the foot of its face, the side the body touches;
//     - held (dumbbell, bar): its middle, at the hand;
//     - strap, towel: one end (the other end is `to`).
//   `size` is the kind's main size in body heights; 0 takes the usual one (kUsualSize):
//     the length of a mat, pillow, bench, step, bar, dumbbell or of parallel bars; the
//     diameter of a ball or bolster (a bolster lies across the picture: seen end-on);
//     the height of a chair's seat or of a wall; the sag of a strap or towel. A bar seen
//     end-on (crossing the picture) is one with a size no longer than it is thick.
//   `angle` turns it counterclockwise about `at`, in degrees (pillow, dumbbell, bar, mat).
//   `mirrored`: the other way round. Unmirrored, a chair faces right (its back on the
//     left: the sitter faces right) and a wall stands to the right of `at`.
//   `far`: on the far side of the body, drawn dimmer like the far limbs.
struct Prop {
    PropKind kind = PropKind::Mat;
    Vec2 at;
    Vec2 to;
    float size = 0;
    float angle = 0;
    bool mirrored = false;
    bool far = false;
};

// The flat top a prop offers a body to rest on (a seat, a bench, a step, a pillow), in
// the picture: its height above the floor and how far it reaches left and right.
struct PropTop {
    float height = 0;
    float xMin = 0, xMax = 0;
};
// Empty for props nothing rests on (a wall, a strap, what is held).
std::optional<PropTop> topOf(const Prop& prop);

// The usual size of each kind (see Prop::size), in body heights of a 1.70 m person.
float usualSize(PropKind kind);

// The content names: "mat", "pillow", "bolster", "strap", "towel", "chair", "bench",
// "wall", "ball", "dumbbell", "bar", "parallel-bars", "step".
std::string_view propKindName(PropKind kind);
std::optional<PropKind> propKindFromName(std::string_view name);
// Every name, in PropKind order: for validation messages ("expected one of ...").
const std::vector<std::string_view>& propKindNames();

}  // namespace mc
