// `mirrorcoach suggest --profile NAME` run as the real binary on the bundled pack and a
// real history database.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "support/TempDir.h"
#include "platform/store/HistoryStore.h"
#include "platform/store/WallClock.h"

namespace mc {
namespace {
using mc::test_support::TempDir;

struct BinaryRun {
    int status = -1;
    std::string output;
};

BinaryRun run(const std::string& args) {
    std::string command = "'" + std::string(MC_BINARY) + "' " + args + " 2>&1";
    BinaryRun r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return r;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) r.output.append(buffer, n);
    int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

class SuggestCommand : public testing::Test {
protected:
    void SetUp() override {
        std::ofstream(config) << "";  // no [profile.*] unless a test writes one
        auto store = HistoryStore::open(dir.path());
        ASSERT_TRUE(store) << store.error().message;
        Profile anna;
        anna.name = "Anna";
        anna.situation = Situation::Pregnancy;
        anna.trimester = 2;
        anna.equipment = {"chair", "fitball", "pillow"};
        anna.level = Level::Gentle;
        anna.programmeId = "pregnancy-trimesters";
        ASSERT_TRUE(store->saveProfile(anna, wallTimeNow().utcSeconds));
    }
    std::string common() const {
        return "--state-dir '" + dir.path().string() + "' --content '" + std::string(MC_SOURCE_ASSETS) +
               "/pack' --config '" + config + "'";
    }
    TempDir dir;
    std::string config = (dir.path() / "config.toml").string();
};

TEST_F(SuggestCommand, PrintsTodaysProgrammeSessionAndWhatDoesNotSuit) {
    BinaryRun r = run("suggest --profile Anna " + common());
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("Profile: Anna (pregnancy, trimester 2; level gentle"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Programme: pregnancy-trimesters"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Today: week 1, session 1 of"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Why: the next session of the programme (programme-next)"), std::string::npos) << r.output;
    // Something in the bundled pack is not meant for pregnancy, with its reason.
    EXPECT_NE(r.output.find("Not suitable for Anna:"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Pregnancy: "), std::string::npos) << r.output;
}

TEST_F(SuggestCommand, ConfigProfilesAreKnownWithoutHavingRunTheMirror) {
    std::ofstream(config) << "[profile.Ivan]\nsituation = \"strength\"\nlevel = \"intermediate\"\n"
                             "equipment = [\"dumbbells\", \"bar\", \"bench\"]\n";
    BinaryRun r = run("suggest --profile Ivan " + common());
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("Profile: Ivan (strength; level intermediate; equipment: dumbbells, bar, bench)"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("Why: no programme: the suitable routine not done for the longest"), std::string::npos)
        << r.output;
}

TEST_F(SuggestCommand, AnUnknownProfileFailsNamingTheKnownOnes) {
    BinaryRun r = run("suggest --profile Zoe " + common());
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_NE(r.output.find("no profile 'Zoe' (known: Anna)"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace mc
