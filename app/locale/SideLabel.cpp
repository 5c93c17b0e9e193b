#include "locale/SideLabel.h"

#include <iterator>

#include "locale/Locale.h"

namespace mc {
namespace {

// In the order of Limb; the content format's words for them.
constexpr const char* kLimbNames[] = {"leg", "arm", "hip", "shoulder", "side", "knee", "foot", "hand"};
static_assert(std::size(kLimbNames) == kKeyCount<Limb>);

}  // namespace

std::string_view sideLabel(const Locale& locale, BodySide side, Limb limb) {
    const SideLabels& labels = locale.sideLabels[limb];
    return side == BodySide::Left ? labels.left : labels.right;
}

const char* limbName(Limb limb) {
    const auto i = static_cast<std::size_t>(limb);
    return i < std::size(kLimbNames) ? kLimbNames[i] : nullptr;
}

bool limbFromName(std::string_view name, Limb& limb) {
    for (std::size_t i = 0; i < std::size(kLimbNames); ++i) {
        if (name == kLimbNames[i]) {
            limb = static_cast<Limb>(i);
            return true;
        }
    }
    return false;
}

}  // namespace mc
