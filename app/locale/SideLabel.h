#pragma once
// The large label that says which side of the body works: "LEFT LEG", "ПРАВАЯ РУКА".
// The body part is content (an exercise's "limb"); the words, with the gender
// agreement Russian needs, are each language's data in Languages.cpp.
#include <string_view>

namespace mc {

struct Locale;

// What a side of a sided exercise means (content: "limb", docs/content-format.md).
// The side named is the side of the working limb: the one that moves or is stretched.
enum class Limb { Leg, Arm, Hip, Shoulder, Side, Knee, Foot, Hand, Count };

enum class BodySide { Left, Right };

// A language's two labels for one limb, upper-case as the screen shows them.
struct SideLabels {
    const char* left;
    const char* right;
};

// "LEFT LEG" for (Left, Leg) in `locale`.
std::string_view sideLabel(const Locale& locale, BodySide side, Limb limb);

// The content name of a limb ("leg") and back; nullptr / false for none.
const char* limbName(Limb limb);
bool limbFromName(std::string_view name, Limb& limb);

}  // namespace mc
