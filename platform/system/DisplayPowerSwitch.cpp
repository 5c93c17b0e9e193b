#include "platform/system/DisplayPowerSwitch.h"

#include <thread>

#include "log/Log.h"

namespace mc {

DisplayPowerSwitch::DisplayPowerSwitch(std::string offCommand, std::string onCommand, Millis timeout)
    : offCommand_(std::move(offCommand)), onCommand_(std::move(onCommand)), timeout_(timeout) {}

void DisplayPowerSwitch::request(bool on) {
    const std::string& command = on ? onCommand_ : offCommand_;
    logInfo("display", std::string("turning ") + (on ? "on" : "off") +
                           (command.empty() ? " (no command configured: black screen only)" : ""));
    if (command.empty()) return;
    pending_.push_back(on);
    poll();
}

void DisplayPowerSwitch::startNext() {
    while (!running_ && !pending_.empty()) {
        const bool on = pending_.front();
        pending_.pop_front();
        const std::string& command = on ? onCommand_ : offCommand_;
        logInfo("display", std::string("running display_") + (on ? "on" : "off") + "_command: " + command);
        auto process = ShellProcess::start(command, timeout_);
        if (!process) {
            logWarning("display", process.error().message);
            continue;
        }
        running_.emplace(std::move(*process));
        runningOn_ = on;
    }
}

void DisplayPowerSwitch::poll() {
    if (running_) {
        const auto outcome = running_->poll();
        if (!outcome) return;
        const char* which = runningOn_ ? "on" : "off";
        if (outcome->timedOut) {
            logWarning("display", std::string("display_") + which + "_command killed after " +
                                      std::to_string(timeout_.count()) + " ms (command_timeout_s)");
        } else if (outcome->exitStatus != 0) {
            logWarning("display", std::string("display_") + which + "_command failed with exit status " +
                                      std::to_string(outcome->exitStatus));
        } else {
            logInfo("display", std::string("display_") + which + "_command done in " +
                                   std::to_string(outcome->duration.count()) + " ms");
        }
        running_.reset();
    }
    startNext();
}

void DisplayPowerSwitch::finish() {
    while (!idle()) {
        poll();
        if (!idle()) std::this_thread::sleep_for(Millis(5));
    }
}

}  // namespace mc
