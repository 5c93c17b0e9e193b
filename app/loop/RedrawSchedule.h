#pragma once
// Render only on change. The loop sleeps until the next moment something visible
// changes (a countdown digit, an animation frame at the rate its motion needs, the
// clock's minute, an input) and skips frames that would repeat the last picture.
#include <imgui.h>

#include <string>

#include "mirror/MirrorState.h"
#include "ui/MirrorView.h"

namespace mc {

class RedrawSchedule {
public:
    // `layout`: the screen the motion is measured on (its speed in pixels sets the rate).
    explicit RedrawSchedule(Millis frameInterval = Millis(33), Layout layout = Layout::forScreen(1920, 1080))
        : frameInterval_(frameInterval), layout_(layout) {}

    // How long the loop may sleep before something on screen changes.
    Millis timeout(const MirrorState& state, MonoTime now) const;
    // After input, a couple of extra frames let the layout settle.
    void inputArrived(MonoTime now);
    // True when the picture would differ from the last one drawn (and records it).
    bool due(const MirrorState& state, const ViewContext& ctx, MonoTime now);

    int framesDrawn() const { return framesDrawn_; }

private:
    std::string frameKey(const MirrorState& state, const ViewContext& ctx, MonoTime now) const;

    Millis frameInterval_;
    Layout layout_;
    std::string lastKey_;
    int extraFrames_ = 0;
    MonoTime lastMotionFrame_{-1'000'000'000};  // when a frame last showed the motion
    int framesDrawn_ = 0;
};

// The whole layout moves by a few pixels once a minute, against burn-in on OLED and
// plasma panels that show the same screen for hours.
ImVec2 burnInShift(long long epochSeconds);

}  // namespace mc
