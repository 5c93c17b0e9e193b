// `mirrorcoach run` as a service manager sees it: no display means exit status 3 at once
// (so run.sh renders previews), and SIGTERM in the middle of a routine is a clean stop:
// exit 0, STOPPING=1 to systemd, the session in the history as stopped.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <chrono>
#include <thread>

#include "cli/ChildProcess.h"
#include "platform/store/HistoryStore.h"

namespace mc {
namespace {
using namespace std::chrono_literals;
using test::TempDir;

// The binary running in the background, killed if a test leaves it behind.
class RunningMirror {
public:
    RunningMirror(const std::vector<std::string>& args, std::map<std::string, std::optional<std::string>> env,
                  const std::string& errPath) {
        // In the sanitizer build, LeakSanitizer would report what the graphics driver SDL
        // loads (Mesa's EGL, for the offscreen display) leaves behind at exit: third-party,
        // unloaded by then ("<unknown module>"), and written into the stderr these tests read.
        // The loop's own memory is leak-checked in-process by tests/loop and the soak test.
        const char* asan = std::getenv("ASAN_OPTIONS");
        env["ASAN_OPTIONS"] = std::string(asan ? asan : "") + (asan && *asan ? ":" : "") + "detect_leaks=0";
        std::string error;
        pid_ = test::spawnBinary(args, env, "/dev/null", errPath, error);
    }
    ~RunningMirror() {
        if (pid_ > 0 && !status_) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }
    bool started() const { return pid_ > 0; }
    void signal(int sig) { ::kill(pid_, sig); }
    // The exit status, or nullopt if it is still running after `limit` (or died by a signal: -1).
    std::optional<int> waitExit(std::chrono::milliseconds limit) {
        for (auto end = std::chrono::steady_clock::now() + limit; !status_ && std::chrono::steady_clock::now() < end;) {
            int w = 0;
            if (::waitpid(pid_, &w, WNOHANG) == pid_) status_ = WIFEXITED(w) ? WEXITSTATUS(w) : -1;
            else std::this_thread::sleep_for(20ms);
        }
        return status_;
    }

private:
    pid_t pid_ = -1;
    std::optional<int> status_;
};

// A datagram socket standing in for systemd's $NOTIFY_SOCKET.
class NotifySocket {
public:
    explicit NotifySocket(const std::string& path) : path_(path) {
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        path.copy(addr.sun_path, sizeof(addr.sun_path) - 1);
        ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr));
        timeval tv{0, 100'000};
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    }
    ~NotifySocket() { ::close(fd_); }
    // Collects messages until one contains `what` or `limit` passes.
    bool waitFor(const std::string& what, std::chrono::milliseconds limit) {
        for (auto end = std::chrono::steady_clock::now() + limit; std::chrono::steady_clock::now() < end;) {
            char buf[512];
            ssize_t n = ::recv(fd_, buf, sizeof(buf), 0);
            if (n > 0) received_ += std::string(buf, static_cast<size_t>(n)) + "\n";
            if (received_.find(what) != std::string::npos) return true;
        }
        return false;
    }
    const std::string& received() const { return received_; }

private:
    std::string path_;
    std::string received_;
    int fd_ = -1;
};

TEST(RunLifecycle, WithNoDisplayAndNoDriverAskedForItExitsThreeAtOnce) {
    // SDL would fall back to its invisible offscreen driver: that is no display.
    TempDir dir;
    RunningMirror mirror({"run"},
                         {{"SDL_VIDEODRIVER", std::nullopt}, {"DISPLAY", std::nullopt},
                          {"WAYLAND_DISPLAY", std::nullopt}, {"HOME", dir.path()}},
                         dir.file("stderr"));
    ASSERT_TRUE(mirror.started());
    std::optional<int> status = mirror.waitExit(5s);
    ASSERT_TRUE(status.has_value()) << "still running after 5 s: " << test::slurp(dir.file("stderr"));
    EXPECT_EQ(*status, 3);
    std::vector<std::string> err = test::lines(test::slurp(dir.file("stderr")));
    ASSERT_EQ(err.size(), 1u) << test::slurp(dir.file("stderr"));
    EXPECT_NE(err[0].find("no display could be opened"), std::string::npos) << err[0];
}

TEST(RunLifecycle, SigtermMidRoutineExitsCleanlyAndRecordsTheSession) {
    TempDir dir;
    const std::string state = dir.file("state");
    std::ofstream(dir.file("config.toml")) << "[content]\nstate_dir = \"" << state << "\"\n";
    NotifySocket systemd(dir.file("notify"));
    RunningMirror mirror({"run", "--config", dir.file("config.toml"), "--windowed", "1280x720", "--routine",
                          "gentle-lower-back"},
                         {{"SDL_VIDEODRIVER", "offscreen"}, {"SDL_AUDIODRIVER", "dummy"},
                          {"NOTIFY_SOCKET", dir.file("notify")}, {"HOME", dir.path()}},
                         dir.file("stderr"));
    ASSERT_TRUE(mirror.started());
    ASSERT_TRUE(systemd.waitFor("READY=1", 30s)) << test::slurp(dir.file("stderr"));
    // The overview starts the routine by itself once its pages were shown (20 s or
    // more); stop the routine a little after it started.
    for (auto waited = 0s; waited < 90s && test::slurp(dir.file("stderr")).find("started") == std::string::npos;
         waited += 1s)
        std::this_thread::sleep_for(1s);
    ASSERT_NE(test::slurp(dir.file("stderr")).find("session gentle-lower-back started"), std::string::npos)
        << test::slurp(dir.file("stderr"));
    std::this_thread::sleep_for(2s);
    ASSERT_FALSE(mirror.waitExit(0ms).has_value()) << test::slurp(dir.file("stderr"));
    mirror.signal(SIGTERM);
    std::optional<int> status = mirror.waitExit(10s);
    const std::string err = test::slurp(dir.file("stderr"));
    ASSERT_TRUE(status.has_value()) << "still running 10 s after SIGTERM: " << err;
    EXPECT_EQ(*status, 0) << err;
    EXPECT_TRUE(systemd.waitFor("STOPPING=1", 1s)) << systemd.received();
    EXPECT_NE(err.find("SIGTERM received"), std::string::npos) << err;

    auto history = HistoryStore::open(state);
    ASSERT_TRUE(history.ok()) << history.error().message;
    auto sessions = history->sessions();
    ASSERT_TRUE(sessions.ok());
    ASSERT_EQ(sessions->size(), 1u) << err;
    EXPECT_EQ((*sessions)[0].routineId, "gentle-lower-back");
    EXPECT_TRUE((*sessions)[0].stoppedEarly);
}

TEST(RunLifecycle, UnderTheJournalEveryLineCarriesItsPriority) {
    // systemd names the stream it gives the service in $JOURNAL_STREAM ("<device>:<inode>");
    // a file standing in for it gets every line with its syslog priority, so that
    // `journalctl -p warning` can tell a warning from a life event.
    TempDir dir;
    const std::string errPath = dir.file("stderr");
    std::ofstream(errPath).flush();
    struct stat info {};
    ASSERT_EQ(::stat(errPath.c_str(), &info), 0);
    const std::string journalStream = std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
    std::ofstream(dir.file("config.toml")) << "[content]\nstate_dir = \"" << dir.file("state")
                                           << "\"\n[sound]\nvolum = 3\n";  // a typo: one warning
    NotifySocket systemd(dir.file("notify"));
    RunningMirror mirror({"run", "--config", dir.file("config.toml"), "--windowed", "320x240"},
                         {{"SDL_VIDEODRIVER", "offscreen"}, {"SDL_AUDIODRIVER", "dummy"},
                          {"NOTIFY_SOCKET", dir.file("notify")}, {"JOURNAL_STREAM", journalStream},
                          {"HOME", dir.path()}},
                         errPath);
    ASSERT_TRUE(mirror.started());
    ASSERT_TRUE(systemd.waitFor("READY=1", 30s)) << test::slurp(errPath);
    mirror.signal(SIGTERM);
    std::optional<int> status = mirror.waitExit(10s);
    const std::string err = test::slurp(errPath);
    ASSERT_TRUE(status.has_value()) << "still running 10 s after SIGTERM: " << err;
    EXPECT_EQ(*status, 0) << err;

    const std::vector<std::string> lines = test::lines(err);
    ASSERT_FALSE(lines.empty());
    for (const std::string& line : lines) {
        const bool prefixed = line.size() > 3 && line[0] == '<' && line[1] >= '3' && line[1] <= '7' && line[2] == '>' &&
                              line.compare(3, 13, "mirrorcoach: ") == 0;
        EXPECT_TRUE(prefixed) << line;
    }
    EXPECT_NE(err.find("<4>mirrorcoach: config: "), std::string::npos) << err;
    EXPECT_NE(err.find("<5>mirrorcoach: display: showing "), std::string::npos) << err;
    EXPECT_NE(err.find("<5>mirrorcoach: signals: SIGTERM received"), std::string::npos) << err;
}

}  // namespace
}  // namespace mc

