// bench_process RUNS -- COMMAND [ARGS...]
// Runs COMMAND RUNS times in a row and prints, per run and in summary, the wall time
// from fork to exit and the child's peak resident memory (ru_maxrss from wait4), so
// ./deploy/bench.sh needs neither GNU time nor a shell's `time`.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 4 || std::string(argv[2]) != "--") {
        std::fprintf(stderr, "usage: bench_process RUNS -- COMMAND [ARGS...]\n");
        return 2;
    }
    const int runs = std::max(1, std::atoi(argv[1]));
    std::vector<double> wallMs;
    long peakKb = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const pid_t child = fork();
        if (child == 0) {
            execvp(argv[3], argv + 3);
            std::perror("bench_process: exec");
            _exit(127);
        }
        if (child < 0) {
            std::perror("bench_process: fork");
            return 1;
        }
        int status = 0;
        rusage usage{};
        if (wait4(child, &status, 0, &usage) < 0) {
            std::perror("bench_process: wait4");
            return 1;
        }
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "bench_process: run %d failed (status %d)\n", i + 1, status);
            return 1;
        }
        wallMs.push_back(ms);
        peakKb = std::max(peakKb, usage.ru_maxrss);  // kilobytes on Linux
        std::fprintf(stderr, "run %d: %.1f ms, peak RSS %ld KB\n", i + 1, ms, usage.ru_maxrss);
    }
    std::sort(wallMs.begin(), wallMs.end());
    const double median = wallMs.size() % 2 ? wallMs[wallMs.size() / 2]
                                            : (wallMs[wallMs.size() / 2 - 1] + wallMs[wallMs.size() / 2]) / 2;
    // One machine-readable line for the script.
    std::printf("median_ms=%.1f min_ms=%.1f max_ms=%.1f peak_rss_kb=%ld runs=%d\n", median, wallMs.front(),
                wallMs.back(), peakKb, runs);
    return 0;
}
