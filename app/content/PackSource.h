#pragma once
// A content pack as text, before parsing: what platform/files reads from a folder
// (or the updater from a download), so parsing and validation stay free of I/O.
#include <map>
#include <set>
#include <string>

namespace mc {

struct PackSource {
    // JSON files by path inside the pack, '/'-separated: "pack.json",
    // "exercises/cat-cow.json", "routines/gentle.json". Map order = file-name order.
    std::map<std::string, std::string> jsonTexts;
    // Every other file present (images, ...), same path form: "images/cat-cow.png".
    std::set<std::string> otherFiles;
};

}  // namespace mc
