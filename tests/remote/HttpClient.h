#pragma once
// A real HTTP client for the tests (cpp-httplib's), with the token header, and a raw
// socket for what a client library will not send (slow requests, odd paths).
#include <httplib.h>

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

namespace mc::test_support {

struct Reply {
    int status = 0;
    std::string body;
    httplib::Headers headers;
    nlohmann::json json() const { return nlohmann::json::parse(body, nullptr, false); }
    std::string error() const {
        auto j = json();
        return j.is_object() && j.contains("error") ? j["error"].get<std::string>() : "";
    }
};

inline Reply call(int port, const std::string& method, const std::string& path, const std::string& token = "",
                  const std::string& body = "") {
    httplib::Client c("127.0.0.1", port);
    c.set_connection_timeout(5);
    c.set_read_timeout(10);
    httplib::Headers h;
    if (!token.empty()) h.emplace("Authorization", "Bearer " + token);
    httplib::Result r = method == "POST" ? c.Post(path.c_str(), h, body, "application/json") : c.Get(path.c_str(), h);
    if (!r) return {0, "transport error: " + httplib::to_string(r.error()), {}};
    return {r->status, r->body, r->headers};
}

// A plain TCP connection to the server.
class RawSocket {
public:
    explicit RawSocket(int port) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
        timeval tv{15, 0};
        setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    }
    ~RawSocket() {
        if (fd_ >= 0) ::close(fd_);
    }
    bool connected() const { return connected_; }
    bool send(const std::string& text) { return ::send(fd_, text.data(), text.size(), MSG_NOSIGNAL) == ssize_t(text.size()); }
    // Everything until the server closes (or the 15 s receive timeout).
    std::string readAll() {
        std::string out;
        char buf[4096];
        for (;;) {
            ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n <= 0) break;
            out.append(buf, static_cast<size_t>(n));
        }
        return out;
    }

private:
    int fd_ = -1;
    bool connected_ = false;
};

}  // namespace mc::test_support
