// fuzz_seeds REPO_ROOT OUT_DIR: writes the seed corpora of the three fuzz targets into
// OUT_DIR/content, OUT_DIR/config and OUT_DIR/manifest, made from what the repository
// already holds (the bundled pack, the test fixtures, the config example and tests), so no
// copy of them is committed. deploy/fuzz.sh runs it before fuzzing; ctest replays its
// output through the targets so every seed is known to pass.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "FuzzKey.h"
#include "PackSplit.h"
#include "TypeSwaps.h"
#include "config/ConfigLoad.h"
#include "content/PackParser.h"
#include "platform/files/PackReader.h"
#include "update/Crypto.h"
#include "update/Manifest.h"

namespace {

namespace fs = std::filesystem;
using namespace mc;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

class SeedWriter {
public:
    explicit SeedWriter(fs::path dir) : dir_(std::move(dir)) { fs::create_directories(dir_); }
    void write(const std::string& name, const std::string& bytes) {
        std::ofstream(dir_ / name, std::ios::binary) << bytes;
        ++count_;
    }
    std::size_t count() const { return count_; }

private:
    fs::path dir_;
    std::size_t count_ = 0;
};

std::vector<fs::path> subfolders(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_directory()) out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

// A seed that splits into another pack than it was made from would fuzz the wrong thing.
std::string packSeed(const PackSource& source, const std::string& name) {
    std::string input = fuzz::joinPackInput(source);
    const PackSource back = fuzz::splitPackInput(input);
    if (back.jsonTexts != source.jsonTexts || back.otherFiles != source.otherFiles)
        throw std::runtime_error("seed " + name + " does not split back into the pack it was made from");
    return input;
}

// The bundled pack is too big for one quick input (~450 KB): one seed per routine with
// only the exercises it names (and their easier/harder variants, so the seed stays a
// valid pack), one per programme with its routines, and one per exercise no routine names.
void bundledPackSeeds(const fs::path& packDir, SeedWriter& out) {
    const PackRead read = readPackFolder(packDir);
    const PackParse parse = parsePack(read.source);
    std::set<std::string> used;
    auto copy = [&](PackSource& part, const std::string& path) {
        if (auto it = read.source.jsonTexts.find(path); it != read.source.jsonTexts.end())
            part.jsonTexts[path] = it->second;
    };
    auto addExercise = [&](PackSource& part, const std::string& id) {
        const Exercise* exercise = parse.pack.exercise(id);
        for (const std::string& each : {id, exercise ? exercise->easier : "", exercise ? exercise->harder : ""}) {
            if (each.empty()) continue;
            copy(part, "exercises/" + each + ".json");
            used.insert(each);
            if (const Exercise* e = parse.pack.exercise(each); e && !e->image.empty()) part.otherFiles.insert(e->image);
        }
    };
    auto addRoutine = [&](PackSource& part, const Routine& routine) {
        copy(part, "routines/" + routine.id + ".json");
        for (const RoutineItem& item : routine.items) addExercise(part, item.exercise);
    };
    auto base = [&] {
        PackSource part;
        part.jsonTexts["pack.json"] = read.source.jsonTexts.at("pack.json");
        return part;
    };
    for (const Routine& routine : parse.pack.routines) {
        PackSource part = base();
        addRoutine(part, routine);
        out.write("bundled-routine-" + routine.id, packSeed(part, routine.id));
    }
    for (const Programme& programme : parse.pack.programmes) {
        PackSource part = base();
        copy(part, "programmes/" + programme.id + ".json");
        for (const ProgrammeStage& stage : programme.stages)
            for (const std::string& id : stage.routines)
                if (const Routine* routine = parse.pack.routine(id)) addRoutine(part, *routine);
        out.write("bundled-programme-" + programme.id, packSeed(part, programme.id));
    }
    for (const Exercise& exercise : parse.pack.exercises) {
        if (used.count(exercise.id)) continue;
        PackSource part = base();
        addExercise(part, exercise.id);
        out.write("bundled-exercise-" + exercise.id, packSeed(part, exercise.id));
    }
}

// The small valid fixture with one value of one file swapped for another type.
void typeSwapSeeds(const fs::path& packDir, SeedWriter& out) {
    const PackSource source = readPackFolder(packDir).source;
    for (const auto& [path, text] : source.jsonTexts) {
        int index = 0;
        for (const nlohmann::json& changed : fuzz::typeSwaps(nlohmann::json::parse(text))) {
            PackSource part = source;
            part.jsonTexts[path] = changed.dump(2);
            std::string name = "swap-" + path + "-" + std::to_string(index++);
            std::replace(name.begin(), name.end(), '/', '-');
            out.write(name, packSeed(part, name));
        }
    }
}

void contentSeeds(const fs::path& root, SeedWriter& out) {
    bundledPackSeeds(root / "assets/pack", out);
    typeSwapSeeds(root / "tests/fixtures/valid/complete", out);
    for (const char* kind : {"valid", "broken"}) {
        for (const fs::path& dir : subfolders(root / "tests/fixtures" / kind)) {
            const std::string name = std::string(kind) + "-" + dir.filename().string();
            out.write(name, packSeed(readPackFolder(dir).source, name));
        }
    }
}

// Raw string literals R"(...)" of the config tests: the texts they parse.
void configTestTexts(const fs::path& testsDir, SeedWriter& out) {
    for (const auto& entry : fs::directory_iterator(testsDir)) {
        if (entry.path().extension() != ".cpp") continue;
        const std::string source = readFile(entry.path());
        std::size_t at = 0;
        int index = 0;
        while ((at = source.find("R\"(", at)) != std::string::npos) {
            const std::size_t end = source.find(")\"", at + 3);
            if (end == std::string::npos) break;
            out.write("test-" + entry.path().stem().string() + "-" + std::to_string(index++),
                      source.substr(at + 3, end - at - 3));
            at = end + 2;
        }
    }
}

void configSeeds(const fs::path& root, SeedWriter& out) {
    out.write("config-example", readFile(root / "deploy/config.example.toml"));
    out.write("print-default", formatConfig(Config{}));
    configTestTexts(root / "tests/config", out);
}

Manifest manifestOf(const fs::path& packDir) {
    Manifest m;
    const PackRead read = readPackFolder(packDir);
    const PackParse parse = parsePack(read.source);
    m.packId = parse.pack.id.empty() ? "fuzz-pack" : parse.pack.id;
    m.version = 1;
    try {
        m.version = std::stoll(parse.pack.version);
    } catch (...) {
        // a broken fixture: keep version 1
    }
    m.created = "2026-11-25T19:00:00Z";
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(packDir))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        const std::string bytes = readFile(file);
        m.files.push_back({file.lexically_relative(packDir).generic_string(), bytes.size(), sha256Hex(bytes)});
    }
    return m;
}

