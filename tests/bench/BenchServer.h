#pragma once
// A static file server on 127.0.0.1 (cpp-httplib, ephemeral port, own thread) that
// streams files from disk in 64 KB chunks, so its own memory stays small and does not
// blur the updater's peak measured in the same process. Answers If-None-Match with 304
// (ETag from size and mtime, like nginx) and counts the response bytes it sends:
// status line and headers as written plus body bytes.
#include <httplib.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>
#include <thread>

namespace mc::bench {

class BenchServer {
public:
    explicit BenchServer(std::filesystem::path root);
    ~BenchServer();
    BenchServer(const BenchServer&) = delete;
    BenchServer& operator=(const BenchServer&) = delete;

    std::string url(const std::string& path) const;
    uint64_t bytesSent() const { return headerBytes_ + bodyBytes_; }
    uint64_t bodyBytesSent() const { return bodyBytes_; }
    int requests() const { return requests_; }
    void resetCounters();

private:
    void serve(const httplib::Request& request, httplib::Response& response);

    std::filesystem::path root_;
    httplib::Server server_;
    int port_ = 0;
    std::thread thread_;
    std::atomic<uint64_t> headerBytes_{0};
    std::atomic<uint64_t> bodyBytes_{0};
    std::atomic<int> requests_{0};
};

}  // namespace mc::bench
