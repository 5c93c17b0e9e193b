#pragma once
// Whom content is for: the person's situation, and the rules content uses to say
// which situations a routine or exercise suits or must avoid. Plain data; the
// check lives in progress/Suitability (pure), the reading in content/.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/LocalizedText.h"

namespace mc {

// What brings the person to the mirror (content and config spell them as below).
enum class Situation {
    General,             // "general": a healthy back, prevention
    BackPainAcute,       // "back-pain-acute": a flare-up, the first days
    BackPainRecovering,  // "back-pain-recovering": pain easing, building back up
    HerniatedDisc,       // "herniated-disc"
    Pregnancy,           // "pregnancy" (with a trimester 1..3)
    Postpartum,          // "postpartum" (with weeks since the birth)
    Strength,            // "strength": strength training for the back
};

// Equipment a person may have at hand besides the floor and a mat, in content's names
// (content/Vocabulary.h kEquipment); the profile picker offers them in this order.
inline constexpr std::array<std::string_view, 9> kEquipmentAtHand{"chair",     "wall", "towel",   "strap", "pillow",
                                                                  "dumbbells", "bar",  "fitball", "bench"};

// How much the person is ready for; orders like the routines' "level".
enum class Level { Gentle, Beginner, Intermediate };

std::string_view situationName(Situation s);  // "back-pain-acute"
std::optional<Situation> situationFromName(std::string_view name);
std::string_view levelName(Level l);           // "gentle"
std::optional<Level> levelFromName(std::string_view name);

// One situation, optionally narrowed to a stage of it: a trimester range for
// pregnancy, a range of weeks since birth for postpartum (both inclusive; absent
// bounds are open).
struct AudienceCondition {
    Situation situation = Situation::General;
    std::optional<int> fromTrimester, toTrimester;
    std::optional<int> fromWeek, toWeek;
};

// A situation to avoid, with the reason the person is shown ("lies face down").
struct AudienceExclusion {
    AudienceCondition when;
    LocalizedText reason;
};

// Declared by routines, exercises and programmes. `suits` empty = meant for anyone
// the exclusions do not rule out; non-empty = meant for those situations only
// (others may still choose it, with a confirmation). `avoid` always wins.
struct Suitability {
    std::vector<AudienceCondition> suits;
    std::vector<AudienceExclusion> avoid;
    std::optional<Level> minLevel;  // too hard below this level
};

}  // namespace mc
