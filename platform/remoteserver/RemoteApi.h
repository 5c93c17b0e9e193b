#pragma once
// Every request of the phone remote but the event stream, as a function from a plain
// request to a plain response: no sockets here, so the fuzz target and the tests drive
// it directly and RemoteServer only adapts cpp-httplib to it.
//
// Security model (docs/remote.md): a phone pairs with the one-time code shown on the
// mirror and then sends its token in an `Authorization: Bearer` header on every call.
// No cookies (so no cross-site request can act), no CORS headers (so no other site's
// script can read an answer), nothing secret in a URL or a log line.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/Result.h"
#include "platform/remoteserver/PhoneRegistry.h"
#include "platform/remoteserver/RemoteInput.h"
#include "platform/remoteserver/StatusBoard.h"
#include "progress/SessionRecord.h"
#include "remote/PairingCode.h"
#include "remote/RateLimit.h"

namespace mc {

struct ApiRequest {
    std::string method;  // "GET", "POST", ...
    std::string path;    // decoded, without the query
    std::multimap<std::string, std::string> headers;  // names lowercase
    std::string body;
    std::string remoteAddr;
    std::string header(const std::string& lowercaseName) const;
};

struct ApiResponse {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
};

struct RemoteApiSettings {
    std::filesystem::path webDir;       // the page's files
    std::string publicUrl;              // "http://192.168.1.20:8080/": what the QR code points at
    bool openStatus = false;            // /metrics and /healthz without a token
    Millis codeLifetime{std::chrono::minutes(5)};
    int maxWrongCodes = 5;              // per code; then it is withdrawn and a new one shown
    double requestsPerSecond = 10;      // per client address, with a burst of twice that
    size_t maxHeaders = 40;
    std::string version;                // the program's, for /metrics
    int64_t startedUtc = 0;
};

// The outside world the API needs, injectable for tests and the fuzz target.
struct RemoteApiPorts {
    std::function<MonoTime()> monotonic;
    std::function<int64_t()> utcSeconds;
    std::function<std::string()> newCode;  // a fresh random pairing code
    std::function<Result<std::vector<SessionRecord>>()> history;
    std::function<int64_t()> residentBytes;
    std::function<Result<QrMatrix>(const std::string&)> qr;
};

class RemoteApi {
public:
    RemoteApi(RemoteApiSettings settings, RemoteApiPorts ports, PhoneRegistry& phones, StatusBoard& board,
              RemoteInbox& inbox);

    // Answers a request that screen() let through.
    ApiResponse handle(const ApiRequest& request);

    // The paired phone making the request, if its token is valid.
    std::optional<PairedPhone> caller(const ApiRequest& request);
    // A refusal for this request before any work (rate limit, too many headers), if any.
    std::optional<ApiResponse> screen(const ApiRequest& request);
    // The code and QR code to show; a new code when the last one expired, was used or withdrawn.
    std::optional<PairingOffer> pairingOffer();

private:
    ApiResponse pair(const ApiRequest& request);
    ApiResponse command(const ApiRequest& request, const PairedPhone& phone);
    ApiResponse history();
    ApiResponse metrics();
    ApiResponse staticFile(const std::string& path) const;

    RemoteApiSettings settings_;
    RemoteApiPorts ports_;
    PhoneRegistry& phones_;
    StatusBoard& board_;
    RemoteInbox& inbox_;
    std::mutex mutex_;  // the code, the offer and the rate limits
    PairingCode code_;
    std::optional<PairingOffer> offer_;
    RateLimit requests_;
    RateLimit pairings_;
};

// {"error": reason}
ApiResponse refusal(int status, const std::string& reason);

}  // namespace mc