namespace mc {
namespace {

TEST(RunLifecycle, WithoutASoundCardOnlyTheMirrorsOwnLinesAppear) {
    // ALSA prints "ALSA lib ..." for every device it probes and fails to open; the mirror
    // drops those and says in one line of its own that it runs silently.
    TempDir dir;
    std::ofstream(dir.file("config.toml")) << "[content]\nstate_dir = \"" << dir.file("state") << "\"\n";
    NotifySocket systemd(dir.file("notify"));
    RunningMirror mirror({"run", "--config", dir.file("config.toml"), "--windowed", "320x240"},
                         {{"SDL_VIDEODRIVER", "offscreen"}, {"SDL_AUDIODRIVER", "alsa"},
                          {"NOTIFY_SOCKET", dir.file("notify")}, {"HOME", dir.path()}},
                         dir.file("stderr"));
    ASSERT_TRUE(mirror.started());
    ASSERT_TRUE(systemd.waitFor("READY=1", 30s)) << test::slurp(dir.file("stderr"));
    mirror.signal(SIGTERM);
    ASSERT_TRUE(mirror.waitExit(10s).has_value());
    for (const std::string& line : test::lines(test::slurp(dir.file("stderr"))))
        EXPECT_EQ(line.rfind("mirrorcoach: ", 0), 0u) << line;  // no "ALSA lib ..." lines
}

}  // namespace
}  // namespace mc
