#include "platform/files/PackReader.h"

#include <cerrno>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string_view>

#include "platform/durability/ErrnoMessage.h"

namespace mc {

namespace fs = std::filesystem;

namespace {
// Files the parser reads as JSON; everything else is only listed.
bool isPackJson(std::string_view rel) {
    if (rel == "pack.json") return true;
    for (std::string_view folder : {"exercises/", "routines/", "programmes/"}) {
        if (rel.starts_with(folder) && rel.ends_with(".json") &&
            rel.find('/', folder.size()) == std::string_view::npos) {
            return true;
        }
    }
    return false;
}

std::string kilobytes(std::uintmax_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

std::optional<std::string> readText(const fs::path& file, const std::string& rel, std::uintmax_t maxBytes,
                                    std::vector<Problem>& problems) {
    std::error_code ec;
    std::uintmax_t size = fs::file_size(file, ec);
    if (!ec && size > maxBytes) {
        problems.push_back(
            Problem{rel, 0, "", "file is " + kilobytes(size) + "; a content file may be at most " + kilobytes(maxBytes),
                    "split it, or check that it really is a pack file"});
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problems.push_back(Problem{rel, 0, "", errnoMessage("cannot read the file", errno),
                                   "check that it exists and that the user running mirrorcoach may read it"});
        return std::nullopt;
    }
    std::string text;
    text.reserve(static_cast<std::size_t>(ec ? 0 : size));
    // Bounded even if the file grows while we read it.
    char buffer[16384];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > maxBytes) {
            problems.push_back(Problem{rel, 0, "", "file is larger than " + kilobytes(maxBytes),
                                       "split it, or check that it really is a pack file"});
            return std::nullopt;
        }
    }
    if (in.bad()) {
        problems.push_back(
            Problem{rel, 0, "", "reading the file failed", "the storage may be damaged; copy the pack again"});
        return std::nullopt;
    }
    return text;
}
}  // namespace

PackRead readPackFolder(const fs::path& dir, const PackReadLimits& limits) {
    PackRead out;
    std::error_code ec;
    const std::string where = dir.string();
    if (!fs::exists(dir, ec)) {
        out.problems.push_back(Problem{"", 0, "", "content folder " + where + " does not exist",
                                       "pass the folder that holds pack.json, e.g. assets/pack"});
        return out;
    }
    if (!fs::is_directory(dir, ec)) {
        out.problems.push_back(
            Problem{"", 0, "", where + " is not a folder", "pass the folder that holds pack.json, not a file in it"});
        return out;
    }
    std::size_t files = 0;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::directory_entry& entry = *it;
        std::string name = entry.path().filename().string();
        if (!name.empty() && name.front() == '.') {  // .git, editor swap files
            if (entry.is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (entry.is_directory(ec)) continue;
        if (++files > limits.maxFiles) {
            out.problems.push_back(Problem{
                "", 0, "", "content folder " + where + " has more than " + std::to_string(limits.maxFiles) + " files",
                "a pack holds only its JSON files and images; remove anything else"});
            return out;
        }
        std::string rel = entry.path().lexically_relative(dir).generic_string();
        if (isPackJson(rel)) {
            if (auto text = readText(entry.path(), rel, limits.maxJsonBytes, out.problems)) {
                out.source.jsonTexts.emplace(rel, std::move(*text));
            }
            continue;
        }
        std::uintmax_t size = entry.file_size(ec);
        if (!ec && size > limits.maxImageBytes) {
            out.problems.push_back(Problem{
                rel, 0, "",
                "file is " + kilobytes(size) + "; a pack file may be at most " + kilobytes(limits.maxImageBytes),
                "shrink the image (a few hundred KB is plenty on a mirror)"});
            continue;
        }
        ec.clear();
        out.source.otherFiles.insert(rel);
    }
    if (ec) {
        out.problems.push_back(Problem{"", 0, "", "cannot list content folder " + where + ": " + ec.message(),
                                       "check that the folder is readable by the user running mirrorcoach"});
    }
    return out;
}

PackLoad loadPack(const fs::path& dir, const PackReadLimits& limits) {
    PackLoad out;
    PackRead read = readPackFolder(dir, limits);
    out.problems = std::move(read.problems);
    // A missing folder has nothing more to say; otherwise validate what could be read,
    // so one unreadable file doesn't hide the other problems.
    if (!out.problems.empty() && read.source.jsonTexts.empty() && read.source.otherFiles.empty()) return out;
    PackParse parse = parsePack(read.source);
    // A file that could not be read also shows up as missing to the parser; keep only the read problem.
    const std::size_t readProblems = out.problems.size();
    for (Problem& p : parse.problems) {
        bool alreadyReported = false;
        for (std::size_t i = 0; i < readProblems; ++i) {
            alreadyReported = alreadyReported || (!p.file.empty() && out.problems[i].file == p.file);
        }
        if (!alreadyReported) out.problems.push_back(std::move(p));
    }
    if (out.problems.empty()) out.pack = std::move(parse.pack);
    return out;
}

Result<ContentPack> loadValidPack(const fs::path& dir) {
    PackLoad load = loadPack(dir);
    if (load.ok()) return std::move(*load.pack);
    return Error{describeProblems(load.problems, dir.string())};
}

}  // namespace mc
