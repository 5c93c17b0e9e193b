// The content store on its own: install, last-known-good, start-up verification with
// fallback, rollback, garbage collection and the lock between processes.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/files/PackReader.h"
#include "platform/packstore/PackPublisher.h"
#include "platform/packstore/PackStore.h"
#include "support/TextFiles.h"
#include "update/Crypto.h"

namespace mc {
namespace {
namespace fs = std::filesystem;

using test_support::readText;
using test_support::writeText;

class PackStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        work = fs::temp_directory_path() /
               ("mc-packstore-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(work);
        fs::create_directories(work);
        fs::copy(fs::path(MC_TEST_FIXTURES) / "valid" / "complete", work / "src", fs::copy_options::recursive);
        key = generateKeyPair();
        ASSERT_TRUE(store.open().ok());
    }
    void TearDown() override {
        fs::remove_all(work);
        fs::remove_all(store.root());
    }

    // Publishes version `v` of the source and installs it as the updater would.
    Result<InstalledVersion> installVersion(int v, const PackCheck& check = nullptr) {
        auto doc = nlohmann::json::parse(readText(work / "src" / "pack.json"));
        doc["version"] = v;
        writeText(work / "src" / "pack.json", doc.dump());
        auto report = publishPack(work / "src", key.secretKey, work / "pub", nullptr);
        if (!report) return report.error();
        for (const auto& f : report->manifest.files) {
            if (store.blobNames().count(f.sha256)) continue;
            fs::copy_file(work / "pub" / "blobs" / f.sha256, store.partialFile(f.sha256));
            if (auto ok = store.adoptBlob(store.partialFile(f.sha256), f.sha256); !ok) return ok.error();
        }
        return store.install(report->manifest, readText(work / "pub" / "manifest.json"), check);
    }

    fs::path work;
    KeyPair key;
    PackStore store{fs::temp_directory_path() / ("mc-packstore-store-" + std::to_string(::getpid()))};
};

TEST_F(PackStoreTest, InstalledVersionLoadsAndVerifies) {
    fs::remove_all(store.root());
    ASSERT_TRUE(store.open().ok());
    auto v = installVersion(1);
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_TRUE(loadValidPack(v->packDir).ok());
    auto verified = store.openVerified({key.publicKey});
    ASSERT_TRUE(verified.ok()) << verified.error().message;
    EXPECT_EQ(verified->manifest.version, 1);
    EXPECT_EQ(fs::read_symlink(store.root() / "current"), "versions/1");
}

TEST_F(PackStoreTest, DamagedHttpValidatorsReadAsNone) {
    fs::remove_all(store.root());
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(installVersion(1).ok());
    const std::string url = "https://example.org/manifest.json";
    store.saveValidators(url, {"\"v1\"", "Wed, 25 Nov 2026 10:00:00 GMT"});
    EXPECT_EQ(store.savedValidators(url).etag, "\"v1\"");
    // Found by reading the code after a fuzzing report: fields of the wrong type used to throw.
    for (const char* damaged : {R"({"url": 7, "etag": "x"})", R"({"url": "https://example.org/manifest.json", "etag": [1]})",
                                R"([1, 2])", "{\"url\": tru"}) {
        writeText(store.root() / "http-validators.json", damaged);
        PackStore::Validators v;
        EXPECT_NO_THROW(v = store.savedValidators(url)) << damaged;
        EXPECT_EQ(v.etag, "") << damaged;
    }
}

TEST_F(PackStoreTest, DamagedFileFallsBackToThePreviousVersionThenToBundled) {
    fs::remove_all(store.root());
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(installVersion(1).ok());
    auto v2 = installVersion(2);
    ASSERT_TRUE(v2.ok());

    // A dying SD card flips bytes in a file of version 2 (read-only; the card doesn't care).
    // Files both versions share are one inode (hard links), so only pack.json, which
    // differs, can be damaged in version 2 alone.
    fs::permissions(v2->packDir / "pack.json", fs::perms::owner_write, fs::perm_options::add);
    std::string text = readText(v2->packDir / "pack.json");
    text[5] ^= 1;
    writeText(v2->packDir / "pack.json", text);

    auto opened = store.openVerified({key.publicKey});
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_EQ(opened->manifest.version, 1);
    EXPECT_EQ(store.current()->manifest.version, 1);  // the pointer was repaired too

    // Version 1 damaged as well: nothing verifies, the app uses its bundled pack.
    fs::remove(opened->packDir / "pack.json");
    auto none = store.openVerified({key.publicKey});
    EXPECT_FALSE(none.ok());
}

TEST_F(PackStoreTest, ForeignSignatureOnTheStoredManifestIsNotTrusted) {
    fs::remove_all(store.root());
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(installVersion(1).ok());
    EXPECT_FALSE(store.openVerified({generateKeyPair().publicKey}).ok());
}

TEST_F(PackStoreTest, RollbackReturnsToTheLastKnownGood) {
    fs::remove_all(store.root());
    ASSERT_TRUE(store.open().ok());
    EXPECT_FALSE(store.rollback().ok());
    ASSERT_TRUE(installVersion(1).ok());
    ASSERT_TRUE(installVersion(2).ok());
    ASSERT_TRUE(store.rollback().ok());
    EXPECT_EQ(store.current()->manifest.version, 1);
}

TEST_F(PackStoreTest, GarbageCollectionKeepsTwoVersionsAndTheirBlobs) {
    fs::remove_all(store.root());
    ASSERT_TRUE(store.open().ok());
    for (int v = 1; v <= 4; ++v) {
        writeText(work / "src" / "images" / "extra.png", "changes every version " + std::to_string(v));
        ASSERT_TRUE(installVersion(v).ok());
        ASSERT_TRUE(store.collectGarbage().ok());
    }
    std::set<std::string> versions;
    for (const auto& e : fs::directory_iterator(store.root() / "versions")) versions.insert(e.path().filename());
    EXPECT_EQ(versions, (std::set<std::string>{"3", "4"}));
    std::set<std::string> needed;
    for (const auto& v : {store.current(), store.previous()})
        for (const auto& f : v->manifest.files) needed.insert(f.sha256);
    EXPECT_EQ(store.blobNames(), needed);
    EXPECT_TRUE(store.openVerified({key.publicKey}).ok());
}

TEST_F(PackStoreTest, FailedCheckLeavesNothingBehind) {
    fs::remove_all(store.root());
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(installVersion(1).ok());
    auto refused = installVersion(2, [](const fs::path&) -> Status { return Error{"nope"}; });
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("nope"), std::string::npos);
    EXPECT_EQ(store.current()->manifest.version, 1);
    EXPECT_FALSE(fs::exists(store.root() / "versions" / "2"));
    EXPECT_FALSE(fs::exists(store.root() / "versions" / ".incoming-2"));
}

