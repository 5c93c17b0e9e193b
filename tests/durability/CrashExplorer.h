#pragma once
// Replays a recorded operation sequence into a CrashModel and, at every crash point
// (before the first operation and after each one), writes out each disk a power cut
// could leave and asks `check` whether the mirror would be fine starting from it.
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "durability/CrashModel.h"

namespace mc::test {

// The disk (laid out like the recorded root) and the marks passed before the cut;
// returns "" when all is well, else what is wrong.
using DiskCheck = std::function<std::string(const std::filesystem::path& disk, const std::set<std::string>& marks)>;

struct Exploration {
    int crashPoints = 0;
    int states = 0;  // disks a cut could leave, counted at every crash point
    int disks = 0;   // distinct ones among them (with the marks passed), each checked
    std::vector<std::string> failures;  // the first few, with the operation and the disk
    int failureCount = 0;
};

Exploration exploreCrashPoints(CrashModel model, const std::vector<FileOp>& ops, CrashMode mode,
                               const std::filesystem::path& scratch, const DiskCheck& check);

// One line per scenario for the test log: crash points, states, distinct disks checked.
void reportExploration(const std::string& scenario, CrashMode mode, const Exploration& explored);

}  // namespace mc::test
