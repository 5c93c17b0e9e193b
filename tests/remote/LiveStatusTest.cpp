// Live state by Server-Sent Events, the server's limits (slow clients, too many
// connections, the rate limit), and /metrics read by a Prometheus text parser.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <regex>
#include <thread>

#include "remote/HttpClient.h"
#include "remote/PrometheusText.h"
#include "remote/RemoteRig.h"

namespace mc {
namespace {
using namespace test_support;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

std::string pairPhone(RemoteRig& rig) {
    Reply r = call(rig.port(), "POST", "/api/pair", "", json{{"code", rig.server->pairingOffer()->code}}.dump());
    return r.json().value("token", "");
}

// Reads /api/events on a thread of its own; every event with the time it arrived.
class EventReader {
public:
    EventReader(int port, const std::string& token) : client_("127.0.0.1", port) {
        client_.set_read_timeout(30);
        thread_ = std::thread([this, token] {
            httplib::Headers h{{"Authorization", "Bearer " + token}};
            client_.Get("/api/events", h, [this](const char* data, size_t n) {
                std::lock_guard lock(mutex_);
                buffer_.append(data, n);
                for (size_t end; (end = buffer_.find("\n\n")) != std::string::npos;) {
                    std::string event = buffer_.substr(0, end);
                    buffer_.erase(0, end + 2);
                    if (event.rfind("data: ", 0) == 0) events_.push_back({Clock::now(), json::parse(event.substr(6))});
                }
                arrived_.notify_all();
                return !stop_;
            });
        });
    }
    ~EventReader() {
        stop_ = true;
        client_.stop();
        thread_.join();
    }
    // The first event from now on matching `ok`, with its arrival time (waits at most 5 s).
    std::optional<std::pair<Clock::time_point, json>> next(const std::function<bool(const json&)>& ok) {
        std::unique_lock lock(mutex_);
        for (;;) {
            while (!events_.empty()) {
                auto e = events_.front();
                events_.pop_front();
                if (ok(e.second)) return e;
            }
            if (!arrived_.wait_for(lock, std::chrono::seconds(5), [&] { return !events_.empty(); })) return std::nullopt;
        }
    }
    void drain() {
        std::lock_guard lock(mutex_);
        events_.clear();
    }

private:
    httplib::Client client_;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::string buffer_;
    std::deque<std::pair<Clock::time_point, json>> events_;
    std::atomic<bool> stop_{false};
};

TEST(LiveStatus, EventsFollowEachChangeWithin100Milliseconds) {
    RemoteRig rig;
    const std::string token = pairPhone(rig);
    EventReader events(rig.port(), token);
    ASSERT_TRUE(events.next([](const json& s) { return s["screen"] == "home"; }));  // the state on connecting

    // Measured over several changes; the median must be under 100 ms (typically ~1 ms), and
    // every change must arrive at all. Generous, so a busy machine does not fail it.
    std::vector<double> delays;
    for (int i = 0; i < 6; ++i) {
        const bool paused = i % 2 == 1;
        events.drain();
        const auto sent = Clock::now();
        Reply r = call(rig.port(), "POST", "/api/command", token,
                       json{{"command", i == 0 ? "start" : paused ? "pause" : "resume"}}.dump());
        ASSERT_EQ(r.status, 202);
        auto e = events.next([&](const json& s) { return s["screen"] == "player" && s["paused"] == paused; });
        ASSERT_TRUE(e) << "no event for change " << i;
        delays.push_back(std::chrono::duration<double, std::milli>(e->first - sent).count());
    }
    std::sort(delays.begin(), delays.end());
    EXPECT_LT(delays[delays.size() / 2], 100.0) << "median ms; slowest " << delays.back();
    // A running timer pushes once a second by itself.
    ASSERT_EQ(call(rig.port(), "POST", "/api/command", token, R"({"command":"resume"})").status, 202);
    auto a = events.next([](const json& s) { return s["paused"] == false; });
    ASSERT_TRUE(a);
    auto b = events.next([&](const json& s) { return s["seconds_left"] != a->second["seconds_left"]; });
    ASSERT_TRUE(b);
}

TEST(ServerLimits, AStalledClientIsDroppedAndACrowdOfConnectionsDoesNotHoldTheServer) {
    RemoteServerLimits limits;
    limits.workers = 2;
    limits.waiting = 2;
    limits.readTimeout = Millis(1000);
    limits.keepAlive = Millis(1000);
    RemoteRig rig(limits);
    const std::string token = pairPhone(rig);

    // A slowloris client: half a request, then silence. The server hangs up on it.
    {
        RawSocket slow(rig.port());
        ASSERT_TRUE(slow.connected());
        slow.send("GET /api/status HTTP/1.1\r\nHost: x\r\n");
        const auto start = Clock::now();
        EXPECT_EQ(slow.readAll().find("200 OK"), std::string::npos);  // returns when the server closes
        EXPECT_LT(Clock::now() - start, std::chrono::seconds(10));
        std::fprintf(stderr, "slow client dropped after %lld ms\n",
                     static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count()));
    }
    // A crowd of silent connections: more than the workers and the queue.
    std::vector<std::unique_ptr<RawSocket>> crowd;
    for (int i = 0; i < 10; ++i) {
        crowd.push_back(std::make_unique<RawSocket>(rig.port()));
        crowd.back()->send("GET / HTTP/1.1\r\n");
    }
    // Meanwhile a phone gets an answer (served, or told to retry), never a hang...
    const auto before = Clock::now();
    Reply during = call(rig.port(), "GET", "/api/status", token);
    std::fprintf(stderr, "answered during the crowd after %lld ms: %d\n",
                 static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - before).count()),
                 during.status);
    EXPECT_TRUE(during.status == 200 || during.status == 503) << during.status << " " << during.body;
    // ...and once the silent ones are dropped, it is served again.
    for (auto& c : crowd) c->readAll();
    EXPECT_EQ(call(rig.port(), "GET", "/api/status", token).status, 200);
}

