#pragma once
// Time in the core is integral milliseconds: exact to add and compare, so phase
// boundaries never drift. "Monotonic" values come from an injected clock.
#include <algorithm>
#include <chrono>
#include <cstdint>

namespace mc {

using Millis = std::chrono::milliseconds;
using namespace std::chrono_literals;

// A reading of the monotonic clock (milliseconds since an arbitrary origin).
using MonoTime = Millis;

inline double seconds(Millis m) { return static_cast<double>(m.count()) / 1000.0; }
inline Millis fromSeconds(double s) { return Millis(static_cast<int64_t>(s * 1000.0 + (s >= 0 ? 0.5 : -0.5))); }

// How far `part` is through `whole`, in [0, 1]; an empty whole counts as done.
inline float fraction(Millis part, Millis whole) {
    if (whole <= Millis{0}) return 1.0f;
    return std::clamp(static_cast<float>(part.count()) / static_cast<float>(whole.count()), 0.0f, 1.0f);
}

}  // namespace mc
