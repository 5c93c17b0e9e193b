#include "platform/system/ShellCommand.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

#include "log/Log.h"
#include "platform/durability/ErrnoMessage.h"

extern char** environ;

namespace mc {
namespace {

constexpr Millis kGraceAfterTerm{1000};  // between SIGTERM and SIGKILL

}  // namespace

Result<ShellProcess> ShellProcess::start(const std::string& command, Millis timeout) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attributes);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    // A process group of its own: on timeout we kill the shell and whatever it started.
    posix_spawnattr_setpgroup(&attributes, 0);
    sigset_t defaults;
    sigemptyset(&defaults);
    posix_spawnattr_setsigmask(&attributes, &defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGCHLD);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    pid_t pid = -1;
    const char* argv[] = {"sh", "-c", command.c_str(), nullptr};
    const int error = posix_spawn(&pid, "/bin/sh", &actions, &attributes, const_cast<char* const*>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (error != 0) return Error{errnoMessage("cannot start `" + command + "`", error)};
    return ShellProcess(pid, command, timeout);
}

ShellProcess::ShellProcess(pid_t pid, std::string command, Millis timeout)
    : pid_(pid), command_(std::move(command)), timeout_(timeout), started_(std::chrono::steady_clock::now()) {}

ShellProcess::ShellProcess(ShellProcess&& other) noexcept
    : pid_(other.pid_),
      command_(std::move(other.command_)),
      timeout_(other.timeout_),
      started_(other.started_),
      terminated_(other.terminated_),
      killed_(other.killed_) {
    other.pid_ = -1;
}

ShellProcess& ShellProcess::operator=(ShellProcess&& other) noexcept {
    if (this != &other) {
        if (pid_ > 0) {
            ::kill(-pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
        pid_ = other.pid_;
        command_ = std::move(other.command_);
        timeout_ = other.timeout_;
        started_ = other.started_;
        terminated_ = other.terminated_;
        killed_ = other.killed_;
        other.pid_ = -1;
    }
    return *this;
}

ShellProcess::~ShellProcess() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
}

std::optional<CommandOutcome> ShellProcess::poll() {
    if (pid_ <= 0) return CommandOutcome{};
    const auto elapsed = std::chrono::duration_cast<Millis>(std::chrono::steady_clock::now() - started_);
    int status = 0;
    const pid_t done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_ || (done < 0 && errno == ECHILD)) {
        const bool reaped = done == pid_;
        pid_ = -1;
        CommandOutcome outcome;
        outcome.duration = elapsed;
        outcome.timedOut = terminated_;
        if (reaped && WIFEXITED(status) && !terminated_) outcome.exitStatus = WEXITSTATUS(status);
        return outcome;
    }
    if (elapsed >= timeout_ && !terminated_) {
        ::kill(-pid_, SIGTERM);
        terminated_ = true;
    } else if (elapsed >= timeout_ + kGraceAfterTerm && !killed_) {
        ::kill(-pid_, SIGKILL);
        killed_ = true;
    }
    return std::nullopt;
}

CommandOutcome ShellProcess::wait() {
    for (;;) {
        if (auto outcome = poll()) return *outcome;
        std::this_thread::sleep_for(Millis(5));
    }
}

CommandOutcome runShellCommand(const std::string& command, Millis timeout) {
    auto process = ShellProcess::start(command, timeout);
    if (!process) {
        logWarning("command", process.error().message);
        return CommandOutcome{};
    }
    const CommandOutcome outcome = process->wait();
    if (outcome.timedOut) {
        logWarning("command",
                   "`" + command + "` killed after its timeout of " + std::to_string(timeout.count()) + " ms");
    } else if (outcome.exitStatus != 0) {
        logWarning("command", "`" + command + "` failed with exit status " + std::to_string(outcome.exitStatus));
    }
    return outcome;
}

}  // namespace mc
