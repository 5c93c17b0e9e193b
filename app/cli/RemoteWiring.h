#pragma once
// The phone remote for `mirrorcoach run`, when [remote] enabled = true: the phones'
// registry in the state directory, the server on its own threads, and the inbox through
// which its commands reach the loop. Any failure is logged and the mirror runs without it.
#include <memory>
#include <optional>
#include <string>

#include "config/Config.h"
#include "platform/remoteserver/RemoteServer.h"

namespace mc {

struct RemoteWiring {
    std::optional<PhoneRegistry> phones;
    std::unique_ptr<RemoteInbox> inbox;
    std::unique_ptr<RemoteServer> server;  // destroyed first (declared last)
};

// Nothing when the remote is off or could not start (then one line says why).
std::unique_ptr<RemoteWiring> startRemote(const Config& config, const std::string& version);

// The page's files: beside the sources in a development build, else the installed copy.
std::filesystem::path remoteWebDir();

}  // namespace mc
