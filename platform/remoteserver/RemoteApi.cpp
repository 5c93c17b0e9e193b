#include "platform/remoteserver/RemoteApi.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "log/Log.h"
#include "remote/FleetMetrics.h"
#include "remote/RemoteCommand.h"
#include "remote/Utf8.h"

namespace mc {
namespace {

ApiResponse json(int status, const nlohmann::json& body) {
    return {status, "application/json", body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

// A name a person typed on the phone, safe for logs and the list: no control characters,
// at most 40 bytes (cut at a character boundary).
std::string cleanName(const std::string& raw) {
    std::string out;
    for (unsigned char c : raw)
        if (c >= 0x20 && c != 0x7f) out += static_cast<char>(c);
    if (out.size() > 40) {
        size_t cut = 40;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
    }
    return out.empty() ? "phone" : out;
}

std::string contentTypeOf(const std::filesystem::path& file) {
    const std::string ext = file.extension().string();
    if (ext == ".html") return "text/html; charset=utf-8";
    if (ext == ".js") return "text/javascript; charset=utf-8";
    if (ext == ".css") return "text/css; charset=utf-8";
    if (ext == ".svg") return "image/svg+xml";
    if (ext == ".png") return "image/png";
    if (ext == ".json" || ext == ".webmanifest") return "application/json";
    return "application/octet-stream";
}

// The page's files have plain names in one folder; anything else is refused outright.
bool isPlainFileName(const std::string& name) {
    if (name.empty() || name.size() > 64 || name.front() == '.') return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')) return false;
    return name.find("..") == std::string::npos;
}

}  // namespace

std::string ApiRequest::header(const std::string& lowercaseName) const {
    auto it = headers.find(lowercaseName);
    return it == headers.end() ? std::string() : it->second;
}

ApiResponse refusal(int status, const std::string& reason) { return json(status, {{"error", reason}}); }

RemoteApi::RemoteApi(RemoteApiSettings settings, RemoteApiPorts ports, PhoneRegistry& phones, StatusBoard& board,
                     RemoteInbox& inbox)
    : settings_(std::move(settings)),
      ports_(std::move(ports)),
      phones_(phones),
      board_(board),
      inbox_(inbox),
      code_(settings_.codeLifetime, settings_.maxWrongCodes),
      requests_(settings_.requestsPerSecond, settings_.requestsPerSecond * 2),
      pairings_(0.5, 3) {}

std::optional<ApiResponse> RemoteApi::screen(const ApiRequest& r) {
    if (r.headers.size() > settings_.maxHeaders) return refusal(431, "too many header fields");
    std::lock_guard lock(mutex_);
    if (!requests_.allow(r.remoteAddr, ports_.monotonic())) return refusal(429, "too many requests; slow down");
    return std::nullopt;
}

std::optional<PairedPhone> RemoteApi::caller(const ApiRequest& r) {
    const std::string auth = r.header("authorization");
    static const std::string kBearer = "Bearer ";
    if (auth.size() <= kBearer.size() || auth.compare(0, kBearer.size(), kBearer) != 0) return std::nullopt;
    return phones_.find(auth.substr(kBearer.size()), ports_.utcSeconds());
}

ApiResponse RemoteApi::handle(const ApiRequest& r) {
    if (!isValidUtf8(r.path)) return refusal(400, "the path is not valid UTF-8");
    if (r.method != "GET" && r.method != "POST") return refusal(405, "only GET and POST are served");

    const bool statusPath = r.path == "/metrics" || r.path == "/healthz";
    if (statusPath || r.path.rfind("/api/", 0) == 0) {
        if (r.method == "POST" && r.path == "/api/pair") return pair(r);
        std::optional<PairedPhone> phone = caller(r);
        if (!phone && !(statusPath && settings_.openStatus))
            return refusal(401, "not paired: pair this phone with the code shown on the mirror");
        if (r.path == "/healthz" && r.method == "GET") return {200, "text/plain; charset=utf-8", "ok\n"};
        if (r.path == "/metrics" && r.method == "GET") return metrics();
        if (!phone) return refusal(401, "not paired");
        // Until the loop's first turn there is no status or routine list to give.
        if ((r.path == "/api/status" || r.path == "/api/routines") && board_.status().version == 0)
            return refusal(503, "the mirror is starting: try again in a moment");
        if (r.path == "/api/status" && r.method == "GET") return {200, "application/json", board_.status().json};
        if (r.path == "/api/routines" && r.method == "GET") return {200, "application/json", board_.catalogue().routinesJson};
        if (r.path == "/api/history" && r.method == "GET") return history();
        if (r.path == "/api/phone" && r.method == "GET")
            return json(200, {{"id", phone->id}, {"name", phone->name}});
        if (r.path == "/api/command" && r.method == "POST") return command(r, *phone);
        if (r.path == "/api/forget" && r.method == "POST") {
            phones_.revoke(phone->id);
            logNotice("remote", "phone '" + phone->name + "' (#" + std::to_string(phone->id) + ") forgot itself");
            return json(200, {{"forgotten", true}});
        }
        return refusal(404, "no such API call: " + r.method + " " + r.path.substr(0, 80));
    }
    if (r.method != "GET") return refusal(405, "only GET is served for files");
    return staticFile(r.path);
}

ApiResponse RemoteApi::pair(const ApiRequest& r) {
    {
        std::lock_guard lock(mutex_);
        if (!pairings_.allow(r.remoteAddr, ports_.monotonic()))
            return refusal(429, "too many pairing attempts; wait a few seconds");
    }
    if (!isValidUtf8(r.body)) return refusal(400, "the body is not valid UTF-8");
    nlohmann::json body = nlohmann::json::parse(r.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) return refusal(400, "malformed JSON: expected {\"code\": \"...\"}");
    auto code = body.find("code");
    if (code == body.end() || !code->is_string()) return refusal(400, "missing \"code\" (the digits shown on the mirror)");
    std::string name = "phone";
    if (auto n = body.find("name"); n != body.end()) {
        if (!n->is_string()) return refusal(400, "\"name\" must be a text");
        name = cleanName(n->get<std::string>());
    }
    PairingVerdict verdict;
    {
        std::lock_guard lock(mutex_);
        verdict = code_.redeem(code->get<std::string>(), ports_.monotonic());
    }
    if (verdict == PairingVerdict::Expired) {
        logWarning("remote", "pairing refused for " + r.remoteAddr + ": no valid code (expired, used or withdrawn)");
        return refusal(410, "this pairing code has expired or was already used: use the new one on the mirror");
    }
    if (verdict == PairingVerdict::Wrong) {
        logWarning("remote", "wrong pairing code from " + r.remoteAddr);
        return refusal(403, "wrong pairing code");
    }
    auto paired = phones_.pair(name, ports_.utcSeconds());
    if (!paired) {
        logError("remote", paired.error().message);
        return refusal(503, "the mirror cannot store the pairing now");
    }
    logNotice("remote", "paired phone '" + paired->phone.name + "' (#" + std::to_string(paired->phone.id) + ") from " +
                            r.remoteAddr);
    return json(201, {{"token", paired->token}, {"id", paired->phone.id}, {"name", paired->phone.name}});
}

ApiResponse RemoteApi::command(const ApiRequest& r, const PairedPhone& phone) {
    auto parsed = parseRemoteCommand(r.body);
    if (!parsed) return refusal(400, parsed.error().message);
    const RemoteCommand& c = *parsed;
    if (!c.routine.empty() && !board_.catalogue().routineIds.count(c.routine))
        return refusal(404, "no routine '" + c.routine + "'");
    const MirrorStatus status = board_.status().status;
    const std::string& screen = status.screen;
    if (c.verb == RemoteVerb::Choose && (screen == "player"))
        return refusal(409, "a routine is running: stop it before choosing another");
    if (c.verb == RemoteVerb::Profile) {
        if (std::find(status.profiles.begin(), status.profiles.end(), c.profile) == status.profiles.end())
            return refusal(404, "no profile '" + c.profile + "' on this mirror");
        if (screen != "home") return refusal(409, "the person can be changed on the home screen only");
    }
    const std::string client = "'" + phone.name + "' (#" + std::to_string(phone.id) + ")";
    logInfo("remote", client + ": " + verbName(c.verb) + (c.routine.empty() ? "" : " " + c.routine) +
                          (c.profile.empty() ? "" : " " + c.profile));
    inbox_.push(inputEventOf(c, client));
    return json(202, {{"accepted", verbName(c.verb)}});
}

ApiResponse RemoteApi::history() {
    auto sessions = ports_.history ? ports_.history() : Result<std::vector<SessionRecord>>(std::vector<SessionRecord>{});
    if (!sessions) return refusal(503, "the history cannot be read now");
    nlohmann::json out = nlohmann::json::array();
    const auto& all = *sessions;
    for (auto it = all.rbegin(); it != all.rend() && out.size() < 100; ++it)
        out.push_back({{"routine", it->routineId}, {"started_utc", it->startedUtc}, {"ended_utc", it->endedUtc},
                       {"utc_offset_s", it->utcOffsetSeconds}, {"active_s", it->activeSeconds},
                       {"completed", it->completedItems}, {"total", it->totalItems}, {"stopped_early", it->stoppedEarly}});
    return json(200, out);
}

ApiResponse RemoteApi::metrics() {
    const StatusSnapshot s = board_.status();
    const LoopCounters counters = board_.counters();
    FleetFacts f;
    f.version = settings_.version;
    f.contentVersion = s.status.update.contentVersion;
    f.update = s.status.update;
    f.lastUpdateCheckUtc = s.status.update.lastCheckUtc;
    f.sessionsCompleted = counters.sessionsRecorded;
    f.framesDrawn = counters.framesDrawn;
    f.displayOn = s.status.displayOn;
    f.screen = s.status.screen;
    f.residentBytes = ports_.residentBytes ? ports_.residentBytes() : 0;
    f.startedUtc = settings_.startedUtc;
    if (auto phones = phones_.list()) f.pairedPhones = static_cast<int>(phones->size());
    return {200, "text/plain; version=0.0.4; charset=utf-8", metricsText(f)};
}

ApiResponse RemoteApi::staticFile(const std::string& path) const {
    if (path.empty() || path[0] != '/') return refusal(404, "no such file");  // the fuzzer's "GET " with no path
    const std::string name = path == "/" ? "index.html" : path.substr(1);
    if (name.find("..") != std::string::npos || name.find('/') != std::string::npos ||
        name.find('\\') != std::string::npos)
        return refusal(400, "refused: the page's files are plain names in one folder");
    if (!isPlainFileName(name)) return refusal(404, "no such file");
    const std::filesystem::path file = settings_.webDir / name;
    std::ifstream in(file, std::ios::binary);
    if (!in) return refusal(404, "no such file");
    std::ostringstream text;
    text << in.rdbuf();
    return {200, contentTypeOf(file), text.str()};
}

std::optional<PairingOffer> RemoteApi::pairingOffer() {
    std::lock_guard lock(mutex_);
    const MonoTime now = ports_.monotonic();
    if (!code_.current(now)) {
        code_.issue(ports_.newCode(), now);
        offer_.reset();
    }
    if (!offer_) {
        PairingOffer o;
        o.code = *code_.current(now);
        o.url = settings_.publicUrl + "#pair=" + o.code;
        auto qr = ports_.qr ? ports_.qr(o.url) : Result<QrMatrix>(QrMatrix{});
        if (!qr) {
            logWarning("remote", qr.error().message);
            return std::nullopt;
        }
        o.qr = std::move(*qr);
        offer_ = std::move(o);
    }
    offer_->secondsLeft = std::max<int64_t>(0, (code_.expiresAt() - now).count() / 1000);
    return offer_;
}

}  // namespace mc
