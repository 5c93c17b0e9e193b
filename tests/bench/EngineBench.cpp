// The engine's and the validator's share of start-up: expanding every bundled routine
// into its timeline, and reading + validating the whole bundled library.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>

#include "core/Timeline.h"
#include "platform/files/PackReader.h"

namespace mc::bench {
namespace {

const std::filesystem::path kBundledPack = std::filesystem::path(MC_SOURCE_ASSETS) / "pack";

void BM_ExpandWholeLibrary(benchmark::State& state) {
    auto pack = loadValidPack(kBundledPack);
    if (!pack) {
        state.SkipWithError(pack.error().message.c_str());
        return;
    }
    std::size_t phases = 0;
    for (auto _ : state) {
        phases = 0;
        for (const Routine& routine : pack->routines) {
            Timeline timeline = expandRoutine(routine, *pack);
            phases += timeline.phases.size();
            benchmark::DoNotOptimize(timeline);
        }
    }
    state.counters["routines"] = static_cast<double>(pack->routines.size());
    state.counters["phases"] = static_cast<double>(phases);
}
BENCHMARK(BM_ExpandWholeLibrary)->Unit(benchmark::kMillisecond);

void BM_ValidateWholeLibrary(benchmark::State& state) {
    std::size_t exercises = 0;
    for (auto _ : state) {
        PackLoad load = loadPack(kBundledPack);
        if (!load.ok()) {
            state.SkipWithError("the bundled pack does not validate");
            return;
        }
        exercises = load.pack->exercises.size();
        benchmark::DoNotOptimize(load);
    }
    state.counters["exercises"] = static_cast<double>(exercises);
}
BENCHMARK(BM_ValidateWholeLibrary)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mc::bench

BENCHMARK_MAIN();
