#include "platform/remoteserver/RemoteInput.h"

namespace mc {

void RemoteInbox::push(InputEvent event) {
    {
        std::lock_guard lock(mutex_);
        // A flood of commands is bounded: the oldest are dropped (a person taps, a script floods).
        if (events_.size() >= 64) events_.pop_front();
        events_.push_back(std::move(event));
    }
    arrived_.notify_all();
    if (wake_) wake_();
}

std::vector<InputEvent> RemoteInbox::take() {
    std::lock_guard lock(mutex_);
    std::vector<InputEvent> out(events_.begin(), events_.end());
    events_.clear();
    return out;
}

void RemoteInbox::waitForArrival(Millis timeout) {
    std::unique_lock lock(mutex_);
    arrived_.wait_for(lock, timeout, [&] { return !events_.empty(); });
}

std::vector<InputEvent> RemoteInput::waitForInput(Millis timeout) {
    // Events already queued must not wait for the display's timeout.
    std::vector<InputEvent> events = inbox_.take();
    std::vector<InputEvent> fromDisplay = display_.waitForInput(events.empty() ? timeout : Millis(0));
    // Quit and keys first, in the order they came; then what arrived meanwhile.
    events.insert(events.end(), fromDisplay.begin(), fromDisplay.end());
    std::vector<InputEvent> late = inbox_.take();
    events.insert(events.end(), late.begin(), late.end());
    return events;
}

}  // namespace mc
