#pragma once
// One thing wrong with a content pack, located as precisely as we can, with a
// hint that says how to fix it. Validation reports every problem, not the first.
#include <cstddef>
#include <string>
#include <vector>

namespace mc {

struct Problem {
    std::string file;       // path inside the pack ("exercises/cat-cow.json"), or a folder
    int line = 0;           // 1-based line in `file`; 0 when unknown
    std::string fieldPath;  // JSON pointer to the field ("/items/3/exercise"); "" = whole file
    std::string message;    // what is wrong
    std::string hint;       // what to do about it; may be empty
};

// "file:line: field: message (hint: ...)". `packDir`, when given, is put in front of
// the file so the line can be opened from a terminal.
std::string formatProblem(const Problem& problem, const std::string& packDir = {});

// A short text for a person (on-screen error, log): how many problems and the first
// `maxShown` of them, one per line.
std::string describeProblems(const std::vector<Problem>& problems, const std::string& packDir = {},
                             std::size_t maxShown = 5);

}  // namespace mc
