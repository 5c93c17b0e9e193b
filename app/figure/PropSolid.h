#pragma once
// A prop as a solid in the room, so that it can be seen from any view and can hold the
// body up where it really is: rounded boxes and rods (a bar, a bolster) around the
// prop's anchor. A prop is authored in the picture (figure/Prop); propAnchor() puts it
// in the room through the figure's view, and the solid is turned by the prop's `yaw`.
//
// Unturned (yaw 0) every kind lies as the side view shows it: its length along the
// room's x (the way a default body faces), a chair facing +x, a wall's face toward -x
// (the wall behind `at`, to the right in the side view).
#include <optional>
#include <vector>

#include "figure/BodyView.h"
#include "figure/Grounding.h"
#include "figure/Prop.h"

namespace mc {

// A box: its centre and its three half axes (already turned), corners rounded by `round`.
struct PropBlock {
    Vec3 center;
    Vec3 halfX, halfY, halfZ;
    float round = 0.006f;
};

// A rod of radius r from a to b (a == b: a ball).
struct PropRod {
    Vec3 a, b;
    float r = 0;
};

struct PropSolid {
    std::vector<PropBlock> blocks;
    std::vector<PropRod> rods;
    // The top a body rests on (a seat, a bench's board, a bolster's upper side).
    std::optional<PropBlock> top;
};

// Whether the kind is drawn as a solid (mat, pillow, bolster, chair, bench, step, wall,
// bar, parallel bars); the others (a ball, a strap, a towel, what is held) are drawn in
// the picture as they are, since they look alike from every side.
bool isSolid(PropKind kind);

// Where the prop's anchor (`at`, and `depth` behind the picture) is in the room.
Vec3 propAnchor(const Prop& prop, const ViewProjection& view);

// The solid, relative to the anchor (add propAnchor() to place it), turned by the prop's
// yaw (and by 180 degrees when mirrored). Empty for kinds that are not solids.
PropSolid solidOf(const Prop& prop);

// What the body can rest on: the solid's top (with its footprint in the room), or a
// bar to hang from (grip). Empty for props that hold nothing up.
std::optional<Support> supportOf(const Prop& prop, const ViewProjection& view);

}  // namespace mc
