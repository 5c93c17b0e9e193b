// sd_notify against a real datagram socket standing in for systemd.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "platform/system/ServiceNotifier.h"

namespace mc {
namespace {

class FakeSystemd : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = std::filesystem::temp_directory_path() / ("mc-notify-" + std::to_string(::getpid()));
        std::filesystem::remove(path_);
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        ASSERT_GE(fd_, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path_.c_str());
        ASSERT_EQ(::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        timeval timeout{5, 0};  // a missing message fails the test instead of hanging it
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    }
    void TearDown() override {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
        ::close(fd_);
        std::filesystem::remove(path_);
    }
    std::string receive() {
        char buffer[256];
        const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
        return n > 0 ? std::string(buffer, static_cast<size_t>(n)) : std::string("<nothing>");
    }
    std::filesystem::path path_;
    int fd_ = -1;
};

TEST_F(FakeSystemd, SendsReadyWatchdogAndStopping) {
    ::setenv("NOTIFY_SOCKET", path_.c_str(), 1);
    ::setenv("WATCHDOG_USEC", "30000000", 1);
    ServiceNotifier notifier;
    EXPECT_TRUE(notifier.underSystemd());
    EXPECT_EQ(notifier.watchdogPingInterval(), Millis(15'000));
    notifier.ready();
    EXPECT_EQ(receive(), "READY=1");
    notifier.watchdog();
    EXPECT_EQ(receive(), "WATCHDOG=1");
    notifier.status("sleeping");
    EXPECT_EQ(receive(), "STATUS=sleeping");
    notifier.stopping();
    EXPECT_EQ(receive(), "STOPPING=1");
}

TEST_F(FakeSystemd, NoWatchdogConfiguredSendsNoPings) {
    ::setenv("NOTIFY_SOCKET", path_.c_str(), 1);
    ServiceNotifier notifier;
    EXPECT_EQ(notifier.watchdogPingInterval(), Millis(0));
    notifier.watchdog();
    notifier.ready();
    EXPECT_EQ(receive(), "READY=1");  // the first message is READY: no WATCHDOG went out
}

TEST(ServiceNotifier, OutsideSystemdEverythingIsANoOp) {
    ::unsetenv("NOTIFY_SOCKET");
    ServiceNotifier notifier;
    EXPECT_FALSE(notifier.underSystemd());
    EXPECT_EQ(notifier.watchdogPingInterval(), Millis(0));
    notifier.ready();
    notifier.watchdog();
    notifier.stopping();
}

}  // namespace
}  // namespace mc
