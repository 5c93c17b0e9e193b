// `mirrorcoach remote list|revoke ID`: the phones paired with the phone remote, and
// taking a phone's access away (it is refused from its next request on).
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <string>

#include "cli/Commands.h"
#include "platform/remoteserver/PhoneRegistry.h"
#include "platform/system/StatePaths.h"

namespace mc {
namespace {

struct RemoteOptions {
    std::string stateDir;
    int64_t revokeId = 0;
};

std::string utcText(int64_t t) {
    std::time_t time = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&time, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &tm);
    return text;
}

std::optional<PhoneRegistry> openRegistry(const RemoteOptions& o) {
    // The same lookup as the run loop: --state-dir, $STATE_DIRECTORY, $XDG_STATE_HOME, ~/.local/state.
    auto stateDir = chooseStateDirectory(o.stateDir, processEnvironment());
    if (!stateDir) {
        std::fprintf(stderr, "mirrorcoach remote: %s\n", stateDir.error().message.c_str());
        return std::nullopt;
    }
    auto registry = PhoneRegistry::open(*stateDir);
    if (!registry) {
        std::fprintf(stderr, "mirrorcoach remote: %s\n", registry.error().message.c_str());
        return std::nullopt;
    }
    return std::move(*registry);
}

int listPhones(const RemoteOptions& o) {
    auto registry = openRegistry(o);
    if (!registry) return kExitFailure;
    auto phones = registry->list();
    if (!phones) {
        std::fprintf(stderr, "mirrorcoach remote: %s\n", phones.error().message.c_str());
        return kExitFailure;
    }
    std::printf("Phones paired with the remote (%s):\n", registry->path().c_str());
    if (phones->empty()) std::printf("none\n");
    for (const PairedPhone& p : *phones)
        std::printf("%4lld  %-40s paired %s, last seen %s\n", static_cast<long long>(p.id), p.name.c_str(),
                    utcText(p.pairedUtc).c_str(), utcText(p.lastSeenUtc).c_str());
    return kExitOk;
}

int revokePhone(const RemoteOptions& o) {
    auto registry = openRegistry(o);
    if (!registry) return kExitFailure;
    auto removed = registry->revoke(o.revokeId);
    if (!removed) {
        std::fprintf(stderr, "mirrorcoach remote: %s\n", removed.error().message.c_str());
        return kExitFailure;
    }
    if (!*removed) {
        std::fprintf(stderr, "mirrorcoach remote: no paired phone #%lld (see `mirrorcoach remote list`)\n",
                     static_cast<long long>(o.revokeId));
        return kExitFailure;
    }
    std::printf("Phone #%lld can no longer control the mirror.\n", static_cast<long long>(o.revokeId));
    return kExitOk;
}

}  // namespace

void addRemoteCommand(CommandRegistry& registry) {
    auto o = std::make_shared<RemoteOptions>();
    CLI::App* remote = registry.root.add_subcommand("remote", "The phones paired with the phone remote: list, revoke");
    remote->require_subcommand(1);
    const char* stateDirHelp = "Directory of remote.sqlite3 (default: $STATE_DIRECTORY, else "
                               "$XDG_STATE_HOME/mirrorcoach, else ~/.local/state/mirrorcoach)";
    CLI::App* list = remote->add_subcommand("list", "List the paired phones");
    list->add_option("--state-dir", o->stateDir, stateDirHelp);
    registry.actions.emplace_back(list, [o] { return listPhones(*o); });
    CLI::App* revoke = remote->add_subcommand("revoke", "Take a phone's access away");
    revoke->add_option("--state-dir", o->stateDir, stateDirHelp);
    revoke->add_option("id", o->revokeId, "The phone's number in `mirrorcoach remote list`")->required();
    registry.actions.emplace_back(revoke, [o] { return revokePhone(*o); });
}

}  // namespace mc
