// fuzz_remote: any bytes as one request to the phone remote's handlers (RemoteApi, the
// same code the HTTP server calls), and as a command body on its own. Input layout:
// "METHOD PATH\n" then header lines "name: value" up to an empty line, then the body.
// Besides not crashing: every answer is a status from 200 to 599, every refusal (4xx)
// carries a one-line JSON reason, and no answer leaks a token or the pairing code.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "FuzzCheck.h"
#include "platform/remoteserver/RemoteApi.h"
#include "remote/RemoteCommand.h"

namespace {
using namespace mc;

struct Rig {
    Rig() {
        const auto dir = std::filesystem::temp_directory_path() / ("mc-fuzz-remote-" + std::to_string(::getpid()));
        auto registry = PhoneRegistry::open(dir);
        if (!registry) std::abort();
        phones.emplace(std::move(*registry));
        auto paired = phones->pair("fuzz phone", 1);
        if (!paired) std::abort();
        token = paired->token;
        RemoteApiSettings s;
        s.webDir = std::filesystem::path(MC_SOURCE_ASSETS) / "web";
        s.publicUrl = "http://127.0.0.1:8080/";
        s.requestsPerSecond = 1e9;  // the limit is tested elsewhere; here every input gets through
        RemoteApiPorts p;
        p.monotonic = [this] { return now; };
        p.utcSeconds = [] { return int64_t{1'800'000'000}; };
        p.newCode = [] { return std::string("12345678"); };
        p.history = [] { return Result<std::vector<SessionRecord>>(std::vector<SessionRecord>{}); };
        p.residentBytes = [] { return int64_t{0}; };
        api = std::make_unique<RemoteApi>(s, p, *phones, board, inbox);
        RemoteCatalogue c;
        c.routinesJson = "[]";
        c.routineIds = {"morning"};
        board.publishCatalogue(c);
        board.publish(MirrorStatus{}, {});
    }
    std::optional<PhoneRegistry> phones;
    StatusBoard board;
    RemoteInbox inbox;
    std::unique_ptr<RemoteApi> api;
    std::string token;
    MonoTime now{Millis(1000)};
};

ApiRequest requestOf(std::string_view in, const std::string& token) {
    ApiRequest r;
    r.remoteAddr = "127.0.0.1";
    size_t eol = in.find('\n');
    std::string_view first = in.substr(0, eol);
    size_t space = first.find(' ');
    r.method = std::string(first.substr(0, space));
    r.path = space == std::string_view::npos ? "/" : std::string(first.substr(space + 1));
    in = eol == std::string_view::npos ? std::string_view() : in.substr(eol + 1);
    while (!in.empty()) {
        eol = in.find('\n');
        std::string_view line = in.substr(0, eol);
        in = eol == std::string_view::npos ? std::string_view() : in.substr(eol + 1);
        if (line.empty()) break;
        size_t colon = line.find(':');
        std::string name(line.substr(0, colon));
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string value(colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1));
        if (!value.empty() && value.front() == ' ') value.erase(0, 1);
        if (value == "TOKEN") value = "Bearer " + token;  // lets the fuzzer reach the paired handlers
        r.headers.emplace(name, value);
    }
    r.body = std::string(in);
    return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static Rig rig;
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    (void)parseRemoteCommand(in);
    const ApiRequest request = requestOf(in, rig.token);
    rig.now += Millis(1);
    rig.api->pairingOffer();  // a code to pair with, as the home screen keeps one shown
    if (auto refused = rig.api->screen(request)) return 0;
    const ApiResponse a = rig.api->handle(request);
    MC_FUZZ_CHECK(a.status >= 200 && a.status < 600, "a status code");
    if (a.status >= 400) {
        auto j = nlohmann::json::parse(a.body, nullptr, false);
        MC_FUZZ_CHECK(j.is_object() && j.contains("error") && j["error"].is_string(), "a refusal says why, as JSON");
        MC_FUZZ_CHECK(j["error"].get<std::string>().find('\n') == std::string::npos, "in one line");
    }
    MC_FUZZ_CHECK(a.body.find(rig.token) == std::string::npos, "no answer shows a token");
    if (a.status != 201) {
        // A "token" field, not the word: a refusal may quote the request's path, escaped.
        auto j = nlohmann::json::parse(a.body, nullptr, false);
        MC_FUZZ_CHECK(!(j.is_object() && j.contains("token")), "only pairing hands out a token");
    }
    rig.inbox.take();
    // Pairing may have spent the code or revoked the phone: keep the rig able to go deeper.
    if (!rig.phones->find(rig.token, 1)) {
        auto paired = rig.phones->pair("fuzz phone", 1);
        if (paired) rig.token = paired->token;
    }
    return 0;
}
