// `mirrorcoach update --once`: one update cycle from the command line, for installers
// and tests. Settings come from the config file ([content] section) and/or flags;
// flags win. Prints what it did; exit 0 when the content is current afterwards.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/Commands.h"
#include "config/ConfigLoad.h"
#include "platform/files/ConfigFile.h"
#include "platform/files/PackReader.h"
#include "platform/durability/FileReading.h"
#include "platform/packstore/StorePaths.h"
#include "platform/packstore/UpdateCycle.h"

namespace mc {
namespace {
namespace fs = std::filesystem;

struct UpdateOptions {
    bool once = false;
    std::string configFile;
    std::string manifestUrl;
    std::vector<std::string> publicKeys;  // base64, or files holding it (mirrorcoach.pub)
    std::string stateDir;
    std::string caFile;
};

// A key given as a file path is read from it; anything else is taken as base64 text.
std::string keyText(const std::string& given) {
    std::error_code ec;
    if (fs::is_regular_file(given, ec)) {
        if (auto text = readWholeFile(given, 4096)) {
            std::string key = *text;
            while (!key.empty() && (key.back() == '\n' || key.back() == '\r' || key.back() == ' ')) key.pop_back();
            return key;
        }
    }
    return given;
}

int updateOnce(const UpdateOptions& options) {
    if (!options.once) {
        std::fprintf(stderr, "update: only --once is supported here; the running app checks for updates itself\n");
        return kExitUsage;
    }
    ContentConfig content;
    if (!options.configFile.empty()) {
        ConfigLoad load = loadConfigFile(options.configFile, /*mustExist=*/true);
        for (const auto& problem : load.problems) std::fprintf(stderr, "%s\n", problem.describe().c_str());
        content = load.config.content;
    }
    if (!options.manifestUrl.empty()) content.manifest_url = options.manifestUrl;
    if (!options.publicKeys.empty()) content.public_keys = options.publicKeys;
    if (!options.stateDir.empty()) content.state_dir = options.stateDir;
    if (!options.caFile.empty()) content.ca_file = options.caFile;
    if (content.manifest_url.empty()) {
        std::fprintf(stderr, "update: no manifest URL (give --manifest-url or set content.manifest_url in the config)\n");
        return kExitUsage;
    }
    if (content.public_keys.empty()) {
        std::fprintf(stderr, "update: no public key (give --public-key or set content.public_keys in the config)\n");
        return kExitUsage;
    }

    CycleSettings settings;
    settings.source.manifestUrl = content.manifest_url;
    for (const auto& key : content.public_keys) settings.source.publicKeys.push_back(keyText(key));
    HttpOptions http;
    http.caFile = content.ca_file;
    const fs::path storeDir = contentStoreDir(content.state_dir);
    PackStore store(storeDir);
    HttpClient client(http);

    std::printf("update: store %s, manifest %s\n", storeDir.c_str(), content.manifest_url.c_str());
    CycleReport report = runUpdateCycle(store, client, settings, loadValidPack);
    switch (report.outcome) {
        case CycleReport::Outcome::NotModified: std::printf("not modified: %s\n", report.message.c_str()); break;
        case CycleReport::Outcome::UpToDate: std::printf("up to date: %s\n", report.message.c_str()); break;
        case CycleReport::Outcome::Installed:
            std::printf("installed: %s\ncontent: %s\n", report.message.c_str(), report.installed->packDir.c_str());
            break;
        case CycleReport::Outcome::Failed:
            std::fprintf(stderr, "update failed: %s\n", report.message.c_str());
            if (auto current = store.current())
                std::fprintf(stderr, "the installed version %lld is unchanged\n",
                             static_cast<long long>(current->manifest.version));
            return kExitFailure;
    }
    return kExitOk;
}

}  // namespace

void addUpdateCommand(CommandRegistry& registry) {
    auto options = std::make_shared<UpdateOptions>();
    CLI::App* sub = registry.add("update", "Check for new content once, download and install it",
                                 [options] { return updateOnce(*options); });
    sub->add_flag("--once", options->once, "run one update cycle and exit")->required();
    sub->add_option("--config", options->configFile, "config file to read the [content] settings from");
    sub->add_option("--manifest-url", options->manifestUrl, "URL of the published manifest.json");
    sub->add_option("--public-key", options->publicKeys,
                    "trusted Ed25519 public key: base64 text or a mirrorcoach.pub file (repeatable)");
    sub->add_option("--state-dir", options->stateDir, "state folder; content goes to <state-dir>/content");
    sub->add_option("--ca-file", options->caFile, "CA bundle (PEM) for a server with a private certificate");
    sub->footer("Exit status: 0 when the installed content is current afterwards, 1 when the check failed\n"
                "(the installed content is then unchanged), 2 for missing settings.");
}

}  // namespace mc
