#include "platform/remoteserver/RemoteServer.h"

#include <httplib.h>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>

#include <condition_variable>
#include <deque>
#include <fstream>
#include <mutex>
#include <vector>

#include "log/Log.h"

namespace mc {
namespace {

// Set while the overflow thread serves a connection no worker could take: the request is
// answered 503 at once instead of waiting.
thread_local bool tServingOverflow = false;

// cpp-httplib's pool queues without bound; this one serves `workers` connections at once,
// queues `waiting` more, and hands the rest to a few threads that only answer 503, so a
// crowd of connections costs a short queue, not a thread each. (cpp-httplib gives the
// pool a closure, not the socket, so even a refused connection is read up to the
// read timeout: a crowd of silent ones delays the refusals, it cannot grow the threads.)
class BoundedPool final : public httplib::TaskQueue {
public:
    static constexpr int kOverflowThreads = 4;
    BoundedPool(int workers, int waiting) : waiting_(static_cast<size_t>(waiting)) {
        for (int i = 0; i < workers; ++i) threads_.emplace_back([this] { work(jobs_, false); });
        for (int i = 0; i < kOverflowThreads; ++i) threads_.emplace_back([this] { work(overflow_, true); });
    }
    void enqueue(std::function<void()> fn) override {
        {
            std::lock_guard lock(mutex_);
            (jobs_.size() < waiting_ ? jobs_ : overflow_).push_back(std::move(fn));
        }
        ready_.notify_all();
    }
    void shutdown() override {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        ready_.notify_all();
        for (auto& t : threads_) t.join();
    }

private:
    void work(std::deque<std::function<void()>>& queue, bool overflow) {
        tServingOverflow = overflow;
        for (;;) {
            std::function<void()> fn;
            {
                std::unique_lock lock(mutex_);
                ready_.wait(lock, [&] { return stopping_ || !queue.empty(); });
                if (queue.empty()) return;  // stopping, and nothing left to close
                fn = std::move(queue.front());
                queue.pop_front();
            }
            fn();  // serves the connection and closes its socket
        }
    }
    size_t waiting_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> jobs_, overflow_;
    std::vector<std::thread> threads_;
    bool stopping_ = false;
};

ApiRequest apiRequestOf(const httplib::Request& req) {
    ApiRequest r;
    r.method = req.method;
    r.path = req.path;
    r.body = req.body;
    r.remoteAddr = req.remote_addr;
    for (const auto& [name, value] : req.headers) {
        std::string lower = name;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        r.headers.emplace(lower, value);
    }
    return r;
}

void answer(httplib::Response& res, const ApiResponse& a) {
    res.status = a.status;
    res.set_content(a.body, a.contentType.c_str());
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
    if (a.contentType.rfind("text/html", 0) == 0)
        res.set_header("Content-Security-Policy",
                       "default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
}

}  // namespace

Result<std::unique_ptr<RemoteServer>> RemoteServer::start(const std::string& address, int port,
                                                         RemoteApiSettings settings, RemoteApiPorts ports,
                                                         PhoneRegistry& phones, RemoteInbox& inbox,
                                                         RemoteServerLimits limits) {
    std::unique_ptr<RemoteServer> s(new RemoteServer());
    s->limits_ = limits;
    s->api_ = std::make_unique<RemoteApi>(std::move(settings), std::move(ports), phones, s->board_, inbox);
    s->http_ = std::make_unique<httplib::Server>();
    httplib::Server& http = *s->http_;
    http.new_task_queue = [limits] { return new BoundedPool(limits.workers, limits.waiting); };
    http.set_payload_max_length(limits.maxBodyBytes);
    http.set_read_timeout(limits.readTimeout);
    http.set_write_timeout(limits.writeTimeout);
    http.set_keep_alive_timeout(std::max<time_t>(1, limits.keepAlive.count() / 1000));
    http.set_keep_alive_max_count(20);
    s->routes();
    const int bound = port == 0 ? http.bind_to_any_port(address) : (http.bind_to_port(address, port) ? port : -1);
    if (bound <= 0)
        return Error{"remote: cannot listen on " + address + ":" + std::to_string(port) +
                     " (in use, or not an address of this machine)"};
    s->port_ = bound;
    s->thread_ = std::thread([srv = s.get()] { srv->http_->listen_after_bind(); });
    for (int i = 0; i < 2000 && !http.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    logNotice("remote", "phone remote listening on " + address + ":" + std::to_string(bound));
    return s;
}

RemoteServer::~RemoteServer() {
    board_.close();  // ends the event streams, so the workers can finish
    if (http_) http_->stop();
    if (thread_.joinable()) thread_.join();
}

void RemoteServer::routes() {
    httplib::Server& http = *http_;
    // Every request passes here first: the overflow answer, the rate limit and the header count.
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (tServingOverflow) {
            answer(res, refusal(503, "too many connections; try again in a moment"));
            res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (auto refused = api_->screen(apiRequestOf(req))) {
            answer(res, *refused);
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    http.Get("/api/events", [this](const httplib::Request& req, httplib::Response& res) {
        const ApiRequest r = apiRequestOf(req);
        auto phone = api_->caller(r);
        if (!phone) return answer(res, refusal(401, "not paired"));
        if (streams_.fetch_add(1) >= limits_.maxEventStreams) {
            --streams_;
            return answer(res, refusal(503, "too many open event streams"));
        }
        res.set_header("Cache-Control", "no-store");
        res.set_header("X-Content-Type-Options", "nosniff");
        auto seen = std::make_shared<uint64_t>(0);
        res.set_chunked_content_provider(
            "text/event-stream",
            [this, seen](size_t, httplib::DataSink& sink) {
                std::optional<StatusSnapshot> next;
                if (*seen == 0) {
                    StatusSnapshot now = board_.status();
                    if (now.version > 0) next = now;
                }
                if (!next) next = board_.waitForChange(*seen, limits_.heartbeat);
                if (board_.closed()) {
                    sink.done();
                    return true;
                }
                std::string chunk = next ? "data: " + next->json + "\n\n" : ": still here\n\n";
                if (next) *seen = next->version;
                return sink.write(chunk.data(), chunk.size());  // false: the phone went away
            },
            [this](bool) { --streams_; });
    });
    // The pre-routing handler has screened the request already.
    auto serve = [this](const httplib::Request& req, httplib::Response& res) { answer(res, api_->handle(apiRequestOf(req))); };
    http.Get(".*", serve);
    http.Post(".*", serve);
    http.Put(".*", serve);
    http.Delete(".*", serve);
    http.Options(".*", serve);
    http.Patch(".*", serve);
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.status == 413) answer(res, refusal(413, "the request body is too large"));
        else if (res.status == 414) answer(res, refusal(414, "the address is too long"));
        else if (res.body.empty()) answer(res, refusal(res.status, "bad request"));
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        answer(res, refusal(500, "the mirror could not answer this request"));
    });
}

std::string remotePublicUrl(const std::string& listenAddress, int port) {
    std::string host = listenAddress;
    if (host.empty() || host == "0.0.0.0" || host == "::") {
        host = "127.0.0.1";
        ifaddrs* list = nullptr;
        if (getifaddrs(&list) == 0) {
            for (ifaddrs* a = list; a; a = a->ifa_next) {
                if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET) continue;
                char text[INET_ADDRSTRLEN] = {};
                inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(a->ifa_addr)->sin_addr, text, sizeof text);
                if (std::string(text).rfind("127.", 0) != 0) {
                    host = text;
                    break;
                }
            }
            freeifaddrs(list);
        }
    }
    return "http://" + host + ":" + std::to_string(port) + "/";
}

int64_t residentMemoryBytes() {
    std::ifstream in("/proc/self/statm");
    int64_t pages = 0, resident = 0;
    if (!(in >> pages >> resident)) return 0;
    return resident * 4096;
}

}  // namespace mc
