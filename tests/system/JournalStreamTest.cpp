// Telling the journal from a terminal: $JOURNAL_STREAM must name the very stream on fd 2.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>

#include "platform/system/JournalStream.h"

namespace mc {
namespace {

TEST(JournalStream, MatchesOnlyTheSameDeviceAndInode) {
    const StreamIdentity stream{8, 1234};
    EXPECT_TRUE(isJournalStream("8:1234", stream));
    EXPECT_FALSE(isJournalStream("8:1235", stream));   // another socket of the journal
    EXPECT_FALSE(isJournalStream("9:1234", stream));
    EXPECT_FALSE(isJournalStream("", stream));         // not started by systemd
    EXPECT_FALSE(isJournalStream("8:1234", std::nullopt));  // fd 2 closed
    const auto max = std::numeric_limits<std::uint64_t>::max();
    EXPECT_TRUE(isJournalStream(std::to_string(max) + ":" + std::to_string(max), StreamIdentity{max, max}));
}

TEST(JournalStream, MalformedValuesAreNotTheJournal) {
    const StreamIdentity zero{0, 0};
    for (const char* value : {":", "0:", ":0", "0", "0:0:0", "0:0x", " 0:0", "-0:0", "a:b", "0;0"}) {
        EXPECT_FALSE(isJournalStream(value, zero)) << value;
    }
    EXPECT_TRUE(isJournalStream("0:0", zero));
}

TEST(JournalStream, IdentityOfARealDescriptor) {
    const auto path = std::filesystem::temp_directory_path() / ("mc-journal-" + std::to_string(::getpid()));
    const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0600);
    ASSERT_GE(fd, 0);
    const auto identity = streamIdentity(fd);
    ::close(fd);
    ASSERT_TRUE(identity);
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(*identity, (StreamIdentity{static_cast<std::uint64_t>(info.st_dev),
                                         static_cast<std::uint64_t>(info.st_ino)}));
    std::filesystem::remove(path);
    EXPECT_FALSE(streamIdentity(-1));
}

// The sink the shell installs: priorities only when $JOURNAL_STREAM names our real stderr.
TEST(JournalStream, StderrSinkFollowsTheVariable) {
    const char* saved = std::getenv("JOURNAL_STREAM");
    const std::optional<std::string> previous = saved ? std::optional<std::string>(saved) : std::nullopt;
    const auto stderrIdentity = streamIdentity(2);
    ASSERT_TRUE(stderrIdentity);

    ::unsetenv("JOURNAL_STREAM");
    EXPECT_FALSE(stderrLogSink().journalPriorities);
    const std::string same = std::to_string(stderrIdentity->device) + ":" + std::to_string(stderrIdentity->inode);
    ::setenv("JOURNAL_STREAM", same.c_str(), 1);
    EXPECT_TRUE(stderrLogSink().journalPriorities);
    const std::string other = std::to_string(stderrIdentity->device) + ":" + std::to_string(stderrIdentity->inode + 1);
    ::setenv("JOURNAL_STREAM", other.c_str(), 1);
    EXPECT_FALSE(stderrLogSink().journalPriorities);
    EXPECT_FALSE(stderrLogSink().write);  // plain stderr either way

    if (previous) {
        ::setenv("JOURNAL_STREAM", previous->c_str(), 1);
    } else {
        ::unsetenv("JOURNAL_STREAM");
    }
}

}  // namespace
}  // namespace mc
