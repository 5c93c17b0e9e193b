#pragma once
// A real HTTP server on 127.0.0.1 (cpp-httplib, ephemeral port, own thread) serving a
// publish folder like nginx would: ETag / If-None-Match, Range. It records every
// request and can misbehave on demand to exercise the updater's fault handling.
#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace mc::test {

struct Hit {
    std::string path;
    std::string range;        // the Range header, if any
    std::string ifNoneMatch;  // the If-None-Match header, if any
    int status = 0;
    std::size_t bytes = 0;    // body bytes sent
};

struct Faults {
    int fail500 = 0;             // the next N requests answer 500
    int dropBlobs = 0;           // the next N blob responses stop halfway and close the connection
    bool stallBlobs = false;     // blob responses send a little, then stall
    std::size_t shortenBlobs = 0;  // blobs are served this many bytes short (a consistent, truncated file)
    std::string appendToBlobs;   // blobs are served with these extra bytes (oversized)
    bool chunkedBlobs = false;   // blobs are sent chunked, without Content-Length
    int delayBlobsMs = 0;        // each blob response waits this long first (gives kill -9 time to land)
};

class TestServer {
public:
    explicit TestServer(std::filesystem::path root);
    ~TestServer();

    std::string url(const std::string& path) const;  // "http://127.0.0.1:<port>/<path>"
    void setFaults(const Faults& faults);
    std::vector<Hit> hits() const;
    void clearHits();
    int countHits(const std::string& pathPrefix) const;
    std::size_t bytesSent(const std::string& pathPrefix) const;

private:
    void serve(const httplib::Request& request, httplib::Response& response);
    void record(Hit hit);

    std::filesystem::path root_;
    httplib::Server server_;
    int port_ = 0;
    std::thread thread_;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    Faults faults_;
    std::vector<Hit> hits_;
    // Requests being answered: a hit is recorded when its body is done, which can be
    // after the client has it all, so readers wait for the count to settle.
    int inFlight_ = 0;
    mutable std::condition_variable settled_;
    void waitSettled(std::unique_lock<std::mutex>& lock) const;
};

}  // namespace mc::test
