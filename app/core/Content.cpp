#include "core/Content.h"

#include <algorithm>

#include "locale/LanguageTag.h"

namespace mc {

const std::string& LocalizedText::in(std::string_view language) const {
    static const std::string kEmpty;
    // BCP 47 lookup, like every other language choice (locale/LanguageTag.h): "ru-RU" finds "ru".
    for (std::string_view candidate : lookupCandidates(language)) {
        for (const auto& [tag, text] : byLanguage)
            if (sameLanguageTag(tag, candidate)) return text;
    }
    if (auto it = byLanguage.find("en"); it != byLanguage.end()) return it->second;
    return byLanguage.empty() ? kEmpty : byLanguage.begin()->second;
}

Millis switchTimeFor(const std::vector<std::string>& equipment) {
    // Getting down or up again is all a mat or a wall asks; anything held or moved takes longer.
    for (const std::string& item : equipment) {
        if (item != "none" && item != "mat" && item != "wall") return Millis{10000};
    }
    return Millis{5000};
}

bool Pace::empty() const {
    for (const PaceText* stage : {&lift, &top, &lower, &bottom}) {
        if (!stage->word.empty() || !stage->cue.empty()) return false;
    }
    return true;
}

bool Exercise::uses(std::string_view item) const {
    return std::find(equipment.begin(), equipment.end(), item) != equipment.end();
}

const Exercise* ContentPack::exercise(std::string_view id) const {
    auto it = std::find_if(exercises.begin(), exercises.end(), [&](const Exercise& e) { return e.id == id; });
    return it == exercises.end() ? nullptr : &*it;
}

const Routine* ContentPack::routine(std::string_view id) const {
    auto it = std::find_if(routines.begin(), routines.end(), [&](const Routine& r) { return r.id == id; });
    return it == routines.end() ? nullptr : &*it;
}

const Programme* ContentPack::programme(std::string_view id) const {
    auto it = std::find_if(programmes.begin(), programmes.end(), [&](const Programme& p) { return p.id == id; });
    return it == programmes.end() ? nullptr : &*it;
}

}  // namespace mc
