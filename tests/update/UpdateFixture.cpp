#include "update/UpdateFixture.h"

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "platform/files/PackReader.h"
#include "platform/packstore/PackPublisher.h"

namespace mc::test {
namespace fs = std::filesystem;

void UpdateFixture::SetUp() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    work = fs::temp_directory_path() /
           ("mc-update-" + std::to_string(::getpid()) + "-" + info->test_suite_name() + "-" + info->name());
    fs::remove_all(work);
    source = work / "src";
    pubDir = work / "pub";
    stateDir = work / "mirror";
    fs::create_directories(pubDir);
    fs::copy(fs::path(MC_TEST_FIXTURES) / "valid" / "complete", source, fs::copy_options::recursive);
    key = generateKeyPair();
    server = std::make_unique<TestServer>(pubDir);
    settings.source.manifestUrl = server->url("manifest.json");
    settings.source.publicKeys = {key.publicKey};
}

void UpdateFixture::TearDown() {
    server.reset();
    std::error_code ec;
    fs::remove_all(work, ec);
}

void UpdateFixture::setSourceVersion(int version) {
    auto doc = nlohmann::json::parse(readText(source / "pack.json"));
    doc["version"] = version;
    writeText(source / "pack.json", doc.dump(2));
}

void UpdateFixture::writeSource(const std::string& path, const std::string& text) { writeText(source / path, text); }

void UpdateFixture::publish() {
    auto check = [](const fs::path& dir) -> Status {
        auto pack = loadValidPack(dir);
        if (!pack) return pack.error();
        return success();
    };
    auto report = publishPack(source, key.secretKey, pubDir, check);
    ASSERT_TRUE(report.ok()) << report.error().message;
}

void UpdateFixture::publishUnchecked() {
    auto report = publishPack(source, key.secretKey, pubDir, nullptr);
    ASSERT_TRUE(report.ok()) << report.error().message;
}

void UpdateFixture::resign(const std::string& signedJson, const std::string& secretKey) {
    auto part = nlohmann::json::parse(signedJson);
    auto signature = signMessage(part.dump(), secretKey);
    ASSERT_TRUE(signature.ok());
    nlohmann::json doc = {{"signed", part}, {"signature", {{"algorithm", "ed25519"}, {"value", *signature}}}};
    writeText(pubDir / "manifest.json", doc.dump(2));
}

CycleReport UpdateFixture::runCycle(const HttpOptions& options) {
    PackStore store(stateDir);
    HttpClient http(options);
    return runUpdateCycle(store, http, settings, loadValidPack);
}

int64_t UpdateFixture::verifiedVersion() {
    PackStore store(stateDir);
    auto v = store.openVerified({key.publicKey});
    return v ? v->manifest.version : -1;
}

std::string UpdateFixture::installedText(const std::string& path) {
    PackStore store(stateDir);
    auto v = store.current();
    return v ? readText(v->packDir / path) : std::string();
}

}  // namespace mc::test
