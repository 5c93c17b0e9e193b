// `mirrorcoach keygen` and `mirrorcoach pack`: what a content publisher runs to make a
// signing key and to turn a pack folder into a signed, servable folder (docs/updates.md).
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "cli/Commands.h"
#include "platform/files/PackReader.h"
#include "platform/durability/DurableFile.h"
#include "platform/durability/FileReading.h"
#include "platform/packstore/PackPublisher.h"
#include "update/Crypto.h"

namespace mc {
namespace {
namespace fs = std::filesystem;

int keygen(const std::string& outDir, bool force) {
    const fs::path secretPath = fs::path(outDir) / "mirrorcoach.key";
    const fs::path publicPath = fs::path(outDir) / "mirrorcoach.pub";
    std::error_code ec;
    if (!force && (fs::exists(secretPath, ec) || fs::exists(publicPath, ec))) {
        std::fprintf(stderr, "keygen: %s already holds a key; refusing to overwrite it (use --force)\n",
                     outDir.c_str());
        return kExitFailure;
    }
    fs::create_directories(outDir, ec);
    if (ec) {
        std::fprintf(stderr, "keygen: cannot create %s: %s\n", outDir.c_str(), ec.message().c_str());
        return kExitFailure;
    }
    const KeyPair pair = generateKeyPair();
    if (auto ok = writeFileDurably(secretPath, pair.secretKey + "\n", 0600); !ok) {
        std::fprintf(stderr, "keygen: %s\n", ok.error().message.c_str());
        return kExitFailure;
    }
    ::chmod(secretPath.c_str(), 0600);
    if (auto ok = writeFileDurably(publicPath, pair.publicKey + "\n"); !ok) {
        std::fprintf(stderr, "keygen: %s\n", ok.error().message.c_str());
        return kExitFailure;
    }
    std::printf("secret key: %s (keep it private; it signs packs)\n", secretPath.c_str());
    std::printf("public key: %s\n", publicPath.c_str());
    std::printf("\nPut the public key in each mirror's /etc/mirrorcoach/config.toml:\n"
                "[content]\npublic_keys = [\"%s\"]\n",
                pair.publicKey.c_str());
    return kExitOk;
}

int pack(const std::string& sourceDir, const std::string& keyFile, const std::string& outDir) {
    auto secret = readWholeFile(keyFile, 4096);
    if (!secret) {
        std::fprintf(stderr, "pack: cannot read the secret key: %s\n", secret.error().message.c_str());
        return kExitFailure;
    }
    // The same validator as `validate` and the mirror's updater, with every problem listed.
    auto check = [](const fs::path& dir) -> Status {
        PackLoad load = loadPack(dir);
        if (load.ok()) return success();
        for (const Problem& problem : load.problems)
            std::fprintf(stderr, "%s\n", formatProblem(problem, dir.string()).c_str());
        return Error{std::to_string(load.problems.size()) + " problem(s), listed above"};
    };
    auto report = publishPack(sourceDir, *secret, outDir, check);
    if (!report) {
        std::fprintf(stderr, "pack: %s\n", report.error().message.c_str());
        return kExitFailure;
    }
    std::printf("published \"%s\" version %lld to %s: %zu files (%zu new blobs, %zu already there)\n",
                report->manifest.packId.c_str(), static_cast<long long>(report->manifest.version), outDir.c_str(),
                report->manifest.files.size(), report->blobsWritten, report->blobsReused);
    std::printf("serve %s as static files; mirrors poll <url>/manifest.json\n", outDir.c_str());
    return kExitOk;
}

}  // namespace

void addPublishCommands(CommandRegistry& registry) {
    auto keyDir = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    CLI::App* k = registry.add("keygen", "Make an Ed25519 key pair for signing content packs",
                               [keyDir, force] { return keygen(*keyDir, *force); });
    k->add_option("--out", *keyDir, "folder for mirrorcoach.key (secret) and mirrorcoach.pub")->required();
    k->add_flag("--force", *force, "overwrite an existing key pair");

    auto source = std::make_shared<std::string>();
    auto key = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    CLI::App* p = registry.add("pack", "Validate a content pack and publish it, signed, as static files",
                               [source, key, out] { return pack(*source, *key, *out); });
    p->add_option("SRC_DIR", *source, "the pack folder (the one holding pack.json)")->required();
    p->add_option("--key", *key, "the secret key file made by keygen")->required();
    p->add_option("--out", *out, "the folder to serve (manifest.json and blobs/)")->required();
    p->footer("Publishing again into the same folder adds only changed files; the pack's version must grow.\n"
              "See docs/updates.md.");
}

}  // namespace mc
