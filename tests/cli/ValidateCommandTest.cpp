// `mirrorcoach validate PATH` as a person runs it: the real binary in a child process.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace mc {
namespace {

struct ChildRun {
    int status = -1;
    std::string output;  // stdout and stderr
};

ChildRun runBinary(const std::string& arguments) {
    ChildRun run;
    std::string command = std::string("'") + MC_BINARY + "' " + arguments + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return run;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.output.append(buffer.data(), n);
    int raw = pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}

const std::string kFixtures = MC_TEST_FIXTURES;

TEST(ValidateCommand, AValidPackExitsZeroWithASummary) {
    std::string path = kFixtures + "/valid/complete";
    ChildRun run = runBinary("validate '" + path + "'");
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_EQ(run.output, path + ": valid pack \"fixture-pack\" version 3 (format 1): 2 exercises, 1 routine\n");
}

TEST(ValidateCommand, ABrokenPackListsEveryProblemAndExitsOne) {
    std::string path = kFixtures + "/broken/many-defects";
    ChildRun run = runBinary("validate '" + path + "'");
    EXPECT_EQ(run.status, 1) << run.output;
    EXPECT_EQ(run.output,
              path +
                  "/pack.json:4: /version: the pack version must be a positive whole number, found a string "
                  "(hint: use 1 for the first publication and raise it by one with each new one)\n" +
                  path +
                  "/exercises/cat-cow.json:6: /category: unknown category \"mobilty\" (hint: did you mean "
                  "\"mobility\"? use one of: stretch, strength, mobility, relaxation)\n" +
                  path +
                  "/exercises/knee-to-chest.json:7: /sided: expected true or false, found a number (hint: "
                  "write true or false without quotes)\n" +
                  path +
                  "/routines/gentle.json:11: /items/0/reps: reps is 0; allowed: 1 to 100 (hint: repetitions "
                  "per set: 1 to 100, e.g. 10)\n" +
                  path +
                  "/routines/gentle.json:12: /items/1/sets: sets is 0; allowed: 1 to 10 (hint: sets: 1 to 10, "
                  "e.g. 2)\n" +
                  path + ": invalid pack: 5 problems\n");
}

TEST(ValidateCommand, AMissingFolderExitsOneWithOneClearLinePlusSummary) {
    ChildRun run = runBinary("validate /nonexistent/pack");
    EXPECT_EQ(run.status, 1) << run.output;
    EXPECT_EQ(run.output,
              "content folder /nonexistent/pack does not exist (hint: pass the folder that holds pack.json, e.g. "
              "assets/pack)\n/nonexistent/pack: invalid pack: 1 problem\n");
}

TEST(ValidateCommand, HelpDescribesTheCommand) {
    ChildRun run = runBinary("validate --help");
    EXPECT_EQ(run.status, 0) << run.output;
    EXPECT_NE(run.output.find("PATH"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("Exit status: 0 when the pack is valid, 1 when it has problems"), std::string::npos);
}

TEST(ValidateCommand, WithoutAPathItFailsWithUsage) {
    ChildRun run = runBinary("validate");
    EXPECT_NE(run.status, 0);
    EXPECT_NE(run.output.find("PATH"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace mc
