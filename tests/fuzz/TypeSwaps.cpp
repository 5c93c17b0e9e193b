#include "TypeSwaps.h"

#include <set>
#include <string>

namespace mc::fuzz {

using nlohmann::json;

std::vector<json> typeSwaps(const json& document) {
    // Every value's pointer: the leaves, and each container on the way to one.
    std::set<std::string> pointers;
    const json flat = document.flatten();  // kept alive: items() only refers to it
    for (const auto& [leaf, value] : flat.items()) {
        for (json::json_pointer p(leaf); !p.empty(); p = p.parent_pointer()) pointers.insert(p.to_string());
    }
    // One of each type, and numbers at the edges of what a reader might cast to int.
    const std::vector<json> replacements = {nullptr, true, -1, 1.5, 1e300, 9223372036854775807LL, "x",
                                            json::array(), json::object()};
    std::vector<json> out;
    for (const std::string& pointer : pointers) {
        const json::json_pointer p(pointer);
        for (const json& replacement : replacements) {
            if (document.at(p).type() == replacement.type()) continue;
            json changed = document;
            changed[p] = replacement;
            out.push_back(std::move(changed));
        }
    }
    return out;
}

}  // namespace mc::fuzz
