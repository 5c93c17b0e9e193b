// Power cuts, proven: every write the mirror makes to keep content, manifests, HTTP
// validators and pictures is recorded, then every crash point is replayed (see
// CrashModel) and the real start-up code runs on each disk a cut could leave. The
// counts of crash points explored are printed per scenario (docs/durability.md).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "durability/CrashExplorer.h"
#include "platform/display/PngFile.h"
#include "platform/durability/FileReading.h"
#include "platform/files/PackReader.h"
#include "platform/packstore/FileDigest.h"
#include "platform/packstore/InstalledContentLoader.h"
#include "platform/packstore/PackPublisher.h"
#include "platform/packstore/PackStore.h"
#include "support/TextFiles.h"
#include "update/Crypto.h"

namespace mc::test {
namespace {
namespace fs = std::filesystem;

const std::string kManifestUrl = "http://127.0.0.1/pack/manifest.json";
const char* kInstalled = "install returned";
const char* kPublished = "publish returned";
const char* kWritten = "write returned";

using test_support::readText;
using test_support::writeText;

struct Published {
    Manifest manifest;
    std::string text;
};

// The check the updater gives the store: the app's own loader, and the versions agree.
Status checkPack(const fs::path& packDir, int64_t version) {
    auto pack = loadValidPack(packDir);
    if (!pack) return pack.error();
    if (pack->version != std::to_string(version)) return Error{"pack.json says version " + pack->version};
    return success();
}

class CrashPoints : public ::testing::TestWithParam<CrashMode> {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::string name = std::string(info->name());
        std::replace(name.begin(), name.end(), '/', '-');
        // The model, not the disk, decides what survives, so real fsyncs only cost time
        // here: a RAM-backed folder keeps thousands of disks quick where there is one.
        std::error_code ec;
        const fs::path base = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
        work = base / ("mc-durability-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(work);
        fs::create_directories(work / "state");
        fs::copy(fs::path(MC_TEST_FIXTURES) / "valid" / "complete", work / "src", fs::copy_options::recursive);
        key = generateKeyPair();
    }
    void TearDown() override { fs::remove_all(work); }

    // Version 1 is the fixture pack; version 2 changes a routine and adds exercises, so
    // an install has many files to write and many crash points.
    void makeSource(int version) {
        auto pack = nlohmann::json::parse(readText(work / "src" / "pack.json"));
        pack["version"] = version;
        writeText(work / "src" / "pack.json", pack.dump(2));
        if (version < 2) return;
        auto exercise = nlohmann::json::parse(readText(work / "src" / "exercises" / "cat-cow.json"));
        auto routine = nlohmann::json::parse(readText(work / "src" / "routines" / "gentle.json"));
        routine["id"] = "many";
        routine["items"] = nlohmann::json::array();
        for (int i = 1; i <= 12; ++i) {
            const std::string id = "cat-cow-" + std::to_string(i);
            exercise["id"] = id;
            exercise["name"]["en"] = "Cat-cow " + std::to_string(i);
            writeText(work / "src" / "exercises" / (id + ".json"), exercise.dump(2));
            routine["items"].push_back({{"exercise", id}, {"reps", 6}});
        }
        writeText(work / "src" / "routines" / "many.json", routine.dump(2));
    }

    Result<PublishReport> publish(const fs::path& outDir, FileSystemOps& files = realFileSystem()) {
        return publishPack(work / "src", key.secretKey, outDir,
                           [](const fs::path& dir) -> Status { return loadValidPack(dir).ok() ? success() : Error{"invalid"}; },
                           files);
    }

    Published publishVersion(int version) {
        makeSource(version);
        auto report = publish(work / "pub");
        EXPECT_TRUE(report.ok()) << report.error().message;
        return {report->manifest, readText(work / "pub" / "manifest.json")};
    }

    // What one update cycle does to the store once the manifest is verified: each missing
    // blob downloaded into partial/ and adopted, the version installed, the validators
    // saved, old versions collected.
    void install(const Published& p, FileSystemOps& files, RecordingFileSystem* recording = nullptr) {
        PackStore store(work / "state" / "content", files);
        ASSERT_TRUE(store.open().ok());
        for (const auto& file : p.manifest.files) {
            if (store.blobNames().count(file.sha256)) continue;
            // The downloader writes partial files without fsync; adoptBlob makes them durable.
            ASSERT_TRUE(files.writeFile(store.partialFile(file.sha256), readText(work / "pub" / "blobs" / file.sha256), 0644));
            ASSERT_TRUE(store.adoptBlob(store.partialFile(file.sha256), file.sha256));
        }
        const int64_t version = p.manifest.version;
        auto installed = store.install(p.manifest, p.text, [&](const fs::path& dir) { return checkPack(dir, version); });
        ASSERT_TRUE(installed.ok()) << installed.error().message;
        if (recording) recording->mark(kInstalled);
        store.saveValidators(kManifestUrl, {"etag-" + std::to_string(version), ""});
        ASSERT_TRUE(store.collectGarbage());
    }

