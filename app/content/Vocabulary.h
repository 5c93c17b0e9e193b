#pragma once
// Every field name and every fixed value of content format version 1, in one place:
// the parser checks against these lists, and a test checks docs/content-schema.json
// says the same.
#include <array>
#include <string_view>

namespace mc::vocabulary {

inline constexpr int kFormatVersion = 1;  // the only format this build reads

// "$schema" is allowed at the top of every file so editors can check it against
// docs/content-schema.json; the parser ignores its value.
inline constexpr std::array<std::string_view, 8> kPackKeys{"format", "id",     "version",  "language",
                                                           "title",  "safety", "$schema", "languages"};
inline constexpr std::array<std::string_view, 22> kExerciseKeys{
    "id",   "name",  "setup", "instructions", "cues",     "pace",              "category", "muscles", "equipment",
    "sided", "limb", "dose",  "cautions",     "contraindications", "figure",   "image",    "$schema",
    "suits", "avoid", "min_level", "easier", "harder"};
inline constexpr std::array<std::string_view, 6> kDoseKeys{"hold_s", "reps", "tempo", "sets", "rest_s", "switch_s"};
inline constexpr std::array<std::string_view, 4> kTempoKeys{"up_s", "top_s", "down_s", "bottom_s"};
inline constexpr std::array<std::string_view, 14> kRoutineKeys{
    "id",    "title",  "description", "focus", "level", "safety", "get_ready_s", "rest_between_exercises_s",
    "items", "body",   "$schema",     "suits", "avoid", "min_level"};
inline constexpr std::array<std::string_view, 8> kItemKeys{"exercise", "hold_s", "reps",     "tempo",
                                                           "sets",     "rest_s", "switch_s", "rest_after_s"};
// Whom content suits (core/Audience.h): "suits" lists conditions, "avoid" exclusions
// (a condition with a reason), "min_level" the lowest level it is for.
inline constexpr std::array<std::string_view, 5> kConditionKeys{"situation", "from_trimester", "to_trimester",
                                                                "from_week", "to_week"};
inline constexpr std::array<std::string_view, 6> kAvoidKeys{"situation", "from_trimester", "to_trimester",
                                                            "from_week", "to_week",   "reason"};
// As in core/Audience.cpp.
inline constexpr std::array<std::string_view, 7> kSituations{"general",   "back-pain-acute", "back-pain-recovering",
                                                             "herniated-disc", "pregnancy", "postpartum", "strength"};
inline constexpr std::array<std::string_view, 3> kMinLevels{"gentle", "beginner", "intermediate"};
// programmes/<id>.json and its stages.
inline constexpr std::array<std::string_view, 8> kProgrammeKeys{"id",    "title",     "description", "suits",
                                                                "avoid", "min_level", "stages",      "$schema"};
inline constexpr std::array<std::string_view, 7> kStageKeys{"weeks",    "sessions_per_week", "sessions_per_day",
                                                            "rest_days_between", "routines", "dose_scale", "note"};
// The stages of a repetition that "pace" binds texts to (as tempo: up_s, top_s, down_s, bottom_s).
inline constexpr std::array<std::string_view, 4> kPaceStages{"lift", "top", "lower", "bottom"};
inline constexpr std::array<std::string_view, 2> kPaceTextKeys{"word", "cue"};
// A figure is either the body ("poses", "view", "body", "props") or the older stick
// figure ("keyframes").
inline constexpr std::array<std::string_view, 5> kFigureKeys{"keyframes", "poses", "view", "body", "props"};
inline constexpr std::array<std::string_view, 5> kViews{"side", "front", "back", "three-quarter", "top"};
inline constexpr std::array<std::string_view, 2> kBodies{"standard", "pregnant"};
inline constexpr std::array<std::string_view, 12> kPropKeys{"kind", "at",      "to",  "size",    "angle", "mirrored",
                                                            "far",  "support", "hand", "between", "depth", "yaw"};
inline constexpr std::array<std::string_view, 2> kHands{"left", "right"};
// What a strap or towel runs between, in the order of mc::BodyEnd.
inline constexpr std::array<std::string_view, 4> kBodyEnds{"left-hand", "right-hand", "left-foot", "right-foot"};
inline constexpr std::array<std::string_view, 2> kKeyframeKeys{"at", "pose"};
// Pose keys besides "hip", in the order of mc::Segment.
inline constexpr std::array<std::string_view, 10> kSegmentNames{
    "torso", "head", "upper_arm_l", "forearm_l", "upper_arm_r", "forearm_r", "thigh_l", "shin_l", "thigh_r", "shin_r"};

inline constexpr std::array<std::string_view, 4> kCategories{"stretch", "strength", "mobility", "relaxation"};
inline constexpr std::array<std::string_view, 11> kEquipment{"none",   "mat",       "towel", "strap",   "chair", "wall",
                                                             "pillow", "dumbbells", "bar",   "fitball", "bench"};
// In the order of mc::Limb (locale/SideLabel.h).
inline constexpr std::array<std::string_view, 8> kLimbs{"leg", "arm", "hip", "shoulder", "side", "knee", "foot", "hand"};
inline constexpr std::array<std::string_view, 8> kFocuses{"relief",   "stretch",   "strength",  "posture",
                                                          "mobility", "pregnancy", "postnatal", "office"};
inline constexpr std::array<std::string_view, 4> kLevels{"gentle", "beginner", "intermediate", "advanced"};

}  // namespace mc::vocabulary
