#include "platform/net/HttpClient.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <mutex>
#include <optional>

#include "core/Whitespace.h"
#include "platform/durability/ErrnoMessage.h"
#include "update/Crypto.h"

namespace mc {
namespace {

void initCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string lowerCase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// State shared with the libcurl callbacks for one request.
struct Transfer {
    CURL* curl = nullptr;
    uint64_t limit = 0;
    uint64_t received = 0;
    bool tooLarge = false;
    HttpValidators validators;
    std::optional<uint64_t> contentRangeStart;

    std::string* memory = nullptr;  // get(): the body goes here

    int fd = -1;  // download(): the body goes to this file, through the hash
    std::unique_ptr<Sha256Stream> hash;
    uint64_t offset = 0;  // bytes already in the file before this request
    bool checkedStatus = false;
    bool badRange = false;
    int writeErrno = 0;
};

size_t onHeader(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const std::string line(data, size * count);
    if (line.rfind("HTTP/", 0) == 0) {  // a new response (after a redirect): forget the previous one's headers
        t->validators = {};
        t->contentRangeStart.reset();
        return size * count;
    }
    const auto colon = line.find(':');
    if (colon == std::string::npos) return size * count;
    const std::string name = lowerCase(line.substr(0, colon));
    const std::string value(trimmed(std::string_view(line).substr(colon + 1)));
    if (name == "etag") t->validators.etag = value;
    if (name == "last-modified") t->validators.lastModified = value;
    if (name == "content-range") {  // "bytes 100-199/200"
        const auto digits = value.find_first_of("0123456789");
        if (digits != std::string::npos) t->contentRangeStart = std::strtoull(value.c_str() + digits, nullptr, 10);
    }
    return size * count;
}

size_t onBodyToMemory(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    if (t->received + n > t->limit) {
        t->tooLarge = true;
        return 0;
    }
    t->memory->append(data, n);
    t->received += n;
    return n;
}

size_t onBodyToFile(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    if (!t->checkedStatus) {
        t->checkedStatus = true;
        long status = 0;
        curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
        if (t->offset > 0 && status == 200) {
            // The server ignored our Range: start the file over.
            if (ftruncate(t->fd, 0) != 0 || lseek(t->fd, 0, SEEK_SET) != 0) {
                t->writeErrno = errno;
                return 0;
            }
            t->offset = 0;
            t->hash = std::make_unique<Sha256Stream>();
        } else if (t->offset > 0 && (status != 206 || t->contentRangeStart != t->offset)) {
            t->badRange = true;
            return 0;
        }
    }
    if (t->offset + t->received + n > t->limit) {
        t->tooLarge = true;
        return 0;
    }
    size_t done = 0;
    while (done < n) {
        const ssize_t w = ::write(t->fd, data + done, n - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            t->writeErrno = errno;
            return 0;
        }
        done += static_cast<size_t>(w);
    }
    t->hash->update(data, n);
    t->received += n;
    return n;
}

}  // namespace

HttpClient::HttpClient(HttpOptions options) : options_(std::move(options)) {
    initCurlOnce();
    curl_ = curl_easy_init();
}

HttpClient::~HttpClient() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

namespace {

// Options common to every request. curl_easy_reset keeps the connection cache, so
// successive requests to the same server reuse one connection.
void configure(CURL* curl, const HttpOptions& o, const std::string& url, Transfer& t, char* errorBuffer) {
    curl_easy_reset(curl);
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, o.maxRedirects > 0 ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, static_cast<long>(o.maxRedirects));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(o.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, o.lowSpeedBytesPerSecond);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, std::max(1L, static_cast<long>(o.lowSpeedTime.count() / 1000)));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!o.caFile.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, o.caFile.c_str());
    curl_easy_setopt(curl, CURLOPT_USERAGENT, o.userAgent.c_str());
    curl_easy_setopt(curl, CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(t.limit));
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
}

struct Classified {
    HttpFailure kind;
    std::string message;
};

