#pragma once
// Phones' commands enter the loop exactly as keys do: the HTTP threads push InputEvents
// into this queue and wake the display's wait; RemoteInput hands them to the loop with the
// display's own input, so MirrorLoop never knows where a command came from.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

#include "ui/DisplayPort.h"

namespace mc {

class RemoteInbox {
public:
    // `wake` makes the display's waitForInput return early (MirrorWindow::wakeUp); any thread.
    explicit RemoteInbox(std::function<void()> wake = {}) : wake_(std::move(wake)) {}

    void push(InputEvent event);  // any thread
    std::vector<InputEvent> take();
    // Blocks until something is pushed or `timeout` passes (for displays without their own wait).
    void waitForArrival(Millis timeout);

private:
    std::function<void()> wake_;
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::deque<InputEvent> events_;
};

// The display with the inbox's events added to its input.
class RemoteInput final : public DisplayPort {
public:
    RemoteInput(DisplayPort& display, RemoteInbox& inbox) : display_(display), inbox_(inbox) {}
    std::vector<InputEvent> waitForInput(Millis timeout) override;
    void present(const DrawFrame& draw) override { display_.present(draw); }
    Status coverText(const std::string& corpus) override { return display_.coverText(corpus); }

private:
    DisplayPort& display_;
    RemoteInbox& inbox_;
};

}  // namespace mc
