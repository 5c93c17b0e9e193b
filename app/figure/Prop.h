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

// Furniture and mats are solids in the room (figure/PropSolid), seen from the figure's
// view; unturned (yaw 0) each looks as described here from the side. A ball, a strap,
// a towel and what is held are drawn in the picture as they are.
//   `at` is where the prop meets what holds it:
//     - standing on the floor (chair, bench, step, parallel bars, ball, pillow, bolster):
//       the middle of its underside;
//     - mat: the middle of its top surface (at the floor: at.y = 0, the body lies on it);
//     - wall: the foot of its face, the side the body touches;
//     - held (dumbbell, bar): its middle, at the hand; a bar not held (a pull-up bar):
//       its middle;
//     - strap, towel: one end (the other end is `to`).
//   `size` is the kind's main size in body heights; 0 takes the usual one (kUsualSize):
//     the length of a mat, pillow, bench, step, bar, dumbbell or of parallel bars; the
//     diameter of a ball or bolster (a bolster lies across the picture: seen end-on);
//     the height of a chair's seat or of a wall; the sag of a strap or towel. A held bar
//     seen end-on is one with a size no longer than it is thick; a bar not held is
//     turned with `yaw` (90: across the front view's picture, end-on from the side).
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
    // In the room (figure/PropSolid): how far behind the picture's plane it stands (body
    // heights; the side view: + toward the body's right), and its turn about the vertical
    // (degrees, + counterclockwise from above, as a body's placement.yaw).
    float depth = 0;
    float yaw = 0;
    bool inHand = false;  // drawn at a hand, in the picture as it is
};

// The usual size of each kind (see Prop::size), in body heights of a 1.70 m person.
float usualSize(PropKind kind);

// The content names: "mat", "pillow", "bolster", "strap", "towel", "chair", "bench",
// "wall", "ball", "dumbbell", "bar", "parallel-bars", "step".
std::string_view propKindName(PropKind kind);
std::optional<PropKind> propKindFromName(std::string_view name);
// Every name, in PropKind order: for validation messages ("expected one of ...").
const std::vector<std::string_view>& propKindNames();

}  // namespace mc
