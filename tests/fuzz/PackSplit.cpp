#include "PackSplit.h"

#include <optional>

namespace mc::fuzz {

bool isPackJsonPath(std::string_view path) {
    if (path == "pack.json") return true;
    for (std::string_view folder : {"exercises/", "routines/", "programmes/"}) {
        if (path.starts_with(folder) && path.ends_with(".json") &&
            path.find('/', folder.size()) == std::string_view::npos)
            return true;
    }
    return false;
}

namespace {

void addFile(PackSource& source, std::string_view name, std::string_view text) {
    const std::string path(name);
    if (isPackJsonPath(path)) {
        source.jsonTexts[path] = std::string(text);
    } else {
        source.otherFiles.insert(path);
    }
}

}  // namespace

PackSource splitPackInput(std::string_view input) {
    PackSource source;
    std::optional<std::string_view> name;  // the file being read; none before the first marker
    std::size_t bodyStart = 0;
    std::size_t lineStart = 0;
    auto finish = [&](std::size_t bodyEnd, bool markerFollows) {
        // The '\n' before a marker belongs to the marker, not to the file.
        std::size_t end = bodyEnd;
        if (markerFollows && end > bodyStart && input[end - 1] == '\n') --end;
        const std::string_view body = input.substr(bodyStart, end - bodyStart);
        if (name) {
            addFile(source, *name, body);
        } else if (!body.empty()) {
            addFile(source, "pack.json", body);
        }
    };
    while (lineStart <= input.size()) {
        const std::size_t newline = input.find('\n', lineStart);
        const std::size_t lineEnd = newline == std::string_view::npos ? input.size() : newline;
        if (input.substr(lineStart).starts_with(kFileMarker)) {
            finish(lineStart, true);
            name = input.substr(lineStart + kFileMarker.size(), lineEnd - lineStart - kFileMarker.size());
            bodyStart = newline == std::string_view::npos ? input.size() : newline + 1;
        }
        if (newline == std::string_view::npos) break;
        lineStart = newline + 1;
    }
    finish(input.size(), false);
    return source;
}

std::string joinPackInput(const PackSource& source) {
    std::string out;
    auto pack = source.jsonTexts.find("pack.json");
    if (pack != source.jsonTexts.end()) out += pack->second;
    // Every marker gets a '\n' of its own before it, which splitPackInput takes away again.
    auto marker = [&](const std::string& path) {
        if (!out.empty()) out += '\n';
        out += std::string(kFileMarker) + path;
    };
    for (const auto& [path, text] : source.jsonTexts) {
        if (path == "pack.json") continue;
        marker(path);
        out += "\n" + text;
    }
    for (const std::string& path : source.otherFiles) marker(path);
    return out;
}

}  // namespace mc::fuzz