std::string signedDocument(const Manifest& m) {
    auto signature = signMessage(canonicalSignedBytes(m), fuzz::fuzzKeyPair().secretKey);
    return manifestDocument(m, signature ? *signature : std::string());
}

// Signed with the fuzz key, so the fuzzer starts past the signature: the bundled pack, a
// small fixture, and a few signed manifests that each break one field rule.
void manifestSeeds(const fs::path& root, SeedWriter& out) {
    const Manifest bundled = manifestOf(root / "assets/pack");
    out.write("bundled", signedDocument(bundled));
    const Manifest small = manifestOf(root / "tests/fixtures/valid/complete");
    out.write("fixture-complete", signedDocument(small));
    out.write("fixture-complete-unsigned", manifestDocument(small, "AAAA"));

    auto variant = [&](const std::string& name, auto change) {
        Manifest m = small;
        change(m);
        out.write("signed-" + name, signedDocument(m));
    };
    variant("parent-path", [](Manifest& m) { m.files[0].path = "../escape.json"; });
    variant("absolute-path", [](Manifest& m) { m.files[0].path = "/etc/passwd"; });
    variant("dot-segment", [](Manifest& m) { m.files[0].path = "images/.hidden"; });
    variant("upper-hash", [](Manifest& m) { m.files[0].sha256[0] = 'A'; });
    variant("duplicate-path", [](Manifest& m) { m.files.push_back(m.files[0]); });
    variant("file-and-folder", [](Manifest& m) { m.files.push_back({"pack.json/x", 1, m.files[0].sha256}); });
    variant("huge-file", [](Manifest& m) { m.files[0].size = 1ull << 40; });
    variant("version-zero", [](Manifest& m) { m.version = 0; });
    variant("no-files", [](Manifest& m) { m.files.clear(); });
    variant("no-pack-json", [](Manifest& m) {
        std::erase_if(m.files, [](const ManifestFile& f) { return f.path == "pack.json"; });
    });
    variant("format-2", [](Manifest& m) { m.format = 2; });
    variant("bad-pack-id", [](Manifest& m) { m.packId = "Pack Id"; });

    // Every value of the small manifest swapped for another type; a swap inside "signed"
    // is signed again, so it reaches the field readers behind the signature check.
    const nlohmann::json document = nlohmann::json::parse(signedDocument(small));
    int index = 0;
    for (nlohmann::json changed : fuzz::typeSwaps(document)) {
        if (changed.is_object() && changed.contains("signed") && changed.contains("signature") &&
            changed["signature"].is_object()) {
            if (auto signature = signMessage(changed["signed"].dump(), fuzz::fuzzKeyPair().secretKey))
                changed["signature"]["value"] = *signature;
        }
        out.write("swap-" + std::to_string(index++), changed.dump(2) + "\n");
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s REPO_ROOT OUT_DIR\n", argv[0]);
        return 2;
    }
    const fs::path root = argv[1], out = argv[2];
    try {
        SeedWriter content(out / "content"), config(out / "config"), manifest(out / "manifest");
        contentSeeds(root, content);
        configSeeds(root, config);
        manifestSeeds(root, manifest);
        std::printf("seeds in %s: %zu content, %zu config, %zu manifest\n", out.c_str(), content.count(),
                    config.count(), manifest.count());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fuzz_seeds: %s\n", e.what());
        return 1;
    }
    return 0;
}
