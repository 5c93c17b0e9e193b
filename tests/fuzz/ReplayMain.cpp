// The main of a fuzz target built without libFuzzer (gcc, the normal test build): runs
// LLVMFuzzerTestOneInput once on each file given, or on every file under each folder
// given, so committed crash inputs and seeds are replayed by ctest. A crash or a broken
// invariant aborts, which fails the test with the input's name already printed.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

bool replay(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
        return false;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::fprintf(stderr, "replay: %s (%zu bytes)\n", file.c_str(), bytes.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIR...\n", argv[0]);
        return 2;
    }
    std::size_t count = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg = argv[i];
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            ok = replay(arg) && ok;
            ++count;
            continue;
        }
        std::vector<fs::path> files;
        for (const auto& entry : fs::recursive_directory_iterator(arg, ec)) {
            const bool hidden = entry.path().filename().string().front() == '.';  // .gitkeep
            if (entry.is_regular_file() && !hidden) files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());  // the same order on every run
        for (const auto& file : files) ok = replay(file) && ok;
        count += files.size();
        if (ec) {
            std::fprintf(stderr, "replay: cannot list %s: %s\n", arg.c_str(), ec.message().c_str());
            ok = false;
        }
    }
    std::printf("replayed %zu input(s)\n", count);
    return ok ? 0 : 1;
}
