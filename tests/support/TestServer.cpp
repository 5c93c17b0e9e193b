#include "support/TestServer.h"

#include <chrono>
#include <fstream>
#include <sstream>

#include "update/Crypto.h"

namespace mc::test {
namespace fs = std::filesystem;

TestServer::TestServer(fs::path root) : root_(std::move(root)) {
    server_.Get(R"(/(.*))", [this](const httplib::Request& rq, httplib::Response& rs) { serve(rq, rs); });
    server_.set_keep_alive_timeout(1);
    server_.set_tcp_nodelay(true);  // no Nagle/delayed-ACK stalls between small responses
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

TestServer::~TestServer() {
    stopping_ = true;
    server_.stop();
    thread_.join();
}

std::string TestServer::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + "/" + path;
}

void TestServer::setFaults(const Faults& faults) {
    std::lock_guard lock(mutex_);
    faults_ = faults;
}

void TestServer::waitSettled(std::unique_lock<std::mutex>& lock) const {
    settled_.wait_for(lock, std::chrono::seconds(5), [this] { return inFlight_ == 0; });
}

std::vector<Hit> TestServer::hits() const {
    std::unique_lock lock(mutex_);
    waitSettled(lock);
    return hits_;
}

void TestServer::clearHits() {
    std::lock_guard lock(mutex_);
    hits_.clear();
}

int TestServer::countHits(const std::string& prefix) const {
    std::unique_lock lock(mutex_);
    waitSettled(lock);
    int n = 0;
    for (const auto& h : hits_) n += h.path.rfind(prefix, 0) == 0;
    return n;
}

std::size_t TestServer::bytesSent(const std::string& prefix) const {
    std::unique_lock lock(mutex_);
    waitSettled(lock);
    std::size_t n = 0;
    for (const auto& h : hits_)
        if (h.path.rfind(prefix, 0) == 0) n += h.bytes;
    return n;
}

void TestServer::record(Hit hit) {
    {
        std::lock_guard lock(mutex_);
        hits_.push_back(std::move(hit));
        --inFlight_;
    }
    settled_.notify_all();
}

void TestServer::serve(const httplib::Request& rq, httplib::Response& rs) {
    Hit hit{rq.path.substr(1), rq.get_header_value("Range"), rq.get_header_value("If-None-Match"), 0, 0};
    Faults f;
    {
        std::lock_guard lock(mutex_);
        ++inFlight_;
        if (faults_.fail500 > 0) {
            --faults_.fail500;
            hit.status = 500;
            rs.status = 500;
            rs.set_content("broken", "text/plain");
            hits_.push_back(hit);
            --inFlight_;
            return;
        }
        f = faults_;
        if (hit.path.rfind("blobs/", 0) == 0 && faults_.dropBlobs > 0) --faults_.dropBlobs;
    }
    if (hit.path.rfind("loop/", 0) == 0) {  // redirects to itself, forever
        hit.status = 302;
        rs.set_redirect("/" + hit.path, 302);
        record(hit);
        return;
    }
    const bool isBlob = hit.path.rfind("blobs/", 0) == 0;
    std::ifstream in(root_ / hit.path, std::ios::binary);
    if (hit.path.find("..") != std::string::npos || !in) {
        hit.status = rs.status = 404;
        record(hit);
        return;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto body = std::make_shared<std::string>(buffer.str());
    const std::string etag = "\"" + sha256Hex(*body).substr(0, 16) + "\"";
    rs.set_header("ETag", etag);
    rs.set_header("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT");
    if (!hit.ifNoneMatch.empty() && hit.ifNoneMatch == etag) {
        hit.status = rs.status = 304;
        record(hit);
        return;
    }
    if (isBlob) {
        if (f.shortenBlobs) body->resize(body->size() > f.shortenBlobs ? body->size() - f.shortenBlobs : 0);
        *body += f.appendToBlobs;
        if (f.delayBlobsMs) std::this_thread::sleep_for(std::chrono::milliseconds(f.delayBlobsMs));
    }
    const bool drop = isBlob && f.dropBlobs > 0;
    const bool stall = isBlob && f.stallBlobs;
    auto sent = std::make_shared<std::size_t>(0);
    if (isBlob && f.chunkedBlobs) {
        hit.status = 200;
        rs.set_chunked_content_provider(
            "application/octet-stream",
            [body, sent](size_t offset, httplib::DataSink& sink) {
                if (offset >= body->size()) {
                    sink.done();
                    return true;
                }
                const size_t chunk = std::min<size_t>(body->size() - offset, 16 * 1024);
                if (!sink.write(body->data() + offset, chunk)) return false;
                *sent += chunk;
                return true;
            },
            [this, hit, sent](bool) mutable {
                hit.bytes = *sent;
                record(hit);
            });
        return;
    }
    hit.status = rq.ranges.empty() ? 200 : 206;
    // httplib applies the Range itself: the provider is asked for the requested slice.
    rs.set_content_provider(
        body->size(), "application/octet-stream",
        [this, body, drop, stall, sent](size_t offset, size_t length, httplib::DataSink& sink) {
            if (stall) {
                sink.write(body->data() + offset, std::min<size_t>(length, 16));
                *sent += std::min<size_t>(length, 16);
                for (int i = 0; i < 100 && !stopping_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
                return false;
            }
            if (drop) {
                const size_t half = length / 2;
                sink.write(body->data() + offset, half);
                *sent += half;
                return false;  // close the connection mid-body
            }
            const size_t chunk = std::min<size_t>(length, 64 * 1024);
            if (!sink.write(body->data() + offset, chunk)) return false;
            *sent += chunk;
            return true;
        },
        [this, hit, sent](bool) mutable {
            hit.bytes = *sent;
            record(hit);
        });
}

}  // namespace mc::test