TEST(ServerLimits, TooManyHeadersAndTooManyRequestsAreRefused) {
    RemoteRig::requestsPerSecond = 5;
    RemoteRig rig;
    RemoteRig::requestsPerSecond = 0;
    RawSocket s(rig.port());
    std::string request = "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
    for (int i = 0; i < 60; ++i) request += "X-H" + std::to_string(i) + ": 1\r\n";
    s.send(request + "\r\n");
    EXPECT_EQ(s.readAll().rfind("HTTP/1.1 431", 0), 0u);
    int limited = 0;
    for (int i = 0; i < 30; ++i) limited += call(rig.port(), "GET", "/healthz").status == 429;
    EXPECT_GE(limited, 10);
}

TEST(Metrics, ParseAsPrometheusTextWithTheDocumentedFamilies) {
    RemoteRig rig;
    const std::string token = pairPhone(rig);
    EXPECT_EQ(call(rig.port(), "GET", "/metrics").status, 401);  // not open unless configured
    // The loop draws its first frame on its own thread: on a slow machine (or under ASan)
    // the first scrape can come before it, so wait for one (the frame count is checked below).
    Reply r;
    for (int attempt = 0; attempt < 100; ++attempt) {
        r = call(rig.port(), "GET", "/metrics", token);
        if (r.status != 200 || r.body.find("\nmirrorcoach_frames_drawn_total 0\n") == std::string::npos) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.headers.find("Content-Type")->second.rfind("text/plain; version=0.0.4", 0), 0u);
    auto parsed = parsePrometheusText(r.body);
    ASSERT_TRUE(parsed) << parsed.error().message;
    const auto& m = *parsed;
    EXPECT_EQ(m.value("mirrorcoach_up"), 1);
    EXPECT_EQ(m.type("mirrorcoach_up"), "gauge");
    EXPECT_EQ(m.value("mirrorcoach_build_info", {{"version", "1.2.3"}}), 1);
    EXPECT_TRUE(m.has("mirrorcoach_content_info"));
    EXPECT_EQ(m.value("mirrorcoach_update_state", {{"state", "not_checked"}}), 1);
    EXPECT_EQ(m.value("mirrorcoach_update_state", {{"state", "failed"}}), 0);
    EXPECT_EQ(m.value("mirrorcoach_update_last_check_timestamp_seconds"), 0);
    EXPECT_EQ(m.type("mirrorcoach_sessions_completed_total"), "counter");
    EXPECT_GE(m.value("mirrorcoach_frames_drawn_total"), 1);
    EXPECT_EQ(m.value("mirrorcoach_display_on"), 1);
    EXPECT_EQ(m.value("mirrorcoach_screen", {{"screen", "home"}}), 1);
    EXPECT_GT(m.value("mirrorcoach_process_resident_memory_bytes"), 1e6);
    EXPECT_EQ(m.value("mirrorcoach_remote_paired_phones"), 1);
    EXPECT_EQ(call(rig.port(), "GET", "/healthz", token).body, "ok\n");
}

TEST(Metrics, OpenWithoutATokenOnlyWhenConfigured) {
    RemoteRig rig({}, /*openStatus=*/true);
    EXPECT_EQ(call(rig.port(), "GET", "/metrics").status, 200);
    EXPECT_EQ(call(rig.port(), "GET", "/healthz").status, 200);
    EXPECT_EQ(call(rig.port(), "GET", "/api/status").status, 401);  // the rest still needs a phone
}

TEST(PrometheusTextParser, RefusesWhatIsNotTheFormat) {
    EXPECT_FALSE(parsePrometheusText("mirrorcoach_up 1\n"));                       // no TYPE before it
    EXPECT_FALSE(parsePrometheusText("# TYPE a gauge\na{x=\"1} 1\n"));             // unterminated label
    EXPECT_FALSE(parsePrometheusText("# TYPE a gauge\na one\n"));                  // not a number
    EXPECT_FALSE(parsePrometheusText("# TYPE 1a gauge\n1a 1\n"));                  // bad name
    EXPECT_FALSE(parsePrometheusText("# TYPE a gauge\n# TYPE a gauge\na 1\n"));    // declared twice
    EXPECT_TRUE(parsePrometheusText("# HELP a x\n# TYPE a counter\na{b=\"q\\\"\"} 2.5\n"));
}

}  // namespace
}  // namespace mc
