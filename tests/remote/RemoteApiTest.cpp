// The phone remote over loopback with a real HTTP client, against the real run loop:
// pairing, 401 without a token, revoking, every command changing the mirror as a key
// would, and the refusals of bad input.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <thread>

#include "remote/HttpClient.h"
#include "remote/RemoteRig.h"

namespace mc {
namespace {
using namespace test_support;
using nlohmann::json;

std::string pairPhone(RemoteRig& rig, const std::string& name = "test phone") {
    auto offer = rig.server->pairingOffer();
    EXPECT_TRUE(offer);
    Reply r = call(rig.port(), "POST", "/api/pair", "", json{{"code", offer->code}, {"name", name}}.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("token", "");
}

// Polls the status until `ok` holds (at most 5 s: the loop answers in milliseconds).
json statusWhen(RemoteRig& rig, const std::string& token, const std::function<bool(const json&)>& ok) {
    json s;
    for (int i = 0; i < 500; ++i) {
        s = call(rig.port(), "GET", "/api/status", token).json();
        if (s.is_object() && ok(s)) return s;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ADD_FAILURE() << "status never matched; last: " << s.dump();
    return s;
}

Reply command(RemoteRig& rig, const std::string& token, const json& body) {
    return call(rig.port(), "POST", "/api/command", token, body.dump());
}

TEST(RemoteApi, PairsWithTheShownCodeOnceAndTheTokenOpensTheApi) {
    RemoteRig rig;
    auto offer = rig.server->pairingOffer();
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->code.size(), 8u);
    EXPECT_EQ(offer->url, "http://127.0.0.1/#pair=" + offer->code);
    EXPECT_GT(offer->qr.size, 20);  // a real QR code of the URL

    EXPECT_EQ(call(rig.port(), "GET", "/api/status").status, 401);
    const std::string token = pairPhone(rig, "Anna's phone");
    EXPECT_GE(token.size(), 64u);
    Reply me = call(rig.port(), "GET", "/api/phone", token);
    EXPECT_EQ(me.status, 200);
    EXPECT_EQ(me.json()["name"], "Anna's phone");
    // Only a hash is stored.
    auto listed = rig.phones->list();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ((*listed)[0].name, "Anna's phone");
    // The code is spent: a replay is refused, and the mirror shows a new code.
    Reply replay = call(rig.port(), "POST", "/api/pair", "", json{{"code", offer->code}}.dump());
    EXPECT_EQ(replay.status, 410) << replay.body;
    EXPECT_NE(rig.server->pairingOffer()->code, offer->code);
    // No cookie, no CORS, nothing cached.
    Reply status = call(rig.port(), "GET", "/api/status", token);
    EXPECT_EQ(status.status, 200);
    EXPECT_FALSE(status.headers.count("Set-Cookie"));
    EXPECT_FALSE(status.headers.count("Access-Control-Allow-Origin"));
    EXPECT_EQ(status.headers.find("Cache-Control")->second, "no-store");
}

TEST(RemoteApi, WithoutAValidTokenEveryCallIs401) {
    RemoteRig rig;
    for (const char* path : {"/api/status", "/api/routines", "/api/history", "/api/events", "/api/phone", "/metrics",
                             "/healthz"})
        EXPECT_EQ(call(rig.port(), "GET", path, "").status, 401) << path;
    EXPECT_EQ(call(rig.port(), "GET", "/api/status", "0123456789abcdef").status, 401);
    Reply r = call(rig.port(), "POST", "/api/command", "", R"({"command":"start"})");
    EXPECT_EQ(r.status, 401);
    EXPECT_FALSE(r.error().empty());
}

TEST(RemoteApi, ExpiredWrongAndGuessedCodesAreRefused) {
    RemoteRig rig;
    const std::string code = rig.server->pairingOffer()->code;
    // Expired: the API's clock moves past the five minutes.
    rig.apiClock = rig.apiClock.load() + Millis(5 * 60'000);
    EXPECT_EQ(call(rig.port(), "POST", "/api/pair", "", json{{"code", code}}.dump()).status, 410);
    // A new code; five wrong tries withdraw it, so the right one then fails too.
    const std::string next = rig.server->pairingOffer()->code;
    ASSERT_NE(next, code);
    for (int i = 0; i < 5; ++i) {
        rig.apiClock = rig.apiClock.load() + Millis(3000);  // past the pairing rate limit
        Reply wrong = call(rig.port(), "POST", "/api/pair", "", json{{"code", "00000000"}}.dump());
        EXPECT_EQ(wrong.status, 403) << wrong.body;
    }
    rig.apiClock = rig.apiClock.load() + Millis(3000);
    EXPECT_EQ(call(rig.port(), "POST", "/api/pair", "", json{{"code", next}}.dump()).status, 410);
    // Hammering the pairing endpoint is slowed down per address.
    int limited = 0;
    for (int i = 0; i < 10; ++i)
        limited += call(rig.port(), "POST", "/api/pair", "", json{{"code", "1"}}.dump()).status == 429;
    EXPECT_GE(limited, 5);
}

TEST(RemoteApi, RevokedAndForgottenPhonesAreRefused) {
    RemoteRig rig;
    const std::string a = pairPhone(rig, "a");
    const std::string b = pairPhone(rig, "b");
    EXPECT_EQ(call(rig.port(), "GET", "/api/status", a).status, 200);
    auto list = rig.phones->list();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2u);
    ASSERT_TRUE(rig.phones->revoke((*list)[0].id));  // as `mirrorcoach remote revoke` does
    EXPECT_EQ(call(rig.port(), "GET", "/api/status", a).status, 401);
    EXPECT_EQ(call(rig.port(), "GET", "/api/status", b).status, 200);
    EXPECT_EQ(call(rig.port(), "POST", "/api/forget", b).status, 200);
    EXPECT_EQ(call(rig.port(), "GET", "/api/status", b).status, 401);
    EXPECT_TRUE(rig.phones->list()->empty());
}

TEST(RemoteApi, EveryCommandChangesTheMirrorAsAKeyWould) {
    RemoteRig rig;
    const std::string token = pairPhone(rig);
    Reply routines = call(rig.port(), "GET", "/api/routines", token);
    ASSERT_EQ(routines.status, 200);
    json list = routines.json();
    ASSERT_GE(list.size(), 2u);
    EXPECT_GT(list[0]["seconds"].get<int>(), 60);
    // Each group named in every language, as the mirror's home list names it.
    for (const json& r : list) {
        const std::string en = r["group_title"]["en"], ru = r["group_title"]["ru"];
        EXPECT_FALSE(en.empty()) << r["id"];
        EXPECT_NE(en, ru) << r["id"] << ": the Russian page would show the English group name";
    }
    const std::string first = list[0]["id"], second = list[1]["id"];

    EXPECT_EQ(command(rig, token, {{"command", "choose"}, {"routine", second}}).status, 202);
    statusWhen(rig, token, [&](const json& s) { return s["screen"] == "home" && s["routine"] == second; });
    EXPECT_EQ(command(rig, token, {{"command", "start"}}).status, 202);  // the chosen one
    json s = statusWhen(rig, token, [&](const json& s) { return s["screen"] == "player"; });
    EXPECT_EQ(s["routine"], second);
    EXPECT_EQ(s["phase"], "get_ready");
    EXPECT_FALSE(s["exercise_name"]["en"].get<std::string>().empty());
    // Choosing another routine mid-session is refused; stopping first is the way.
    EXPECT_EQ(command(rig, token, {{"command", "choose"}, {"routine", first}}).status, 409);

    EXPECT_EQ(command(rig, token, {{"command", "pause"}}).status, 202);
    statusWhen(rig, token, [](const json& s) { return s["paused"] == true; });
    EXPECT_EQ(command(rig, token, {{"command", "pause"}}).status, 202);  // already paused: stays paused
    EXPECT_EQ(command(rig, token, {{"command", "resume"}}).status, 202);
    statusWhen(rig, token, [](const json& s) { return s["paused"] == false; });
    EXPECT_EQ(command(rig, token, {{"command", "toggle_pause"}}).status, 202);
    statusWhen(rig, token, [](const json& s) { return s["paused"] == true; });
    EXPECT_EQ(command(rig, token, {{"command", "toggle_pause"}}).status, 202);
    statusWhen(rig, token, [](const json& s) { return s["paused"] == false; });

    EXPECT_EQ(command(rig, token, {{"command", "skip"}}).status, 202);  // get ready -> the first exercise
    s = statusWhen(rig, token, [](const json& s) { return s["phase"] == "work"; });
    const int progress = s["progress_percent"];
    EXPECT_EQ(command(rig, token, {{"command", "skip"}}).status, 202);
    s = statusWhen(rig, token, [&](const json& s) { return s["progress_percent"].get<int>() > progress; });
    EXPECT_EQ(command(rig, token, {{"command", "back"}}).status, 202);  // back to the start of this phase
    EXPECT_EQ(command(rig, token, {{"command", "back"}}).status, 202);  // and the phase before
    statusWhen(rig, token, [&](const json& s) { return s["progress_percent"].get<int>() <= progress; });

    const int volume = s["volume"];
    EXPECT_EQ(command(rig, token, {{"command", "volume_down"}}).status, 202);
    statusWhen(rig, token, [&](const json& s) { return s["volume"].get<int>() < volume; });
    EXPECT_EQ(command(rig, token, {{"command", "volume_up"}}).status, 202);
    statusWhen(rig, token, [&](const json& s) { return s["volume"].get<int>() == volume; });
    EXPECT_EQ(command(rig, token, {{"command", "mute"}}).status, 202);
    statusWhen(rig, token, [](const json& s) { return s["muted"] == true; });

    EXPECT_EQ(command(rig, token, {{"command", "stop"}}).status, 202);  // as Esc: the session ends
    statusWhen(rig, token, [](const json& s) { return s["screen"] == "summary"; });
    Reply history = call(rig.port(), "GET", "/api/history", token);
    ASSERT_EQ(history.status, 200);
    ASSERT_EQ(history.json().size(), 1u);
    EXPECT_EQ(history.json()[0]["routine"], second);
    EXPECT_EQ(history.json()[0]["stopped_early"], true);
    EXPECT_EQ(command(rig, token, {{"command", "stop"}}).status, 202);  // summary -> home
    statusWhen(rig, token, [](const json& s) { return s["screen"] == "home"; });
    // Started by name straight from home, skipping the overview.
    EXPECT_EQ(command(rig, token, {{"command", "start"}, {"routine", first}}).status, 202);
    statusWhen(rig, token, [&](const json& s) { return s["screen"] == "player" && s["routine"] == first; });
}

// A phone chooses who is exercising, as P does on the mirror but by name: on home only,
// and only a member of the household.
TEST(RemoteApi, AProfileCommandChangesThePersonOnHome) {
    Profile anna, ivan;
    anna.id = 1, anna.name = "Anna", anna.situation = Situation::Pregnancy, anna.trimester = 2;
    ivan.id = 2, ivan.name = "Иван", ivan.situation = Situation::Strength;
    ivan.equipment = {"dumbbells", "bench", "bar"};
    RemoteRig::household = {anna, ivan};
    RemoteRig rig;
    RemoteRig::household = {};
    const std::string token = pairPhone(rig);
    json s = statusWhen(rig, token, [](const json& s) { return s["profiles"].size() == 2; });
    EXPECT_EQ(s["profile"], "Anna");
    const std::string annasSuggestion = s["week"]["suggested"];

    EXPECT_EQ(command(rig, token, {{"command", "profile"}, {"profile", "Иван"}}).status, 202);
    s = statusWhen(rig, token, [](const json& s) { return s["profile"] == "Иван"; });
    // Home follows the person: Ivan's strength suggestion is not Anna's pregnancy one.
    EXPECT_NE(s["week"]["suggested"], annasSuggestion);

    Reply stranger = command(rig, token, {{"command", "profile"}, {"profile", "Mallory"}});
    EXPECT_EQ(stranger.status, 404);
    EXPECT_NE(stranger.error().find("no profile 'Mallory'"), std::string::npos) << stranger.body;

    // With the profile picker open on the mirror (E) the status says so and the person stays.
    rig.inbox.push({.action = Action::EditProfiles, .activity = true});
    statusWhen(rig, token, [](const json& s) { return s["screen"] == "profile"; });
    Reply inPicker = command(rig, token, {{"command", "profile"}, {"profile", "Anna"}});
    EXPECT_EQ(inPicker.status, 409) << inPicker.body;
    rig.inbox.push({.action = Action::Back, .activity = true});  // leaves the picker unsaved
    statusWhen(rig, token, [](const json& s) { return s["screen"] == "home"; });

    ASSERT_EQ(command(rig, token, {{"command", "start"}}).status, 202);
    statusWhen(rig, token, [](const json& s) { return s["screen"] == "player"; });
    Reply midSession = command(rig, token, {{"command", "profile"}, {"profile", "Anna"}});
    EXPECT_EQ(midSession.status, 409) << midSession.body;
    EXPECT_EQ(statusWhen(rig, token, [](const json&) { return true; })["profile"], "Иван");
}

TEST(RemoteApi, BadInputGetsAOneLineReasonAndTheSessionGoesOn) {
    RemoteRig rig;
    const std::string token = pairPhone(rig);
    const std::string routine = call(rig.port(), "GET", "/api/routines", token).json()[0]["id"];
    ASSERT_EQ(command(rig, token, {{"command", "start"}, {"routine", routine}}).status, 202);
    statusWhen(rig, token, [](const json& s) { return s["screen"] == "player"; });

    struct Case {
        std::string body;
        int status;
        std::string reason;
    };
    for (const Case& c : std::vector<Case>{
             {"{\"command\":", 400, "malformed JSON"},
             {"[1,2]", 400, "expected a JSON object"},
             {R"({"command":"dance"})", 400, "unknown command 'dance'"},
             {R"({"command":"pause","x":1})", 400, "unknown field 'x'"},
             {R"({"command":"start","routine":"no-such-routine"})", 404, "no routine 'no-such-routine'"},
             {R"({"command":"start","routine":"../etc"})", 400, "must be a routine id"},
             {"{\"command\":\"st\xff\xfe\"}", 400, "not valid UTF-8"},
             {R"({"command":"choose"})", 400, "needs a \"routine\""},
             {R"({"command":"profile"})", 400, "needs a \"profile\""},
             {R"({"command":"profile","profile":""})", 400, "must be a person's name"},
             {R"({"command":"pause","profile":"Anna"})", 400, "takes no profile"},
         }) {
        Reply r = call(rig.port(), "POST", "/api/command", token, c.body);
        EXPECT_EQ(r.status, c.status) << c.body << " -> " << r.body;
        EXPECT_NE(r.error().find(c.reason), std::string::npos) << c.body << " -> " << r.body;
        EXPECT_EQ(r.error().find('\n'), std::string::npos);
    }
    // A huge body is refused before it is read.
    Reply huge = call(rig.port(), "POST", "/api/command", token, std::string(100'000, 'x'));
    EXPECT_EQ(huge.status, 413);
    // Path traversal on the page's files, sent raw (a client library would normalise it).
    for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/web/../index.html", "/.hidden"}) {
        RawSocket s(rig.port());
        ASSERT_TRUE(s.connected());
        s.send(std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const std::string answer = s.readAll();
        EXPECT_TRUE(answer.rfind("HTTP/1.1 400", 0) == 0 || answer.rfind("HTTP/1.1 404", 0) == 0)
            << path << ": " << answer.substr(0, 80);
        EXPECT_EQ(answer.find("root:"), std::string::npos);
    }
    // The session is still running.
    json s = call(rig.port(), "GET", "/api/status", token).json();
    EXPECT_EQ(s["screen"], "player");
    EXPECT_EQ(s["routine"], routine);
}

TEST(RemoteApi, ServesThePageWithoutAToken) {
    RemoteRig rig;
    Reply page = call(rig.port(), "GET", "/");
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("<html"), std::string::npos);
    EXPECT_NE(page.headers.find("Content-Security-Policy"), page.headers.end());
    EXPECT_EQ(call(rig.port(), "GET", "/app.js").status, 200);
    EXPECT_EQ(call(rig.port(), "GET", "/nothing.js").status, 404);
}

}  // namespace
}  // namespace mc
