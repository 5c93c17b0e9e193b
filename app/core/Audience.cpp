#include "core/Audience.h"

#include <array>
#include <utility>

namespace mc {
namespace {

constexpr std::array<std::pair<Situation, std::string_view>, 7> kSituations{{
    {Situation::General, "general"},
    {Situation::BackPainAcute, "back-pain-acute"},
    {Situation::BackPainRecovering, "back-pain-recovering"},
    {Situation::HerniatedDisc, "herniated-disc"},
    {Situation::Pregnancy, "pregnancy"},
    {Situation::Postpartum, "postpartum"},
    {Situation::Strength, "strength"},
}};

constexpr std::array<std::pair<Level, std::string_view>, 3> kLevels{{
    {Level::Gentle, "gentle"},
    {Level::Beginner, "beginner"},
    {Level::Intermediate, "intermediate"},
}};

}  // namespace

std::string_view situationName(Situation s) {
    for (const auto& [value, name] : kSituations)
        if (value == s) return name;
    return "general";
}

std::optional<Situation> situationFromName(std::string_view name) {
    for (const auto& [value, known] : kSituations)
        if (known == name) return value;
    return std::nullopt;
}

std::string_view levelName(Level l) {
    for (const auto& [value, name] : kLevels)
        if (value == l) return name;
    return "beginner";
}

std::optional<Level> levelFromName(std::string_view name) {
    for (const auto& [value, known] : kLevels)
        if (known == name) return value;
    return std::nullopt;
}

}  // namespace mc
