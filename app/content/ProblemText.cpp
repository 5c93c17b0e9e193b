#include "content/Problem.h"

namespace mc {

std::string formatProblem(const Problem& problem, const std::string& packDir) {
    // Problems with the pack folder itself have no file and name the folder in the message.
    std::string out;
    if (!problem.file.empty()) {
        if (!packDir.empty() && problem.file.front() != '/') {
            out = packDir;
            if (out.back() != '/') out += '/';
        }
        out += problem.file;
        if (problem.line > 0) out += ':' + std::to_string(problem.line);
        out += ": ";
    }
    if (!problem.fieldPath.empty()) out += problem.fieldPath + ": ";
    out += problem.message;
    if (!problem.hint.empty()) out += " (hint: " + problem.hint + ")";
    return out;
}

std::string describeProblems(const std::vector<Problem>& problems, const std::string& packDir, std::size_t maxShown) {
    if (problems.empty()) return "no problems";
    std::string out = problems.size() == 1 ? std::string("1 problem") : std::to_string(problems.size()) + " problems";
    out += " in the content pack";
    if (!packDir.empty()) out += " " + packDir;
    out += ":";
    std::size_t shown = 0;
    for (const Problem& p : problems) {
        if (shown == maxShown) break;
        out += "\n" + formatProblem(p, packDir);
        ++shown;
    }
    if (problems.size() > shown) {
        out += "\n... and " + std::to_string(problems.size() - shown) +
               " more (run `mirrorcoach validate` on the pack to see all)";
    }
    return out;
}

}  // namespace mc
