// The HTTP client's own limits, against the loopback server.
#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "platform/net/HttpClient.h"
#include "update/Crypto.h"
#include "support/TestServer.h"
#include "update/UpdateFixture.h"

namespace mc::test {
namespace {
namespace fs = std::filesystem;

class HttpClientTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("mc-http-" + std::to_string(::getpid()));
        fs::create_directories(dir / "blobs");
        payload = std::string(200000, 'p');
        writeText(dir / "blobs" / "file", payload);
        server = std::make_unique<TestServer>(dir);
    }
    void TearDown() override {
        server.reset();
        fs::remove_all(dir);
    }
    fs::path dir;
    std::string payload;
    std::unique_ptr<TestServer> server;
};

TEST_F(HttpClientTest, RedirectsAreLimited) {
    HttpClient http;
    auto r = http.get(server->url("loop/x"), {}, 1000);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("edirect"), std::string::npos) << r.error().message;
    EXPECT_EQ(server->countHits("loop/"), 4);  // the request and 3 redirects
}

TEST_F(HttpClientTest, MissingFileIsAnHttpError) {
    HttpClient http;
    auto r = http.get(server->url("nothing-here"), {}, 1000);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(http.lastFailure(), HttpFailure::HttpStatus);
    EXPECT_NE(r.error().message.find("404"), std::string::npos);
}

TEST_F(HttpClientTest, ManifestSizeLimitStopsTheBody) {
    HttpClient http;
    auto r = http.get(server->url("blobs/file"), {}, 1000);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(http.lastFailure(), HttpFailure::TooLarge);
}

TEST_F(HttpClientTest, ResumedDownloadHashesTheWholeFile) {
    HttpClient http;
    const fs::path part = dir / "file.part";
    writeText(part, payload.substr(0, 12345));  // what an earlier, dropped attempt left
    auto r = http.download(server->url("blobs/file"), part, payload.size());
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->resumed);
    EXPECT_EQ(r->bytesReceived, payload.size() - 12345);
    EXPECT_EQ(r->sha256, sha256Hex(payload));
    EXPECT_EQ(readText(part), payload);
    EXPECT_EQ(server->hits().back().range, "bytes=12345-");
}

TEST_F(HttpClientTest, UnreachableServerFailsFast) {
    HttpClient http;
    const std::string url = server->url("x");
    server.reset();  // nobody listens on that port any more
    auto r = http.get(url, {}, 1000);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(http.lastFailure(), HttpFailure::Transport);
}

}  // namespace
}  // namespace mc::test
