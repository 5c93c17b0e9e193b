#include "durability/CrashExplorer.h"

#include <cstdio>

namespace mc::test {
namespace fs = std::filesystem;

Exploration exploreCrashPoints(CrashModel model, const std::vector<FileOp>& ops, CrashMode mode,
                               const fs::path& scratch, const DiskCheck& check) {
    Exploration explored;
    std::set<std::string> marks;
    std::set<std::string> checked;
    auto cutHere = [&](const std::string& after) {
        ++explored.crashPoints;
        for (const CrashState& state : model.crashStates(mode)) {
            ++explored.states;
            std::string key = model.fingerprint(state);
            for (const auto& mark : marks) key += "mark " + mark + "\n";
            if (!checked.insert(std::move(key)).second) continue;  // the same disk was judged already
            ++explored.disks;
            fs::remove_all(scratch);
            model.materialise(state, scratch);
            const std::string wrong = check(scratch, marks);
            if (wrong.empty()) continue;
            if (++explored.failureCount <= 5)
                explored.failures.push_back("cut after " + after + "; disk: " + state.description + ": " + wrong);
        }
    };
    cutHere("nothing");
    for (std::size_t i = 0; i < ops.size(); ++i) {
        model.apply(ops[i]);
        // A mark changes no disk but what is expected of it: a cut just after a call
        // returned must keep what the call wrote.
        if (ops[i].kind == FileOp::Kind::Mark) marks.insert(ops[i].bytes);
        cutHere("#" + std::to_string(i) + " " + describe(ops[i]));
    }
    fs::remove_all(scratch);
    return explored;
}

void reportExploration(const std::string& scenario, CrashMode mode, const Exploration& explored) {
    std::printf("[ crash points ] %s, %s: %d crash points, %d crash states, %d distinct disks checked, %d bad\n",
                scenario.c_str(),
                mode == CrashMode::DurableOnly ? "only fsynced writes survive" : "un-fsynced renames reordered",
                explored.crashPoints, explored.states, explored.disks, explored.failureCount);
    std::fflush(stdout);
}

}  // namespace mc::test
