#pragma once
// A publisher and a mirror in temporary folders, with a test server in between:
// what every updater test starts from.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "platform/net/HttpClient.h"
#include "platform/packstore/PackStore.h"
#include "platform/packstore/UpdateCycle.h"
#include "update/Crypto.h"
#include "support/TestServer.h"
#include "support/TextFiles.h"

namespace mc::test {

class UpdateFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // The source pack (a copy of tests/fixtures/valid/complete) with its version set.
    void setSourceVersion(int version);
    void writeSource(const std::string& path, const std::string& text);
    // Signs and publishes the source into pubDir (with the real validator).
    void publish();
    // Publishes without validating (for "invalid content in a signed pack").
    void publishUnchecked();
    // Re-signs pubDir/manifest.json after a test edited its "signed" part.
    void resign(const std::string& signedJson, const std::string& secretKey);

    CycleReport runCycle(const HttpOptions& options = {});
    // The store's current version verified by hash, or -1.
    int64_t verifiedVersion();
    std::string installedText(const std::string& path);

    std::filesystem::path work, source, pubDir, stateDir;
    KeyPair key;
    std::unique_ptr<TestServer> server;
    CycleSettings settings;
};

using test_support::readText;
using test_support::writeText;

}  // namespace mc::test
