#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <chrono>
#include <fstream>
#include <thread>

#include "platform/system/PresenceSensor.h"
#include "platform/system/ShellCommand.h"

namespace mc {
namespace {

TEST(ShellCommand, ReportsTheExitStatus) {
    EXPECT_EQ(runShellCommand("true", Millis(10'000)).exitStatus, 0);
    EXPECT_TRUE(runShellCommand("true", Millis(10'000)).succeeded());
    const CommandOutcome failed = runShellCommand("exit 3", Millis(10'000));
    EXPECT_EQ(failed.exitStatus, 3);
    EXPECT_FALSE(failed.timedOut);
    EXPECT_EQ(runShellCommand("no-such-command-mirrorcoach 2>/dev/null", Millis(10'000)).exitStatus, 127);
}

TEST(ShellCommand, RunsThroughTheShellWithArguments) {
    const auto file = std::filesystem::temp_directory_path() / ("mc-shell-" + std::to_string(::getpid()));
    ASSERT_TRUE(runShellCommand("printf '%s|' display off > '" + file.string() + "'", Millis(10'000)).succeeded());
    std::ifstream in(file);
    std::string text;
    std::getline(in, text);
    EXPECT_EQ(text, "display|off|");
    std::filesystem::remove(file);
}

// True once `pid` has ended (gone, or a zombie waiting for its new parent to reap it).
bool ended(pid_t pid) {
    if (::kill(pid, 0) != 0) return true;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("State:", 0) == 0) return line.find('Z') != std::string::npos;
    }
    return true;
}

// Polls `done` for up to 20 s: a bound for a loaded machine, not a timing assertion.
template <typename Done>
bool eventually(Done done) {
    for (int i = 0; i < 2000; ++i) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

TEST(ShellCommand, AHangingCommandAndItsChildrenAreKilledAtTheTimeout) {
    const auto pidFile = std::filesystem::temp_directory_path() / ("mc-shell-pid-" + std::to_string(::getpid()));
    std::filesystem::remove(pidFile);
    // The shell starts a grandchild that would outlive a kill of the shell alone. The timeout
    // is already over when the test first polls, which happens only once the grandchild runs.
    auto process = ShellProcess::start("sleep 60 & echo $! > '" + pidFile.string() + ".new'; mv '" +
                                           pidFile.string() + ".new' '" + pidFile.string() + "'; wait",
                                       Millis(1));
    ASSERT_TRUE(process.ok());
    ASSERT_TRUE(eventually([&] { return std::filesystem::exists(pidFile); }));
    const CommandOutcome outcome = process->wait();
    EXPECT_TRUE(outcome.timedOut);
    EXPECT_FALSE(outcome.succeeded());
    std::ifstream in(pidFile);
    pid_t grandchild = 0;
    in >> grandchild;
    ASSERT_GT(grandchild, 0);
    EXPECT_TRUE(eventually([&] { return ended(grandchild); })) << "sleep " << grandchild << " survived the timeout";
    std::filesystem::remove(pidFile);
}

TEST(ShellCommand, PollDoesNotBlock) {
    auto process = ShellProcess::start("sleep 60", Millis(60'000));
    ASSERT_TRUE(process.ok());
    EXPECT_FALSE(process->poll().has_value());
    // Destroying a running process kills it (no stray children after the test).
}

TEST(PresenceSensor, AMissingChipIsAnErrorNamingIt) {
    auto sensor = PresenceSensor::open("no-such-gpiochip-mc", 17, false);
    ASSERT_FALSE(sensor.ok());
    EXPECT_THAT(sensor.error().message, ::testing::HasSubstr("no-such-gpiochip-mc"));
}

}  // namespace
}  // namespace mc
