// Update of a 100 MB pack against a loopback server: the bundled library plus
// 20 images of 5 MiB random bytes (unreferenced images are allowed, see
// docs/content-format.md; 5 MiB stays under the 8 MB image limit). Measures one full
// update cycle (manifest, 100 MB of blobs, validation, install): wall time, throughput
// and how much resident memory the cycle adds at its peak; then a second poll with
// nothing new: the bytes the server sent for it.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <vector>

#include "BenchServer.h"
#include "support/ProcessMemory.h"
#include "platform/files/PackReader.h"
#include "platform/net/HttpClient.h"
#include "platform/packstore/PackPublisher.h"
#include "platform/packstore/PackStore.h"
#include "platform/packstore/UpdateCycle.h"
#include "update/Crypto.h"

namespace mc::bench {
namespace {
namespace fs = std::filesystem;
using test_support::MemoryKb;
using test_support::readMemory;
using test_support::resetPeak;

constexpr int kImages = 20;
constexpr std::size_t kImageBytes = 5u << 20;

// Random bytes written in 64 KB pieces: generating the pack costs no 5 MB buffer.
void writeRandomFile(const fs::path& path, std::size_t bytes, std::mt19937_64& random) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    std::vector<uint64_t> chunk(8192);
    for (std::size_t written = 0; written < bytes;) {
        for (auto& word : chunk) word = random();
        const std::size_t n = std::min(bytes - written, chunk.size() * sizeof(uint64_t));
        out.write(reinterpret_cast<const char*>(chunk.data()), static_cast<std::streamsize>(n));
        written += n;
    }
}

uint64_t folderBytes(const fs::path& dir) {
    uint64_t n = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file()) n += entry.file_size();
    return n;
}

// The source pack, published once per process; every benchmark run installs it afresh.
struct Publication {
    fs::path work, pubDir;
    KeyPair key;
    uint64_t packBytes = 0;
    std::string error;
    ~Publication() {
        std::error_code ec;
        if (!work.empty()) fs::remove_all(work, ec);
    }
};

void publishBigPack(Publication& p) {
    p.work = fs::temp_directory_path() / ("mc-bench-update-" + std::to_string(::getpid()));
    fs::remove_all(p.work);
    const fs::path source = p.work / "src";
    p.pubDir = p.work / "pub";
    fs::create_directories(p.pubDir);
    fs::copy(fs::path(MC_SOURCE_ASSETS) / "pack", source, fs::copy_options::recursive);
    fs::create_directories(source / "images");
    std::mt19937_64 random(20261125);
    for (int i = 0; i < kImages; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "bench-%02d.png", i);
        writeRandomFile(source / "images" / name, kImageBytes, random);
    }
    p.packBytes = folderBytes(source);
    p.key = generateKeyPair();
    auto check = [](const fs::path& dir) -> Status {
        auto pack = loadValidPack(dir);
        if (!pack) return pack.error();
        return success();
    };
    auto report = publishPack(source, p.key.secretKey, p.pubDir, check);
    if (!report.ok()) p.error = report.error().message;
    fs::remove_all(source);  // only the published blobs are needed from here on
}

const Publication& publication() {
    static Publication p;  // published on first use, read-only after; removed at exit
    if (p.work.empty()) publishBigPack(p);
    return p;
}

void BM_Update100MBPack(benchmark::State& state) {
    const Publication& pub = publication();
    if (!pub.error.empty()) {
        state.SkipWithError(("publishing failed: " + pub.error).c_str());
        return;
    }
    BenchServer server(pub.pubDir);
    CycleSettings settings;
    settings.source.manifestUrl = server.url("manifest.json");
    settings.source.publicKeys = {pub.key.publicKey};

    double seconds = 0, peakExtraMb = 0, rssBeforeMb = 0, noChangeBytes = 0, noChangeRequests = 0, downloaded = 0;
    bool peakResetWorked = true;
    std::string failure;
    int run = 0;
    for (auto _ : state) {
        const fs::path stateDir = pub.work / ("mirror-" + std::to_string(run++));
        PackStore store(stateDir);
        HttpClient http;
        peakResetWorked = resetPeak() && peakResetWorked;
        const MemoryKb before = readMemory();
        const auto start = std::chrono::steady_clock::now();
        CycleReport first = runUpdateCycle(store, http, settings, loadValidPack);
        const auto end = std::chrono::steady_clock::now();
        const MemoryKb after = readMemory();
        seconds = std::chrono::duration<double>(end - start).count();
        state.SetIterationTime(seconds);
        if (first.outcome != CycleReport::Outcome::Installed) failure = "first cycle: " + first.message;
        first.installed.reset();
        downloaded = static_cast<double>(first.bytesDownloaded);
        rssBeforeMb = before.rss / 1024.0;
        peakExtraMb = std::max(peakExtraMb, (after.hwm - before.rss) / 1024.0);

        server.resetCounters();
        CycleReport second = runUpdateCycle(store, http, settings, loadValidPack);
        if (second.outcome != CycleReport::Outcome::NotModified && second.outcome != CycleReport::Outcome::UpToDate)
            failure = "no-change poll: " + second.message;
        noChangeBytes = static_cast<double>(server.bytesSent());
        noChangeRequests = server.requests();
        fs::remove_all(stateDir);
    }
    if (!failure.empty()) state.SkipWithError(failure.c_str());
    if (!peakResetWorked) std::fprintf(stderr, "bench_update: could not reset VmHWM; peak includes setup\n");
    state.SetBytesProcessed(static_cast<int64_t>(downloaded) * state.iterations());
    state.counters["pack_MB"] = pub.packBytes / 1e6;
    state.counters["downloaded_MB"] = downloaded / 1e6;
    state.counters["MBps"] = seconds > 0 ? downloaded / 1e6 / seconds : 0;  // wall clock, not CPU time
    state.counters["rss_before_MB"] = rssBeforeMb;
    state.counters["peak_extra_MB"] = peakExtraMb;
    state.counters["nochange_bytes"] = noChangeBytes;
    state.counters["nochange_requests"] = noChangeRequests;
}
BENCHMARK(BM_Update100MBPack)->Iterations(1)->Repetitions(3)->UseManualTime()->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mc::bench

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
