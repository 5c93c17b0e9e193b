#pragma once
// Runs an installer-configured shell command (display off/on) as a child process in its
// own process group, so a command that hangs can be killed with everything it started.
// Output goes to our stderr (the journal under systemd).
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>

#include "core/Result.h"
#include "core/Time.h"

namespace mc {

struct CommandOutcome {
    int exitStatus = -1;    // the command's exit status; -1 if it was killed or died by a signal
    bool timedOut = false;  // killed because it ran past its timeout
    Millis duration{0};
    bool succeeded() const { return exitStatus == 0 && !timedOut; }
};

class ShellProcess {
public:
    // Starts `/bin/sh -c command` with stdin from /dev/null.
    static Result<ShellProcess> start(const std::string& command, Millis timeout);

    ShellProcess(ShellProcess&& other) noexcept;
    ShellProcess& operator=(ShellProcess&& other) noexcept;
    ShellProcess(const ShellProcess&) = delete;
    ShellProcess& operator=(const ShellProcess&) = delete;
    ~ShellProcess();  // kills and reaps a command still running

    // Non-blocking: the outcome once the command has ended; past the timeout the process
    // group gets SIGTERM, and SIGKILL a second later.
    std::optional<CommandOutcome> poll();

    // Polls until the command ends (including being killed at its timeout).
    CommandOutcome wait();

    const std::string& command() const { return command_; }

private:
    ShellProcess(pid_t pid, std::string command, Millis timeout);
    pid_t pid_ = -1;
    std::string command_;
    Millis timeout_;
    std::chrono::steady_clock::time_point started_;
    bool terminated_ = false;
    bool killed_ = false;
};

// Runs a command to its end (or its timeout) and logs what happened.
CommandOutcome runShellCommand(const std::string& command, Millis timeout);

}  // namespace mc
