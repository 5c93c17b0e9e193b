#pragma once
// The commands a paired phone sends, as JSON: {"command": "start", "routine": "morning"}.
// Parsing checks everything a stranger could send wrong and says what, in one line, so
// the page (and a curl user) can show it; a valid command becomes the same InputEvent a
// key makes, so the loop cannot tell a phone from a clicker.
#include <string>
#include <string_view>

#include "core/Result.h"
#include "mirror/InputEvent.h"

namespace mc {

enum class RemoteVerb {
    Choose,      // select a routine (needs "routine")
    Start,       // start a routine ("routine", or the selected one)
    Pause,
    Resume,
    TogglePause,
    Skip,        // the next phase, as the Down key
    Back,        // the previous phase, as the Up key
    Stop,        // end the session, as Esc
    VolumeUp,
    VolumeDown,
    Mute,        // toggles
    Profile,     // on home, the person exercising (needs "profile", a household member's name)
};

struct RemoteCommand {
    RemoteVerb verb = RemoteVerb::Stop;
    std::string routine;  // for Choose and Start, "" when not given
    std::string profile;  // for Profile
};

// Parses a request body. Refuses (the error is the one-line reason of a 400) invalid
// UTF-8, malformed JSON, anything but an object with a known "command" string, unknown
// fields, a "routine" that is not an id, and a "profile" that is not a short name. Whether the routine exists is the server's
// question (it knows the content).
Result<RemoteCommand> parseRemoteCommand(std::string_view body);

const char* verbName(RemoteVerb verb);

// The input event the loop acts on; `client` names the phone in the log.
InputEvent inputEventOf(const RemoteCommand& command, const std::string& client);

}  // namespace mc
