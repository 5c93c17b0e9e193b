#include "figure/Prop.h"

#include <array>

namespace mc {
namespace {

struct KindInfo {
    std::string_view name;
    float usualSize;  // body heights (1 = 1.70 m)
};

// In PropKind order.
constexpr std::array<KindInfo, static_cast<size_t>(PropKind::Count)> kKinds{{
    {"mat", 1.1f},            // length: a yoga mat, 1.83 m
    {"pillow", 0.3f},         // length: 50 cm
    {"bolster", 0.13f},       // diameter: 22 cm
    {"strap", 0.03f},         // sag
    {"towel", 0.04f},         // sag
    {"chair", 0.27f},         // seat height: 46 cm
    {"bench", 0.7f},          // length: 1.2 m
    {"wall", 1.3f},           // height
    {"ball", 0.38f},          // diameter: a 65 cm gym ball
    {"dumbbell", 0.2f},       // length: 34 cm
    {"bar", 0.75f},           // length: a 1.3 m bar
    {"parallel-bars", 0.75f}, // length
    {"step", 0.5f},           // length: 85 cm
}};

}  // namespace

float usualSize(PropKind kind) { return kKinds[static_cast<size_t>(kind)].usualSize; }

std::string_view propKindName(PropKind kind) { return kKinds[static_cast<size_t>(kind)].name; }

std::optional<PropKind> propKindFromName(std::string_view name) {
    for (size_t i = 0; i < kKinds.size(); ++i)
        if (kKinds[i].name == name) return static_cast<PropKind>(i);
    return std::nullopt;
}

const std::vector<std::string_view>& propKindNames() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> all;
        for (const KindInfo& k : kKinds) all.push_back(k.name);
        return all;
    }();
    return names;
}

}  // namespace mc