Classified classify(CURL* curl, CURLcode code, const Transfer& t, const char* errorBuffer, const std::string& url) {
    const std::string detail = errorBuffer[0] ? errorBuffer : curl_easy_strerror(code);
    if (t.tooLarge || code == CURLE_FILESIZE_EXCEEDED)
        return {HttpFailure::TooLarge, url + ": larger than the limit of " + std::to_string(t.limit) + " bytes"};
    if (t.writeErrno != 0)
        return {HttpFailure::DiskWrite, errnoMessage(url + ": cannot write to disk", t.writeErrno)};
    if (t.badRange) return {HttpFailure::Transport, url + ": the server answered a resume request with the wrong range"};
    if (code == CURLE_HTTP_RETURNED_ERROR) {
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        return {HttpFailure::HttpStatus, url + ": the server answered HTTP " + std::to_string(status)};
    }
    if (code == CURLE_OPERATION_TIMEDOUT) return {HttpFailure::Timeout, url + ": timed out (" + detail + ")"};
    switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
        case CURLE_PARTIAL_FILE:
        case CURLE_RECV_ERROR:
        case CURLE_SEND_ERROR:
        case CURLE_GOT_NOTHING: return {HttpFailure::Transport, url + ": " + detail};
        default: return {HttpFailure::Other, url + ": " + detail};
    }
}

}  // namespace

Result<HttpResponse> HttpClient::get(const std::string& url, const HttpValidators& validators, uint64_t maxBytes) {
    auto* curl = static_cast<CURL*>(curl_);
    Transfer t;
    t.curl = curl;
    t.limit = maxBytes;
    HttpResponse response;
    t.memory = &response.body;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    configure(curl, options_, url, t, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBodyToMemory);
    curl_slist* headers = nullptr;
    if (!validators.etag.empty()) headers = curl_slist_append(headers, ("If-None-Match: " + validators.etag).c_str());
    if (!validators.lastModified.empty())
        headers = curl_slist_append(headers, ("If-Modified-Since: " + validators.lastModified).c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);
    totalReceived_ += t.received;
    if (code != CURLE_OK) {
        auto c = classify(curl, code, t, errorBuffer, url);
        lastFailure_ = c.kind;
        return Error{c.message};
    }
    lastFailure_ = HttpFailure::None;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    response.validators = t.validators;
    if (response.status == 304) response.body.clear();
    return response;
}

Result<DownloadResult> HttpClient::download(const std::string& url, const std::filesystem::path& file,
                                            uint64_t maxBytes) {
    auto* curl = static_cast<CURL*>(curl_);
    lastFailure_ = HttpFailure::Other;
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        lastFailure_ = HttpFailure::DiskWrite;
        return Error{errnoMessage("cannot open " + file.string(), errno)};
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};

    Transfer t;
    t.curl = curl;
    t.limit = maxBytes;
    t.fd = fd;
    t.hash = std::make_unique<Sha256Stream>();

    // Hash the prefix from an earlier attempt; a prefix longer than allowed is discarded.
    off_t existing = ::lseek(fd, 0, SEEK_END);
    if (existing < 0 || static_cast<uint64_t>(existing) > maxBytes) {
        if (ftruncate(fd, 0) != 0) return Error{errnoMessage("cannot truncate " + file.string(), errno)};
        existing = 0;
    }
    if (existing > 0) {
        ::lseek(fd, 0, SEEK_SET);
        std::vector<char> buffer(64 * 1024);
        uint64_t left = static_cast<uint64_t>(existing);
        while (left > 0) {
            const ssize_t r = ::read(fd, buffer.data(), std::min<uint64_t>(left, buffer.size()));
            if (r <= 0) return Error{errnoMessage("cannot read " + file.string(), errno)};
            t.hash->update(buffer.data(), static_cast<size_t>(r));
            left -= static_cast<uint64_t>(r);
        }
        ::lseek(fd, existing, SEEK_SET);
    }
    t.offset = static_cast<uint64_t>(existing);

    DownloadResult result;
    if (t.offset == maxBytes && maxBytes > 0) {  // complete already (the caller checks the hash)
        result.size = t.offset;
        result.sha256 = t.hash->finishHex();
        lastFailure_ = HttpFailure::None;
        return result;
    }

    char errorBuffer[CURL_ERROR_SIZE] = {};
    configure(curl, options_, url, t, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBodyToFile);
    const std::string range = std::to_string(t.offset) + "-";
    if (t.offset > 0) curl_easy_setopt(curl, CURLOPT_RANGE, range.c_str());
    result.resumed = t.offset > 0;
    const CURLcode code = curl_easy_perform(curl);
    totalReceived_ += t.received;
    if (code != CURLE_OK) {
        auto c = classify(curl, code, t, errorBuffer, url);
        lastFailure_ = c.kind;
        return Error{c.message};
    }
    lastFailure_ = HttpFailure::None;
    result.size = t.offset + t.received;
    result.bytesReceived = t.received;
    result.resumed = result.resumed && t.offset > 0;
    result.sha256 = t.hash->finishHex();
    return result;
}

}  // namespace mc
