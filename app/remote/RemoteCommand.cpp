#include "remote/RemoteCommand.h"

#include <nlohmann/json.hpp>

#include <array>
#include <utility>

#include "remote/Utf8.h"

namespace mc {
namespace {

constexpr std::array<std::pair<RemoteVerb, const char*>, 12> kVerbs{{
    {RemoteVerb::Choose, "choose"},
    {RemoteVerb::Start, "start"},
    {RemoteVerb::Pause, "pause"},
    {RemoteVerb::Resume, "resume"},
    {RemoteVerb::TogglePause, "toggle_pause"},
    {RemoteVerb::Skip, "skip"},
    {RemoteVerb::Back, "back"},
    {RemoteVerb::Stop, "stop"},
    {RemoteVerb::VolumeUp, "volume_up"},
    {RemoteVerb::VolumeDown, "volume_down"},
    {RemoteVerb::Mute, "mute"},
    {RemoteVerb::Profile, "profile"},
}};

constexpr size_t kMaxRoutineId = 100;
constexpr size_t kMaxProfileName = 60;  // bytes of UTF-8; the picker's names are far shorter

// A person's name as the household stores it: any letters, no control characters.
bool isProfileName(const std::string& name) {
    if (name.empty() || name.size() > kMaxProfileName) return false;
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f) return false;
    return true;
}

// Content ids are short lowercase words with digits, '-' and '_' (content-format.md).
bool isRoutineId(const std::string& id) {
    if (id.empty() || id.size() > kMaxRoutineId) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
    return id != "." && id != "..";
}

}  // namespace

const char* verbName(RemoteVerb verb) {
    for (const auto& [v, name] : kVerbs)
        if (v == verb) return name;
    return "?";
}

Result<RemoteCommand> parseRemoteCommand(std::string_view body) {
    if (!isValidUtf8(body)) return Error{"the body is not valid UTF-8"};
    nlohmann::json json = nlohmann::json::parse(body, nullptr, false);
    if (json.is_discarded()) return Error{"malformed JSON"};
    if (!json.is_object()) return Error{"expected a JSON object such as {\"command\": \"pause\"}"};
    auto command = json.find("command");
    if (command == json.end() || !command->is_string()) return Error{"missing \"command\" (a text)"};
    const std::string name = command->get<std::string>();
    RemoteCommand out;
    bool known = false;
    for (const auto& [v, n] : kVerbs)
        if (name == n) {
            out.verb = v;
            known = true;
        }
    if (!known) return Error{"unknown command '" + name.substr(0, 40) + "'"};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != "command" && it.key() != "routine" && it.key() != "profile")
            return Error{"unknown field '" + it.key().substr(0, 40) + "'"};
    if (auto routine = json.find("routine"); routine != json.end()) {
        if (out.verb != RemoteVerb::Choose && out.verb != RemoteVerb::Start)
            return Error{std::string("'") + verbName(out.verb) + "' takes no routine"};
        if (!routine->is_string() || !isRoutineId(routine->get<std::string>()))
            return Error{"\"routine\" must be a routine id (lowercase letters, digits, - and _)"};
        out.routine = routine->get<std::string>();
    }
    if (auto profile = json.find("profile"); profile != json.end()) {
        if (out.verb != RemoteVerb::Profile)
            return Error{std::string("'") + verbName(out.verb) + "' takes no profile"};
        if (!profile->is_string() || !isProfileName(profile->get<std::string>()))
            return Error{"\"profile\" must be a person's name (1 to 60 bytes, no control characters)"};
        out.profile = profile->get<std::string>();
    }
    if (out.verb == RemoteVerb::Choose && out.routine.empty()) return Error{"'choose' needs a \"routine\""};
    if (out.verb == RemoteVerb::Profile && out.profile.empty()) return Error{"'profile' needs a \"profile\""};
    return out;
}

InputEvent inputEventOf(const RemoteCommand& command, const std::string& client) {
    InputEvent e;
    e.activity = true;
    e.client = client;
    switch (command.verb) {
    case RemoteVerb::Choose: e.routine = RoutineRequest{command.routine, false}; break;
    case RemoteVerb::Start: e.routine = RoutineRequest{command.routine, true}; break;
    case RemoteVerb::Pause: e.paused = true; break;
    case RemoteVerb::Resume: e.paused = false; break;
    case RemoteVerb::TogglePause: e.action = Action::Select; break;
    case RemoteVerb::Skip: e.action = Action::Next; break;
    case RemoteVerb::Back: e.action = Action::Previous; break;
    case RemoteVerb::Stop: e.action = Action::Back; break;
    case RemoteVerb::VolumeUp: e.shell = ShellCommand::VolumeUp; break;
    case RemoteVerb::VolumeDown: e.shell = ShellCommand::VolumeDown; break;
    case RemoteVerb::Mute: e.shell = ShellCommand::ToggleMute; break;
    case RemoteVerb::Profile: e.profile = command.profile; break;
    }
    return e;
}

}  // namespace mc
