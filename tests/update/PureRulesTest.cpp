// The pure rules: manifest paths and fields, signatures, the version policy, the
// download plan, the retry schedule and the status line.
#include <gtest/gtest.h>

#include <random>

#include "update/Crypto.h"
#include "update/Manifest.h"
#include "update/RetrySchedule.h"
#include "update/UpdatePlan.h"
#include "update/UpdateStatus.h"

namespace mc {
namespace {

const std::string kHashA(64, 'a'), kHashB(64, 'b'), kHashC(64, 'c');

Manifest sample(int64_t version = 1) {
    Manifest m;
    m.packId = "core";
    m.version = version;
    m.created = "2026-11-25T10:00:00Z";
    m.files = {{"pack.json", 10, kHashA}, {"exercises/a.json", 20, kHashB}};
    return m;
}

TEST(PackPaths, PlainRelativePathsPass) {
    for (const char* ok : {"pack.json", "images/knee-to-chest.png", "a/b/c_d-e.1.json"})
        EXPECT_TRUE(checkPackPath(ok).ok()) << ok;
}

TEST(PackPaths, EscapesAndOddCharactersAreRefused) {
    for (const char* bad : {"", "/etc/passwd", "../x", "a/../b", "a//b", "a/", ".git/config", "a/.hidden",
                            "a\\b", "a b", "caf\xc3\xa9.json", "a:b", "a/b/c/d/e/f/g/h/i"})
        EXPECT_FALSE(checkPackPath(bad).ok()) << bad;
    EXPECT_FALSE(checkPackPath(std::string(201, 'a')).ok());
}

TEST(ManifestFields, ValidationCatchesBadFields) {
    EXPECT_TRUE(validateManifest(sample()).ok());
    Manifest m = sample();
    m.files[1].sha256 = "ABC";
    EXPECT_FALSE(validateManifest(m).ok());
    m = sample();
    m.files.push_back(m.files[1]);
    EXPECT_NE(validateManifest(m).error().message.find("twice"), std::string::npos);
    m = sample();
    m.files.push_back({"exercises/copy.json", 20, kHashB});  // the same content under two names: fine
    EXPECT_TRUE(validateManifest(m).ok());
    m.files.push_back({"exercises/liar.json", 21, kHashB});  // the same hash with another size cannot be
    EXPECT_NE(validateManifest(m).error().message.find("different size"), std::string::npos);
    m = sample();
    m.files.push_back({"exercises/a.json/x", 1, kHashC});
    EXPECT_NE(validateManifest(m).error().message.find("both a file and a folder"), std::string::npos);
    m = sample();
    m.files.erase(m.files.begin());
    EXPECT_NE(validateManifest(m).error().message.find("pack.json"), std::string::npos);
    m = sample(0);
    EXPECT_FALSE(validateManifest(m).ok());
    ManifestLimits small;
    small.maxTotalBytes = 25;
    EXPECT_NE(validateManifest(sample(), small).error().message.find("more than the limit"), std::string::npos);
}

TEST(ManifestSignature, SignedDocumentOpensWithItsKeyOnly) {
    const KeyPair key = generateKeyPair(), other = generateKeyPair();
    const Manifest m = sample(3);
    const std::string doc = manifestDocument(m, *signMessage(canonicalSignedBytes(m), key.secretKey));
    auto opened = openSignedManifest(doc, {other.publicKey, key.publicKey});
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_EQ(opened->version, 3);
    EXPECT_EQ(opened->files, m.files);
    EXPECT_FALSE(openSignedManifest(doc, {other.publicKey}).ok());
    EXPECT_FALSE(openSignedManifest(doc, {}).ok());
    EXPECT_FALSE(openSignedManifest("not json", {key.publicKey}).ok());
    ManifestLimits tiny;
    tiny.maxManifestBytes = 50;
    EXPECT_NE(openSignedManifest(doc, {key.publicKey}, tiny).error().message.find("limit"), std::string::npos);
}

TEST(ManifestSignature, SecretKeyIsNotAcceptedAsPublic) {
    const KeyPair key = generateKeyPair();
    EXPECT_FALSE(signMessage("x", key.publicKey).ok());
    EXPECT_FALSE(signatureValid("x", *signMessage("x", key.secretKey), key.secretKey));
}

TEST(Sha256, StreamingMatchesOneShotAndKnownVector) {
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256Stream s;
    s.update("a", 1);
    s.update("bc", 2);
    EXPECT_EQ(s.finishHex(), sha256Hex("abc"));
}

TEST(VersionPolicy, NewerInstallsOlderAndChangedSameVersionAreRefused) {
    EXPECT_EQ(*judgeVersion(std::nullopt, sample(1)), VersionVerdict::Install);
    EXPECT_EQ(*judgeVersion(sample(1), sample(2)), VersionVerdict::Install);
    EXPECT_EQ(*judgeVersion(sample(2), sample(2)), VersionVerdict::UpToDate);
    EXPECT_NE(judgeVersion(sample(2), sample(1)).error().message.find("downgrade"), std::string::npos);
    Manifest changed = sample(2);
    changed.files[1].sha256 = kHashC;
    EXPECT_FALSE(judgeVersion(sample(2), changed).ok());
}

TEST(UpdatePlanning, OnlyMissingBlobsAreDownloadedOnce) {
    Manifest m = sample(2);
    m.files.push_back({"exercises/copy.json", 20, kHashB});  // same content twice
    m.files.push_back({"routines/r.json", 5, kHashC});
    const UpdatePlan plan = planUpdate(m, {kHashA});
    ASSERT_EQ(plan.downloads.size(), 2u);
    EXPECT_EQ(plan.downloads[0].sha256, kHashB);
    EXPECT_EQ(plan.downloads[1].sha256, kHashC);
    EXPECT_EQ(plan.downloadBytes, 25u);
    EXPECT_EQ(plan.reusedFiles, 1u);
}

TEST(RetryScheduleRules, BackoffDoublesWithinJitterAndIsCapped) {
    RetryPolicy p;
    p.pollInterval = Millis(600000);
    p.firstRetry = Millis(1000);
    p.maxRetry = Millis(60000);
    std::mt19937_64 rng(42);
    for (int failures = 1; failures <= 12; ++failures) {
        const int64_t nominal = std::min<int64_t>(1000LL << std::min(failures - 1, 20), 60000);
        for (int i = 0; i < 50; ++i) {
            const int64_t d = nextCheckDelay(p, failures, rng).count();
            EXPECT_GE(d, nominal / 2) << failures;
            EXPECT_LE(d, nominal) << failures;
        }
    }
    for (int i = 0; i < 50; ++i) {
        const int64_t d = nextCheckDelay(p, 0, rng).count();
        EXPECT_GE(d, 540000);
        EXPECT_LE(d, 660000);
    }
}

TEST(RetryScheduleRules, JitterSpreadsAFleet) {
    RetryPolicy p;
    std::mt19937_64 a(1), b(2);
    EXPECT_NE(nextCheckDelay(p, 3, a), nextCheckDelay(p, 3, b));
    std::mt19937_64 c(1);
    std::mt19937_64 d(1);
    EXPECT_EQ(nextCheckDelay(p, 3, c), nextCheckDelay(p, 3, d));  // same seed, same schedule
}

TEST(StatusLine, SaysWhatIsShownAndWhatHappened) {
    UpdateStatus s;
    s.contentVersion = "7";
    s.state = UpdateStatus::State::UpToDate;
    EXPECT_EQ(statusLine(s), "Content v7 \u00b7 up to date");
    s.state = UpdateStatus::State::Updating;
    EXPECT_EQ(statusLine(s), "Content v7 \u00b7 updating\u2026");
    s.state = UpdateStatus::State::Failed;
    s.failedAt = "14:05";
    s.reason = "server did not answer";
    EXPECT_EQ(statusLine(s), "Content v7 \u00b7 last check failed at 14:05 \u2014 server did not answer");
    s.contentVersion.clear();
    s.state = UpdateStatus::State::Disabled;
    EXPECT_EQ(statusLine(s), "Content bundled");
}

// On a Russian mirror the line is all Russian: the updater's English reason is left out.
TEST(StatusLine, SpeaksTheScreensLanguage) {
    const Locale& ru = localeFor("ru");
    UpdateStatus s;
    s.contentVersion = "7";
    s.state = UpdateStatus::State::UpToDate;
    EXPECT_EQ(statusLine(s, ru), "Упражнения, версия 7 \u00b7 версия актуальна");
    s.updateReady = true;
    EXPECT_EQ(statusLine(s, ru), "Упражнения, версия 7 \u00b7 готова новая версия");
    s.state = UpdateStatus::State::Failed;
    s.failedAt = "14:05";
    s.reason = "server did not answer";
    EXPECT_EQ(statusLine(s, ru), "Упражнения, версия 7 \u00b7 проверка в 14:05 не удалась");
    s.contentVersion.clear();
    s.state = UpdateStatus::State::NotChecked;
    EXPECT_EQ(statusLine(s, ru), "Встроенные упражнения \u00b7 обновления ещё не проверялись");
}

}  // namespace
}  // namespace mc
