// The crash model on its own: the classic mistakes it must catch, each in the mode
// meant for it, and the correct sequence it must accept.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "durability/CrashExplorer.h"
#include "platform/durability/DurableFile.h"
#include "support/TextFiles.h"

namespace mc::test {
namespace {
namespace fs = std::filesystem;

using test_support::readText;

class CrashModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        root = fs::temp_directory_path() / ("mc-crash-model-" + std::to_string(::getpid()));
        fs::remove_all(root);
        fs::create_directories(root);
        std::ofstream(root / "state.json") << "old";
    }
    void TearDown() override {
        fs::remove_all(root);
        fs::remove_all(root.string() + "-disk");
    }

    // state.json must read "old" or "new", and "new" once the write returned.
    Exploration explore(const CrashModel& model, const RecordingFileSystem& recording, CrashMode mode) {
        return exploreCrashPoints(model, recording.ops(), mode, root.string() + "-disk",
                                  [](const fs::path& disk, const std::set<std::string>& marks) -> std::string {
                                      const std::string text = readText(disk / "state.json");
                                      if (text != "old" && text != "new") return "state.json reads \"" + text + "\"";
                                      if (marks.count("returned") && text != "new") return "the write was lost";
                                      return "";
                                  });
    }

    fs::path root;
};

TEST_F(CrashModelTest, RenameWithoutDirectoryFsyncIsLostWhenOnlyFsyncedWritesSurvive) {
    CrashModel model(root);
    RecordingFileSystem recording;
    ASSERT_TRUE(recording.writeFile(root / "state.json.tmp", "new", 0644));
    ASSERT_TRUE(recording.syncFile(root / "state.json.tmp"));
    ASSERT_TRUE(recording.rename(root / "state.json.tmp", root / "state.json"));
    recording.mark("returned");
    EXPECT_GT(explore(model, recording, CrashMode::DurableOnly).failureCount, 0);
}

TEST_F(CrashModelTest, RenameBeforeTheBytesAreFsyncedLeavesAnEmptyFileWhenReordered) {
    CrashModel model(root);
    RecordingFileSystem recording;
    ASSERT_TRUE(recording.writeFile(root / "state.json.tmp", "new", 0644));
    ASSERT_TRUE(recording.rename(root / "state.json.tmp", root / "state.json"));
    const Exploration explored = explore(model, recording, CrashMode::Reordered);
    ASSERT_GT(explored.failureCount, 0);
    EXPECT_NE(explored.failures.front().find("reads \"\""), std::string::npos) << explored.failures.front();
}

TEST_F(CrashModelTest, TheDurableSequenceIsAcceptedInBothModes) {
    CrashModel model(root);
    RecordingFileSystem recording;
    ASSERT_TRUE(writeFileDurably(recording, root / "state.json", "new"));
    recording.mark("returned");
    for (CrashMode mode : {CrashMode::DurableOnly, CrashMode::Reordered}) {
        const Exploration explored = explore(model, recording, mode);
        EXPECT_EQ(explored.failureCount, 0) << (explored.failures.empty() ? "" : explored.failures.front());
        EXPECT_EQ(explored.crashPoints, 6);  // before, write, fsync, rename, fsync dir, returned
    }
}

}  // namespace
}  // namespace mc::test
