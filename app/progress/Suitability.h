#pragma once
// Whether content suits a person (Profile), and why not. Pure: reads the content's
// own declarations (core/Audience.h) and the profile, nothing else.
//
// Rules, in the order reasons are listed:
//  - avoid: any matching exclusion rules the item out, with the content's reason;
//  - suits: when the content lists situations, the profile's must be one of them
//    (else "meant for ..."; the person may still choose it after a confirmation);
//  - min_level: a profile below it is not offered it;
//  - equipment: every item the exercises use must be at hand: the household things
//    (alwaysAtHand) always are, everything else (chair, dumbbells, bar, bench,
//    fitball) must be in Profile::equipment.
// A routine is unsuitable when its own declaration rules it out, or when one of
// its exercises does and no variant of that exercise (easier first, then harder,
// following the chains) suits instead; prepareRoutine (PreparedRoutine.h) makes
// the same swap.
#include <string>
#include <string_view>
#include <vector>

#include "core/Audience.h"
#include "core/Content.h"
#include "core/LocalizedText.h"
#include "progress/Profile.h"

namespace mc {

// One reason something does not suit the person. Machine-readable; the screens
// word it (describeUnsuitability gives a plain English/Russian line).
struct Unsuitability {
    enum class Kind {
        Avoid,           // the content says to avoid it: `reason` holds why
        MeantForOthers,  // `suits` lists situations and the profile's is not one: `detail` lists them ("pregnancy, postpartum")
        Level,           // min_level above the profile's level: `detail` = the level name ("intermediate")
        Equipment,       // needs equipment the profile lacks: `detail` = the item ("dumbbells")
    };
    Kind kind = Kind::Avoid;
    LocalizedText reason;    // Kind::Avoid: the content's reason
    std::string detail;      // see Kind
    std::string exerciseId;  // the exercise it comes from, "" when from the routine/programme itself

    bool operator==(const Unsuitability& o) const {
        return kind == o.kind && reason.byLanguage == o.reason.byLanguage && detail == o.detail &&
               exerciseId == o.exerciseId;
    }
};

struct SuitabilityVerdict {
    std::vector<Unsuitability> reasons;  // empty = suits
    bool suits() const { return reasons.empty(); }
};

// Equipment nobody has to own: "none", "mat", and what every home has and the content
// uses as optional aids: "wall", "towel", "pillow", and "strap" (a towel does for one).
bool alwaysAtHand(std::string_view equipment);
bool hasEquipment(const Profile& profile, std::string_view equipment);

// Whether the profile is in the situation (and stage: trimester, weeks since birth) a condition names.
bool conditionMatches(const AudienceCondition& condition, const Profile& profile);

// The declaration alone (suits, avoid, min_level), without exercises or equipment.
SuitabilityVerdict checkDeclaration(const Suitability& declared, const Profile& profile);

// An exercise as it is: its declaration and its equipment. No variants.
SuitabilityVerdict checkExercise(const Exercise& exercise, const Profile& profile);

// The exercise to give the person instead of `exerciseId` when it does not suit:
// itself when it suits; else the first suitable variant following easier links,
// then harder links; "" when none suits (unknown ids never suit).
std::string suitableStandIn(const ContentPack& pack, std::string_view exerciseId, const Profile& profile);

// A routine: its own declaration, then each exercise that has no suitable stand-in
// (reasons carry the exercise id). Exercises missing from the pack are skipped.
SuitabilityVerdict checkRoutine(const Routine& routine, const ContentPack& pack, const Profile& profile);

// A programme: its own declaration only; each session's routine is checked when it
// is suggested (TodaySuggestion.h).
SuitabilityVerdict checkProgramme(const Programme& programme, const Profile& profile);

// One plain line for a reason in `language` ("en", "ru"; others get English):
// the content's reason, "needs dumbbells" / "нужно: гантели", "for level
// intermediate and up", "meant for pregnancy, after childbirth".
std::string describeUnsuitability(const Unsuitability& reason, std::string_view language);

}  // namespace mc
