#include "BenchServer.h"

#include <chrono>
#include <fstream>
#include <memory>
#include <vector>

namespace mc::bench {
namespace fs = std::filesystem;

namespace {
// The reason phrases this server can produce (httplib 0.11 keeps its table private).
std::string reasonPhrase(int status) {
    switch (status) {
        case 200: return "OK";
        case 206: return "Partial Content";
        case 304: return "Not Modified";
        case 404: return "Not Found";
        default: return "Unknown";
    }
}
}  // namespace

BenchServer::BenchServer(fs::path root) : root_(std::move(root)) {
    server_.Get(R"(/(.*))", [this](const httplib::Request& rq, httplib::Response& rs) { serve(rq, rs); });
    server_.set_tcp_nodelay(true);
    // Called after the response is written, with the headers httplib added itself.
    server_.set_logger([this](const httplib::Request&, const httplib::Response& rs) {
        uint64_t n = std::string("HTTP/1.1 000 ").size() + reasonPhrase(rs.status).size() + 2;
        for (const auto& [key, value] : rs.headers) n += key.size() + 2 + value.size() + 2;
        headerBytes_ += n + 2;
        ++requests_;
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

BenchServer::~BenchServer() {
    server_.stop();
    thread_.join();
}

std::string BenchServer::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + "/" + path;
}

void BenchServer::resetCounters() {
    headerBytes_ = 0;
    bodyBytes_ = 0;
    requests_ = 0;
}

void BenchServer::serve(const httplib::Request& rq, httplib::Response& rs) {
    const std::string rel = rq.path.substr(1);
    std::error_code ec;
    const fs::path file = root_ / rel;
    const auto size = fs::file_size(file, ec);
    if (rel.find("..") != std::string::npos || ec) {
        rs.status = 404;
        return;
    }
    const auto mtime = fs::last_write_time(file, ec).time_since_epoch().count();
    const std::string etag = "\"" + std::to_string(size) + "-" + std::to_string(mtime) + "\"";
    rs.set_header("ETag", etag);
    if (rq.get_header_value("If-None-Match") == etag) {
        rs.status = 304;
        return;
    }
    auto in = std::make_shared<std::ifstream>(file, std::ios::binary);
    rs.set_content_provider(
        size, "application/octet-stream",
        [this, in](size_t offset, size_t length, httplib::DataSink& sink) {
            std::vector<char> chunk(std::min<size_t>(length, 64 * 1024));
            in->seekg(static_cast<std::streamoff>(offset));
            in->read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            if (in->gcount() <= 0) return false;
            if (!sink.write(chunk.data(), static_cast<size_t>(in->gcount()))) return false;
            bodyBytes_ += static_cast<uint64_t>(in->gcount());
            return true;
        });
}

}  // namespace mc::bench
