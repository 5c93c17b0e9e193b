#pragma once
// How fast the player's moving parts cross the screen, in pixels a second: the figure's
// fastest point, from its pose a moment apart, at the scale it is drawn. The timer ring
// and digits change only on whole seconds, which the redraw schedule draws anyway; it
// turns this speed into a frame rate between them (loop/MotionRate).
#include "figure/BodyShape.h"
#include "mirror/MirrorState.h"
#include "ui/Theme.h"

namespace mc {

float screenMotionSpeed(const MirrorState& state, const Layout& layout, MonoTime now);

// The farthest any piece of the body (matched by part: pieces are sorted by depth, so
// their order changes as the body turns) or the head moves from `a` to `b`, in body units.
float largestMove(const BodyShape& a, const BodyShape& b);

// True in a hold whose easing in is over: the figure stays still until the phase ends,
// so no frame is needed between the seconds.
bool stillUntilPhaseEnds(const MirrorState& state, MonoTime now);

}  // namespace mc
