#include "cli/ContentChoice.h"

#include <cstdio>

#include "content/Problem.h"
#include "platform/files/PackReader.h"
#include "locale/Locale.h"

namespace mc {

std::filesystem::path bundledContentDir() {
    std::filesystem::path source = std::filesystem::path(MC_SOURCE_ASSETS) / "pack";
    std::error_code ec;
    if (std::filesystem::exists(source / "pack.json", ec)) return source;
    return "/usr/share/mirrorcoach/pack";
}

std::string defaultContentDir() { return bundledContentDir().string(); }

Result<std::shared_ptr<const ContentPack>> loadContent(const std::string& dir) {
    std::string path = dir.empty() ? defaultContentDir() : dir;
    Result<ContentPack> pack = loadValidPack(path);
    if (!pack) return pack.error();
    return std::make_shared<const ContentPack>(std::move(pack).value());
}

std::string textCorpus(const ContentPack& pack, const std::string& language) {
    std::string out = allUiText();
    auto add = [&](const LocalizedText& t) {
        out += t.in("en");
        out += t.in(language);
    };
    add(pack.title);
    for (const auto& s : pack.safety) add(s);
    for (const Exercise& e : pack.exercises) {
        add(e.name);
        add(e.instructions);
        for (const auto& c : e.cues) add(c);
        for (const auto& c : e.contraindications) add(c);
        for (const auto& c : e.cautions) add(c);
        for (const auto& eq : e.equipment) out += eq;
    }
    for (const Routine& r : pack.routines) {
        add(r.title);
        add(r.description);
        add(r.safety);
    }
    return out;
}

Result<std::pair<int, int>> parseSize(const std::string& text) {
    int w = 0, h = 0;
    char x = 0;
    if (std::sscanf(text.c_str(), "%d%c%d", &w, &x, &h) != 3 || (x != 'x' && x != 'X') || w <= 0 || h <= 0)
        return Error{"size '" + text + "' is not WIDTHxHEIGHT (for example 1920x1080)"};
    return std::pair{w, h};
}

}  // namespace mc
