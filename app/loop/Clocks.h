#pragma once
// The two clocks the loop reads once per turn: monotonic for timers, wall for the
// clock face, the sleep schedule and the history. Real in the mirror, simulated in
// tests, the soak test and the benchmarks.
#include "core/Time.h"
#include "progress/WallTime.h"

namespace mc {

struct LoopTime {
    MonoTime mono{0};
    WallTime wall;
};

class Clocks {
public:
    virtual ~Clocks() = default;
    virtual LoopTime now() = 0;
};

}  // namespace mc
