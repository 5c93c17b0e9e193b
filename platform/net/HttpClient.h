#pragma once
// A small blocking HTTP(S) client for one thread (the updater owns it). Every request
// is bounded: connect timeout, low-speed timeout (a stalled server is dropped), a size
// limit, a few redirects at most, http/https only, TLS certificates always verified.
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/Result.h"
#include "core/Time.h"

namespace mc {

struct HttpOptions {
    Millis connectTimeout{10000};
    long lowSpeedBytesPerSecond = 64;  // below this for lowSpeedTime → abort
    Millis lowSpeedTime{30000};        // libcurl counts whole seconds (at least 1)
    int maxRedirects = 3;
    std::string caFile;  // extra CA bundle (PEM) for a private server; empty = system store
    std::string userAgent = "mirrorcoach-updater";
};

// Validators from an earlier response, for a conditional GET.
struct HttpValidators {
    std::string etag;
    std::string lastModified;
};

struct HttpResponse {
    long status = 0;  // 200, or 304 when the validators matched
    std::string body;
    HttpValidators validators;
};

// Why a request failed, so the caller can decide what to retry.
enum class HttpFailure { None, Transport, Timeout, HttpStatus, TooLarge, DiskWrite, Other };

struct DownloadResult {
    uint64_t size = 0;          // bytes now in the file
    std::string sha256;         // of the whole file (resumed part included)
    uint64_t bytesReceived = 0; // from the network in this call
    bool resumed = false;       // continued an earlier partial file with Range
};

class HttpClient {
public:
    explicit HttpClient(HttpOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // GET into memory, at most maxBytes. Sends If-None-Match / If-Modified-Since when given.
    // HTTP statuses >= 400 are errors; 304 is a success with an empty body.
    Result<HttpResponse> get(const std::string& url, const HttpValidators& validators, uint64_t maxBytes);

    // Streams `url` into `file`, hashing as it goes (bounded memory). If the file already
    // holds a prefix, asks for the rest with Range and hashes the prefix first; a server
    // that ignores Range restarts from zero. More than maxBytes in total aborts. The
    // file is left in place on failure (the caller decides to resume or delete it).
    Result<DownloadResult> download(const std::string& url, const std::filesystem::path& file, uint64_t maxBytes);

    // Why the last failed request failed (None after a success), to decide on a retry.
    HttpFailure lastFailure() const { return lastFailure_; }

    // Bytes received from the network over this client's lifetime (for status/benchmarks).
    uint64_t totalBytesReceived() const { return totalReceived_; }

private:
    void* curl_;  // CURL*
    HttpOptions options_;
    uint64_t totalReceived_ = 0;
    HttpFailure lastFailure_ = HttpFailure::None;
};

}  // namespace mc
