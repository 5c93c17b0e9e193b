// Every way a server (or the network, or the disk) can fail: the right outcome, a
// clear message, and the installed version still whole.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

#include "update/UpdateFixture.h"

namespace mc::test {
namespace {
namespace fs = std::filesystem;

using Outcome = CycleReport::Outcome;

class UpdateFaults : public UpdateFixture {
protected:
    // Version 1 installed; version 2 (one changed exercise) published and waiting.
    void SetUp() override {
        UpdateFixture::SetUp();
        setSourceVersion(1);
        publish();
        ASSERT_EQ(runCycle().outcome, Outcome::Installed);
        oldText = installedText("exercises/cat-cow.json");
        std::string text = oldText;
        text.replace(text.find("Kneel"), 5, "Begin");
        writeSource("exercises/cat-cow.json", text);
        setSourceVersion(2);
        publish();
        server->clearHits();
    }

    void expectOldContentIntact() {
        EXPECT_EQ(verifiedVersion(), 1);
        EXPECT_EQ(installedText("exercises/cat-cow.json"), oldText);
    }

    std::string blobPathOf(const std::string& file) {
        auto doc = nlohmann::json::parse(readText(pubDir / "manifest.json"));
        for (const auto& f : doc["signed"]["files"])
            if (f["path"] == file) return (pubDir / "blobs" / f["sha256"].get<std::string>()).string();
        return {};
    }

    std::string signedPart() { return nlohmann::json::parse(readText(pubDir / "manifest.json"))["signed"].dump(); }

    std::string oldText;
};

TEST_F(UpdateFaults, BadSignatureIsRefused) {
    auto doc = nlohmann::json::parse(readText(pubDir / "manifest.json"));
    doc["signed"]["created"] = "2000-01-01T00:00:00Z";  // any change breaks the signature
    writeText(pubDir / "manifest.json", doc.dump());
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("signature"), std::string::npos) << r.message;
    EXPECT_EQ(server->countHits("blobs/"), 0);
    expectOldContentIntact();
}

TEST_F(UpdateFaults, ManifestSignedWithAnotherKeyIsRefused) {
    resign(signedPart(), generateKeyPair().secretKey);
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("does not match any configured public key"), std::string::npos) << r.message;
    expectOldContentIntact();
}

TEST_F(UpdateFaults, TamperedFileFailsItsHash) {
    const std::string blob = blobPathOf("exercises/cat-cow.json");
    std::string bytes = readText(blob);
    bytes[bytes.size() / 2] ^= 0x20;  // same size, different content
    writeText(blob, bytes);
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("hash mismatch"), std::string::npos) << r.message;
    expectOldContentIntact();
    EXPECT_TRUE(fs::is_empty(stateDir / "partial"));  // a bad download is not kept for resuming
}

TEST_F(UpdateFaults, TruncatedBodyIsRefused) {
    server->setFaults({.shortenBlobs = 10});
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("does not match the manifest"), std::string::npos) << r.message;
    expectOldContentIntact();
}

TEST_F(UpdateFaults, DroppedConnectionIsResumedWithRange) {
    server->setFaults({.dropBlobs = 1});
    CycleReport r = runCycle();
    ASSERT_EQ(r.outcome, Outcome::Installed) << r.message;
    EXPECT_EQ(verifiedVersion(), 2);
    // The second request for the same blob asked only for the rest.
    auto hits = server->hits();
    std::string firstBlob;
    int ranged = 0;
    for (const auto& h : hits) {
        if (h.path.rfind("blobs/", 0) != 0) continue;
        if (firstBlob.empty()) firstBlob = h.path;
        if (h.path == firstBlob && !h.range.empty()) {
            ++ranged;
            EXPECT_EQ(h.status, 206);
        }
    }
    EXPECT_EQ(ranged, 1);
    // Nothing was sent twice: the bytes the server sent equal the two changed files.
    EXPECT_EQ(server->bytesSent("blobs/"),
              fs::file_size(source / "exercises/cat-cow.json") + fs::file_size(source / "pack.json"));
}

