// The durable-file layer on the real file system: what a caller sees (the crash points
// themselves are replayed in CrashPointTest.cpp).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "platform/durability/DurableFile.h"
#include "platform/durability/FileReading.h"
#include "support/TempDir.h"

namespace mc {
namespace {

class DurableFile : public ::testing::Test {
protected:
    size_t entries() const {
        return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(dir_), {}));
    }
    test_support::TempDir temp_;
    const std::filesystem::path& dir_ = temp_.path();
};

TEST_F(DurableFile, WritesReplacesAndLeavesNoTemporaryFile) {
    const auto path = dir_ / "progress.json";
    ASSERT_TRUE(writeFileDurably(path, "first").ok());
    EXPECT_EQ(*readWholeFile(path), "first");
    const std::string big(1 << 20, 'x');
    ASSERT_TRUE(writeFileDurably(path, big).ok());
    EXPECT_EQ(*readWholeFile(path), big);
    EXPECT_EQ(entries(), 1u);
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0644u);
}

TEST_F(DurableFile, ReplacingKeepsOtherHardLinksOnTheOldContent) {
    // Proof that the target is replaced by rename, not rewritten in place: a reader that
    // opened the old file (here: a second link) still sees complete old content.
    const auto path = dir_ / "state.json";
    ASSERT_TRUE(writeFileDurably(path, "old").ok());
    std::filesystem::create_hard_link(path, dir_ / "reader-view");
    ASSERT_TRUE(writeFileDurably(path, "new content").ok());
    EXPECT_EQ(*readWholeFile(dir_ / "reader-view"), "old");
    EXPECT_EQ(*readWholeFile(path), "new content");
}

TEST_F(DurableFile, ErrorsNameThePath) {
    const auto missingDir = dir_ / "no-such-dir" / "file";
    const Status written = writeFileDurably(missingDir, "x");
    ASSERT_FALSE(written.ok());
    EXPECT_THAT(written.error().message, ::testing::HasSubstr((dir_ / "no-such-dir").string()));
    const auto read = readWholeFile(dir_ / "absent");
    ASSERT_FALSE(read.ok());
    EXPECT_THAT(read.error().message, ::testing::HasSubstr("absent"));
    EXPECT_FALSE(readWholeFile(dir_).ok());  // a directory is not a file
}

TEST_F(DurableFile, SecretFilesAreNeverReadableByOthers) {
    // A leftover temporary file with wider permissions must not leak them to the new file.
    const auto path = dir_ / "mirrorcoach.key";
    ASSERT_TRUE(writeFileDurably(dir_ / ".mirrorcoach.key.tmp", "stale", 0644).ok());
    ASSERT_TRUE(writeFileDurably(path, "secret", 0600).ok());
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

TEST_F(DurableFile, DirectoriesAreMadeLevelByLevel) {
    const auto deep = dir_ / "a" / "b" / "c";
    ASSERT_TRUE(makeDirectoriesDurably(deep).ok());
    EXPECT_TRUE(std::filesystem::is_directory(deep));
    ASSERT_TRUE(makeDirectoriesDurably(deep).ok());  // already there: fine
    ASSERT_TRUE(writeFileDurably(dir_ / "file", "x").ok());
    EXPECT_FALSE(makeDirectoriesDurably(dir_ / "file" / "sub").ok());
}

TEST_F(DurableFile, SymlinkSwitchReplacesThePointerInOneStep) {
    std::filesystem::create_directories(dir_ / "v1");
    std::filesystem::create_directories(dir_ / "v2");
    ASSERT_TRUE(switchSymlinkDurably(realFileSystem(), dir_ / "current", "v1").ok());
    EXPECT_EQ(std::filesystem::read_symlink(dir_ / "current"), "v1");
    ASSERT_TRUE(switchSymlinkDurably(realFileSystem(), dir_ / "current", "v2").ok());
    EXPECT_EQ(std::filesystem::read_symlink(dir_ / "current"), "v2");
    EXPECT_EQ(entries(), 3u);  // v1, v2, current: no temporary link left
}

}  // namespace
}  // namespace mc
