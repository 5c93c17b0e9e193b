#pragma once
// An invariant a fuzz target asserts: a violation aborts, so libFuzzer saves the input
// as a crash (and the replay test fails) exactly as for a memory error.
#include <cstdio>
#include <cstdlib>

#define MC_FUZZ_CHECK(condition, what)                                                          \
    do {                                                                                        \
        if (!(condition)) {                                                                     \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, (what)); \
            std::abort();                                                                       \
        }                                                                                       \
    } while (false)
