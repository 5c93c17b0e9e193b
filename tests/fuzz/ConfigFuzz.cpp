// fuzz_config: any text as /etc/mirrorcoach/config.toml. Besides not crashing, whatever
// the parser makes of it must survive formatConfig unchanged: the formatted text parses
// back, without a single problem, to the same Config (what `config print-default` and the
// round-trip tests rely on).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "FuzzCheck.h"
#include "config/ConfigLoad.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace mc;
    const ConfigLoad load = parseConfig(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml");
    for (const ConfigProblem& problem : load.problems) {
        MC_FUZZ_CHECK(!problem.message.empty(), "every problem says what is wrong");
        (void)problem.describe();
    }
    const std::string formatted = formatConfig(load.config);
    const ConfigLoad again = parseConfig(formatted, "formatted.toml");
    if (!again.problems.empty()) {
        std::fprintf(stderr, "formatted config:\n%s\nfirst problem: %s\n", formatted.c_str(),
                     again.problems.front().describe().c_str());
    }
    MC_FUZZ_CHECK(again.problems.empty(), "the formatted config parses without problems");
    MC_FUZZ_CHECK(again.config == load.config, "the formatted config parses to the same config");
    return 0;
}