    // The mirror starting from `disk`: what `current` says before anything repairs it,
    // what start-up then shows, and that nothing the next update trusts is damaged.
    std::string checkStore(const fs::path& disk, int64_t oldVersion, int64_t newVersion, bool installed) {
        const fs::path storeDir = disk / "content";
        std::error_code ec;
        const bool hasCurrent = fs::symlink_status(storeDir / "current", ec).type() == fs::file_type::symlink;
        auto pointed = PackStore(storeDir).current();
        if (!pointed) {
            if (hasCurrent) return "`current` points at a version that is missing or has no manifest";
            if (oldVersion != 0 || installed) return "`current` is missing";
            // A fresh mirror cut before its first install: the bundled pack, quietly.
            if (loadInstalledContent(storeDir, {key.publicKey}, loadValidPack)) return "content without `current`";
            return "";
        }
        const int64_t version = pointed->manifest.version;
        if (version != oldVersion && version != newVersion) return "`current` is version " + std::to_string(version);
        if (installed && version != newVersion)
            return "install had returned, yet the cut brought back version " + std::to_string(version);
        auto shown = loadInstalledContent(storeDir, {key.publicKey}, loadValidPack);
        if (!shown) return "start-up shows the bundled pack instead of version " + std::to_string(version);
        if (shown->version != version)
            return "version " + std::to_string(version) + " behind `current` is damaged; start-up fell back to " +
                   std::to_string(shown->version);
        if (shown->pack.routines.empty()) return "start-up shows no routines";
        auto after = PackStore(storeDir).current();
        if (!after || after->manifest.version != version) return "start-up left `current` changed or damaged";
        // Validators of a manifest newer than `current` would make the next check "not
        // modified" forever. (Older ones only cost one full download of the manifest.)
        const auto saved = PackStore(storeDir).savedValidators(kManifestUrl);
        if (saved.etag == "etag-" + std::to_string(newVersion) && version != newVersion)
            return "http-validators.json names version " + std::to_string(newVersion) + " while version " +
                   std::to_string(version) + " is current";
        // A blob's name is a promise about its bytes: the next update reuses it unchecked.
        for (const auto& entry : fs::directory_iterator(storeDir / "blobs", ec)) {
            auto digest = digestFile(entry.path());
            if (!digest || digest->sha256 != entry.path().filename().string())
                return "blob " + entry.path().filename().string() + " does not hold the bytes its name promises";
        }
        return "";
    }

    std::string checkPublication(const fs::path& pubDir, int64_t oldVersion, int64_t newVersion, bool published) {
        auto text = readWholeFile(pubDir / "manifest.json");
        if (!text) return oldVersion == 0 && !published ? "" : "manifest.json is missing";
        auto manifest = openSignedManifest(*text, {key.publicKey});
        if (!manifest) return "manifest.json is damaged: " + manifest.error().message;
        if (manifest->version != oldVersion && manifest->version != newVersion)
            return "manifest.json is version " + std::to_string(manifest->version);
        if (published && manifest->version != newVersion) return "publish had returned, yet the old manifest is back";
        for (const auto& file : manifest->files) {
            auto digest = digestFile(pubDir / "blobs" / file.sha256);
            if (!digest || digest->sha256 != file.sha256)
                return "the manifest names " + file.path + " but its blob is missing or damaged";
        }
        return "";
    }

    void expectAllFine(const std::string& scenario, const Exploration& explored) {
        reportExploration(scenario, GetParam(), explored);
        RecordProperty("crash_points", explored.crashPoints);  // also in ctest's XML output
        RecordProperty("crash_states", explored.states);
        EXPECT_EQ(explored.failureCount, 0);
        for (const auto& failure : explored.failures) ADD_FAILURE() << failure;
    }

