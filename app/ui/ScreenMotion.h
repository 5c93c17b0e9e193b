#pragma once
// How fast the player's moving parts cross the screen, in pixels a second: the figure's
// fastest point (from its pose a moment apart, at the scale it is drawn) and the tip of
// the timer ring (weighted a third: see the .cpp). The redraw schedule turns this into a frame rate (loop/MotionRate).
#include "mirror/MirrorState.h"
#include "ui/Theme.h"

namespace mc {

float screenMotionSpeed(const MirrorState& state, const Layout& layout, MonoTime now);

}  // namespace mc
