#include "platform/system/DisplayPowerSwitch.h"

#include <cstdio>
#include <thread>

namespace mc {

DisplayPowerSwitch::DisplayPowerSwitch(std::string offCommand, std::string onCommand, Millis timeout)
    : offCommand_(std::move(offCommand)), onCommand_(std::move(onCommand)), timeout_(timeout) {}

void DisplayPowerSwitch::request(bool on) {
    const std::string& command = on ? onCommand_ : offCommand_;
    std::fprintf(stderr, "display: turning %s%s\n", on ? "on" : "off",
                 command.empty() ? " (no command configured: black screen only)" : "");
    if (command.empty()) return;
    pending_.push_back(on);
    poll();
}

void DisplayPowerSwitch::startNext() {
    while (!running_ && !pending_.empty()) {
        const bool on = pending_.front();
        pending_.pop_front();
        const std::string& command = on ? onCommand_ : offCommand_;
        std::fprintf(stderr, "display: running display_%s_command: %s\n", on ? "on" : "off", command.c_str());
        auto process = ShellProcess::start(command, timeout_);
        if (!process) {
            std::fprintf(stderr, "display: %s\n", process.error().message.c_str());
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
            std::fprintf(stderr, "display: display_%s_command killed after %lld ms (command_timeout_s)\n", which,
                         static_cast<long long>(timeout_.count()));
        } else if (outcome->exitStatus != 0) {
            std::fprintf(stderr, "display: display_%s_command failed with exit status %d\n", which,
                         outcome->exitStatus);
        } else {
            std::fprintf(stderr, "display: display_%s_command done in %lld ms\n", which,
                         static_cast<long long>(outcome->duration.count()));
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