TEST_F(PackStoreTest, OneProcessAtATime) {
    auto first = store.lock();
    ASSERT_TRUE(first.ok());
    // flock is per open file description: a second open in this process conflicts like another process would.
    auto second = store.lock();
    EXPECT_FALSE(second.ok());
}

TEST_F(PackStoreTest, PublisherRefusesALowerVersion) {
    fs::remove_all(store.root());
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(installVersion(5).ok());
    auto lower = installVersion(4);
    ASSERT_FALSE(lower.ok());
    EXPECT_NE(lower.error().message.find("older"), std::string::npos) << lower.error().message;
}

}  // namespace
}  // namespace mc

#include "platform/packstore/InstalledContentLoader.h"

namespace mc {
namespace {

TEST_F(PackStoreTest, StartupLoadsTheInstalledVersionOrFallsBack) {
    fs::remove_all(store.root());
    EXPECT_FALSE(loadInstalledContent(store.root(), {key.publicKey}, loadValidPack).has_value());  // nothing yet
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(installVersion(1).ok());
    ASSERT_TRUE(installVersion(2).ok());
    auto shown = loadInstalledContent(store.root(), {key.publicKey}, loadValidPack);
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->version, 2);
    EXPECT_EQ(shown->pack.exercises.size(), 2u);

    // Version 2 verifies but the loader rejects it (e.g. a newer format this app cannot
    // read): the previous version is used and becomes current.
    auto picky = [](const fs::path& dir) -> Result<ContentPack> {
        auto pack = loadValidPack(dir);
        if (pack && pack->version == "2") return Error{"cannot read version 2"};
        return pack;
    };
    shown = loadInstalledContent(store.root(), {key.publicKey}, picky);
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->version, 1);
    EXPECT_EQ(store.current()->manifest.version, 1);
}

}  // namespace
}  // namespace mc