TEST_F(UpdateFaults, ServerErrorFailsTheCycleAndTheNextOneRecovers) {
    server->setFaults({.fail500 = 1});
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("HTTP 500"), std::string::npos) << r.message;
    expectOldContentIntact();
    EXPECT_EQ(runCycle().outcome, Outcome::Installed);
    EXPECT_EQ(verifiedVersion(), 2);
}

TEST_F(UpdateFaults, StalledServerHitsTheLowSpeedTimeout) {
    server->setFaults({.stallBlobs = true});
    HttpOptions options;
    options.lowSpeedBytesPerSecond = 1000;
    options.lowSpeedTime = Millis(1000);
    CycleReport r = runCycle(options);
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("timed out"), std::string::npos) << r.message;
    expectOldContentIntact();
}

TEST_F(UpdateFaults, OversizedBodyIsCutOff) {
    server->setFaults({.appendToBlobs = std::string(100000, 'x')});
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("larger than the limit"), std::string::npos) << r.message;
    EXPECT_TRUE(fs::is_empty(stateDir / "partial"));
    expectOldContentIntact();
}

TEST_F(UpdateFaults, OversizedChunkedBodyIsCutOffAtTheLimit) {
    // No Content-Length to refuse up front: the client stops writing at the manifest's size.
    server->setFaults({.appendToBlobs = std::string(100000, 'x'), .chunkedBlobs = true});
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("larger than the limit"), std::string::npos) << r.message;
    EXPECT_TRUE(fs::is_empty(stateDir / "partial"));
    expectOldContentIntact();
}

TEST_F(UpdateFaults, FileLargerThanTheMirrorAcceptsIsRefusedBeforeDownloading) {
    settings.limits.maxFileBytes = 100;
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("more than the limit"), std::string::npos) << r.message;
    EXPECT_EQ(server->countHits("blobs/"), 0);
    expectOldContentIntact();
}

TEST_F(UpdateFaults, PathTraversalInASignedManifestIsRefused) {
    for (const std::string path : {"../evil.json", "/etc/passwd", "exercises/../../x", "images/a b.png",
                                   "exercises\\x.json", ".hidden"}) {
        auto part = nlohmann::json::parse(signedPart());
        part["files"][0]["path"] = path;
        resign(part.dump(), key.secretKey);
        CycleReport r = runCycle();
        EXPECT_EQ(r.outcome, Outcome::Failed) << path;
        EXPECT_NE(r.message.find("path"), std::string::npos) << r.message;
    }
    EXPECT_EQ(server->countHits("blobs/"), 0);
    EXPECT_FALSE(fs::exists(work / "evil.json"));
    expectOldContentIntact();
}

TEST_F(UpdateFaults, DowngradeIsRefused) {
    ASSERT_EQ(runCycle().outcome, Outcome::Installed);  // now at 2
    auto part = nlohmann::json::parse(signedPart());
    part["version"] = 1;
    resign(part.dump(), key.secretKey);
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("downgrade refused"), std::string::npos) << r.message;
    EXPECT_EQ(verifiedVersion(), 2);
}

TEST_F(UpdateFaults, InvalidContentInsideAValidlySignedPackIsRefused) {
    writeSource("routines/gentle.json", "{\"id\": \"gentle\", \"items\": [{\"exercise\": \"no-such-exercise\"}]}");
    setSourceVersion(3);
    publishUnchecked();
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("invalid"), std::string::npos) << r.message;
    expectOldContentIntact();
    // The rejected version left no directory behind.
    EXPECT_FALSE(fs::exists(stateDir / "versions" / "3"));
    EXPECT_FALSE(fs::exists(stateDir / "versions" / ".incoming-3"));
}

TEST_F(UpdateFaults, ManifestVersionMustMatchPackJson) {
    auto part = nlohmann::json::parse(signedPart());
    part["version"] = 5;  // pack.json still says 2
    resign(part.dump(), key.secretKey);
    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    EXPECT_NE(r.message.find("version"), std::string::npos) << r.message;
    expectOldContentIntact();
}

}  // namespace
}  // namespace mc::test
