// Publish → update → publish a change → delta update, against a real HTTP server.
#include <gtest/gtest.h>

#include <filesystem>

#include "update/UpdateFixture.h"

namespace mc::test {
namespace {
namespace fs = std::filesystem;

using Outcome = CycleReport::Outcome;

TEST_F(UpdateFixture, FreshMirrorInstallsThePublishedPack) {
    setSourceVersion(1);
    publish();
    CycleReport r = runCycle();
    ASSERT_EQ(r.outcome, Outcome::Installed) << r.message;
    EXPECT_EQ(r.version, 1);
    ASSERT_TRUE(r.installed.has_value());
    EXPECT_EQ(r.installed->pack.exercises.size(), 2u);  // the validated content comes along
    EXPECT_EQ(verifiedVersion(), 1);
    EXPECT_EQ(installedText("exercises/cat-cow.json"), readText(source / "exercises/cat-cow.json"));
    EXPECT_EQ(r.filesDownloaded, 5u);
    EXPECT_EQ(server->countHits("blobs/"), 5);
}

TEST_F(UpdateFixture, SecondUpdateDownloadsOnlyTheChangedFiles) {
    setSourceVersion(1);
    publish();
    ASSERT_EQ(runCycle().outcome, Outcome::Installed);
    server->clearHits();

    // One exercise changes; pack.json changes too, since the version must grow.
    std::string text = readText(source / "exercises/cat-cow.json");
    text.replace(text.find("Kneel"), 5, "Start");
    writeSource("exercises/cat-cow.json", text);
    setSourceVersion(2);
    publish();

    CycleReport r = runCycle();
    ASSERT_EQ(r.outcome, Outcome::Installed) << r.message;
    EXPECT_EQ(r.filesDownloaded, 2u);
    EXPECT_EQ(r.filesReused, 3u);
    EXPECT_EQ(server->countHits("blobs/"), 2);
    const std::size_t expectedBytes =
        fs::file_size(source / "exercises/cat-cow.json") + fs::file_size(source / "pack.json");
    EXPECT_EQ(server->bytesSent("blobs/"), expectedBytes);
    EXPECT_EQ(verifiedVersion(), 2);
    EXPECT_NE(installedText("exercises/cat-cow.json").find("Start on hands"), std::string::npos);

    // The old version stays as last-known-good; nothing older is kept.
    PackStore store(stateDir);
    ASSERT_TRUE(store.previous().has_value());
    EXPECT_EQ(store.previous()->manifest.version, 1);
}

TEST_F(UpdateFixture, UnchangedManifestIsAnswered304WithTheSavedEtag) {
    setSourceVersion(1);
    publish();
    ASSERT_EQ(runCycle().outcome, Outcome::Installed);
    server->clearHits();

    CycleReport r = runCycle();
    EXPECT_EQ(r.outcome, Outcome::NotModified) << r.message;
    auto hits = server->hits();
    ASSERT_EQ(hits.size(), 1u);  // the manifest only, no blob
    EXPECT_EQ(hits[0].path, "manifest.json");
    EXPECT_FALSE(hits[0].ifNoneMatch.empty());
    EXPECT_EQ(hits[0].status, 304);
    EXPECT_EQ(hits[0].bytes, 0u);

    // A new publication changes the ETag: the next check fetches and installs it.
    setSourceVersion(2);
    publish();
    EXPECT_EQ(runCycle().outcome, Outcome::Installed);
}

TEST_F(UpdateFixture, PublishingTheSameVersionAgainIsUpToDate) {
    setSourceVersion(3);
    publish();
    ASSERT_EQ(runCycle().outcome, Outcome::Installed);
    fs::remove(stateDir / "http-validators.json");  // force a full manifest fetch
    EXPECT_EQ(runCycle().outcome, Outcome::UpToDate);
}

}  // namespace
}  // namespace mc::test
