#pragma once
// The run loop's view of a display: where frames go and where input comes from.
// platform/display/MirrorWindow is the real one; tests use a fake that records frames.
#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

#include "core/Result.h"
#include "core/Time.h"
#include "mirror/InputEvent.h"

namespace mc {

using DrawFrame = std::function<void(ImDrawList&)>;

class DisplayPort {
public:
    virtual ~DisplayPort() = default;
    // Waits up to `timeout` for input; returns what arrived (possibly nothing).
    virtual std::vector<InputEvent> waitForInput(Millis timeout) = 0;
    // Draws a frame with `draw` and shows it.
    virtual void present(const DrawFrame& draw) = 0;
    // New content may bring characters the fonts lack: bake them before they are shown.
    virtual Status coverText(const std::string& corpus) = 0;
};

}  // namespace mc