    fs::path work;
    KeyPair key;
};

TEST_P(CrashPoints, InstallOverAnOldVersion) {
    install(publishVersion(1), realFileSystem());
    const Published next = publishVersion(2);
    CrashModel model(work / "state");
    RecordingFileSystem recording;
    install(next, recording, &recording);
    auto explored = exploreCrashPoints(model, recording.ops(), GetParam(), work / "disk",
                                       [&](const fs::path& disk, const std::set<std::string>& marks) {
                                           return checkStore(disk, 1, 2, marks.count(kInstalled) > 0);
                                       });
    expectAllFine("install over an old version", explored);
}

// Where hard links fail (another file system), the store copies blobs into the version.
TEST_P(CrashPoints, InstallOverAnOldVersionWithoutHardLinks) {
    install(publishVersion(1), realFileSystem());
    const Published next = publishVersion(2);
    CrashModel model(work / "state");
    RecordingFileSystem recording(/*hardLinks=*/false);
    install(next, recording, &recording);
    auto explored = exploreCrashPoints(model, recording.ops(), GetParam(), work / "disk",
                                       [&](const fs::path& disk, const std::set<std::string>& marks) {
                                           return checkStore(disk, 1, 2, marks.count(kInstalled) > 0);
                                       });
    expectAllFine("install over an old version, blobs copied", explored);
}

TEST_P(CrashPoints, FirstInstallOnAFreshMirror) {
    const Published first = publishVersion(2);
    CrashModel model(work / "state");
    RecordingFileSystem recording;
    install(first, recording, &recording);
    auto explored = exploreCrashPoints(model, recording.ops(), GetParam(), work / "disk",
                                       [&](const fs::path& disk, const std::set<std::string>& marks) {
                                           return checkStore(disk, 0, 2, marks.count(kInstalled) > 0);
                                       });
    expectAllFine("first install on a fresh mirror", explored);
}

TEST_P(CrashPoints, PublishOverAnEarlierPublication) {
    fs::create_directories(work / "site");
    makeSource(1);
    ASSERT_TRUE(publish(work / "site" / "pub").ok());
    makeSource(2);
    CrashModel model(work / "site");
    RecordingFileSystem recording;
    auto report = publish(work / "site" / "pub", recording);
    ASSERT_TRUE(report.ok()) << report.error().message;
    recording.mark(kPublished);
    auto explored = exploreCrashPoints(model, recording.ops(), GetParam(), work / "disk",
                                       [&](const fs::path& disk, const std::set<std::string>& marks) {
                                           return checkPublication(disk / "pub", 1, 2, marks.count(kPublished) > 0);
                                       });
    expectAllFine("publish over an earlier publication", explored);
}

TEST_P(CrashPoints, FirstPublication) {
    fs::create_directories(work / "site");
    makeSource(2);
    CrashModel model(work / "site");
    RecordingFileSystem recording;
    ASSERT_TRUE(publish(work / "site" / "pub", recording).ok());
    recording.mark(kPublished);
    auto explored = exploreCrashPoints(model, recording.ops(), GetParam(), work / "disk",
                                       [&](const fs::path& disk, const std::set<std::string>& marks) {
                                           return checkPublication(disk / "pub", 0, 2, marks.count(kPublished) > 0);
                                       });
    expectAllFine("first publication", explored);
}

// The state directory holds the history database and the content store; the validators
// file is the one small state file the mirror rewrites there on every update check.
TEST_P(CrashPoints, ValidatorsBesideTheHistory) {
    install(publishVersion(1), realFileSystem());
    CrashModel model(work / "state");
    RecordingFileSystem recording;
    PackStore(work / "state" / "content", recording).saveValidators(kManifestUrl, {"etag-new", "Mon, 30 Nov 2026"});
    recording.mark(kWritten);
    auto explored = exploreCrashPoints(
        model, recording.ops(), GetParam(), work / "disk", [&](const fs::path& disk, const std::set<std::string>& marks) {
            const std::string etag = PackStore(disk / "content").savedValidators(kManifestUrl).etag;
            if (etag != "etag-1" && etag != "etag-new") return "validators read as \"" + etag + "\"";
            if (marks.count(kWritten) && etag != "etag-new") return std::string("the write had returned, yet it is lost");
            auto shown = loadInstalledContent(disk / "content", {key.publicKey}, loadValidPack);
            return shown && shown->version == 1 ? std::string() : std::string("version 1 is no longer shown");
        });
    expectAllFine("http validators beside the history", explored);
}

Image picture(uint8_t shade) {
    Image image{64, 48, {}};
    image.rgba.resize(64 * 48 * 4);
    for (std::size_t i = 0; i < image.rgba.size(); ++i) image.rgba[i] = static_cast<uint8_t>(shade + i % 7);
    return image;
}

TEST_P(CrashPoints, PictureReplacedByANewOne) {
    fs::create_directories(work / "pictures");
    ASSERT_TRUE(writePng((work / "pictures" / "home.png").string(), picture(10)));
    CrashModel model(work / "pictures");
    RecordingFileSystem recording;
    ASSERT_TRUE(writePng((work / "pictures" / "home.png").string(), picture(200), recording));
    recording.mark(kWritten);
    auto explored = exploreCrashPoints(
        model, recording.ops(), GetParam(), work / "disk", [&](const fs::path& disk, const std::set<std::string>& marks) {
            auto image = readPng((disk / "home.png").string());
            if (!image) return "the picture is unreadable: " + image.error().message;
            const bool isNew = image->rgba == picture(200).rgba;
            if (!isNew && image->rgba != picture(10).rgba) return std::string("the picture is neither old nor new");
            if (marks.count(kWritten) && !isNew) return std::string("the write had returned, yet it is lost");
            return std::string();
        });
    expectAllFine("picture replaced by a new one", explored);
}

INSTANTIATE_TEST_SUITE_P(Modes, CrashPoints, ::testing::Values(CrashMode::DurableOnly, CrashMode::Reordered),
                         [](const auto& info) {
                             return std::string(info.param == CrashMode::DurableOnly ? "OnlyFsyncedWritesSurvive"
                                                                                     : "UnsyncedRenamesReordered");
                         });

}  // namespace
}  // namespace mc::test
