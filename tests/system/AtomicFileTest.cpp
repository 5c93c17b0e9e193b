#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "platform/system/AtomicFile.h"

namespace mc {
namespace {

class AtomicFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() / ("mc-system-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    size_t entries() const {
        return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(dir_), {}));
    }
    std::filesystem::path dir_;
};

TEST_F(AtomicFile, WritesReplacesAndLeavesNoTemporaryFile) {
    const auto path = dir_ / "progress.json";
    ASSERT_TRUE(writeFileAtomically(path, "first").ok());
    EXPECT_EQ(*readTextFile(path), "first");
    const std::string big(1 << 20, 'x');
    ASSERT_TRUE(writeFileAtomically(path, big).ok());
    EXPECT_EQ(*readTextFile(path), big);
    EXPECT_EQ(entries(), 1u);
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0644u);
}

TEST_F(AtomicFile, ReplacingKeepsOtherHardLinksOnTheOldContent) {
    // Proof that the target is replaced by rename, not rewritten in place: a reader that
    // opened the old file (here: a second link) still sees complete old content.
    const auto path = dir_ / "state.json";
    ASSERT_TRUE(writeFileAtomically(path, "old").ok());
    std::filesystem::create_hard_link(path, dir_ / "reader-view");
    ASSERT_TRUE(writeFileAtomically(path, "new content").ok());
    EXPECT_EQ(*readTextFile(dir_ / "reader-view"), "old");
    EXPECT_EQ(*readTextFile(path), "new content");
}

TEST_F(AtomicFile, ErrorsNameThePath) {
    const auto missingDir = dir_ / "no-such-dir" / "file";
    const Status written = writeFileAtomically(missingDir, "x");
    ASSERT_FALSE(written.ok());
    EXPECT_THAT(written.error().message, ::testing::HasSubstr((dir_ / "no-such-dir").string()));
    const auto read = readTextFile(dir_ / "absent");
    ASSERT_FALSE(read.ok());
    EXPECT_THAT(read.error().message, ::testing::HasSubstr("absent"));
    EXPECT_FALSE(readTextFile(dir_).ok());  // a directory is not a file
}

}  // namespace
}  // namespace mc
