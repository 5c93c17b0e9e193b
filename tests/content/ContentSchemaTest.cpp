// docs/content-schema.json and the validator describe the same format: the same
// fields, the same fixed values and the same ranges.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "content/AudienceReader.h"
#include "content/DoseReader.h"
#include "content/ProgrammeReader.h"
#include "content/Vocabulary.h"
#include "figure/BodyPose.h"
#include "figure/Prop.h"

namespace mc {
namespace {

using nlohmann::json;

json loadSchema() {
    std::ifstream in(std::string(MC_SOURCE_ASSETS) + "/../docs/content-schema.json");
    EXPECT_TRUE(in.good());
    return json::parse(in);
}

template <typename Keys>
std::set<std::string> asSet(const Keys& keys) {
    return std::set<std::string>(keys.begin(), keys.end());
}

std::set<std::string> propertiesOf(const json& def) {
    std::set<std::string> out;
    for (const auto& [key, value] : def.at("properties").items()) out.insert(key);
    return out;
}

std::set<std::string> enumOf(const json& def) { return def.at("enum").get<std::set<std::string>>(); }

TEST(ContentSchema, HasTheSameFieldsAsTheValidator) {
    const json defs = loadSchema().at("$defs");
    EXPECT_EQ(propertiesOf(defs.at("pack")), asSet(vocabulary::kPackKeys));
    EXPECT_EQ(propertiesOf(defs.at("exercise")), asSet(vocabulary::kExerciseKeys));
    EXPECT_EQ(propertiesOf(defs.at("dose")), asSet(vocabulary::kDoseKeys));
    EXPECT_EQ(propertiesOf(defs.at("tempo")), asSet(vocabulary::kTempoKeys));
    EXPECT_EQ(propertiesOf(defs.at("pace")), asSet(vocabulary::kPaceStages));
    EXPECT_EQ(propertiesOf(defs.at("paceText")), asSet(vocabulary::kPaceTextKeys));
    EXPECT_EQ(propertiesOf(defs.at("routine")), asSet(vocabulary::kRoutineKeys));
    EXPECT_EQ(propertiesOf(defs.at("item")), asSet(vocabulary::kItemKeys));
    EXPECT_EQ(propertiesOf(defs.at("figure")), asSet(vocabulary::kFigureKeys));
    EXPECT_EQ(propertiesOf(defs.at("keyframe")), asSet(vocabulary::kKeyframeKeys));
    std::set<std::string> pose = asSet(vocabulary::kSegmentNames);
    pose.insert("hip");
    EXPECT_EQ(propertiesOf(defs.at("pose")), pose);
    // The body figure.
    EXPECT_EQ(propertiesOf(defs.at("bodyKeyframe")), asSet(vocabulary::kKeyframeKeys));
    std::set<std::string> bodyPose;
    for (const PoseField& f : poseFields()) bodyPose.insert(std::string(f.name));
    EXPECT_EQ(propertiesOf(defs.at("bodyPose")), bodyPose);
    EXPECT_EQ(propertiesOf(defs.at("prop")), asSet(vocabulary::kPropKeys));
    // Whom content suits, and programmes.
    EXPECT_EQ(propertiesOf(defs.at("condition").at("oneOf").at(1)), asSet(vocabulary::kConditionKeys));
    EXPECT_EQ(propertiesOf(defs.at("avoidEntry")), asSet(vocabulary::kAvoidKeys));
    EXPECT_EQ(propertiesOf(defs.at("programme")), asSet(vocabulary::kProgrammeKeys));
    EXPECT_EQ(propertiesOf(defs.at("stage")), asSet(vocabulary::kStageKeys));
}

TEST(ContentSchema, HasTheSameValuesAsTheValidator) {
    const json defs = loadSchema().at("$defs");
    EXPECT_EQ(enumOf(defs.at("exercise").at("properties").at("category")), asSet(vocabulary::kCategories));
    EXPECT_EQ(enumOf(defs.at("exercise").at("properties").at("equipment").at("items")), asSet(vocabulary::kEquipment));
    EXPECT_EQ(enumOf(defs.at("exercise").at("properties").at("limb")), asSet(vocabulary::kLimbs));
    EXPECT_EQ(enumOf(defs.at("routine").at("properties").at("focus")), asSet(vocabulary::kFocuses));
    EXPECT_EQ(enumOf(defs.at("routine").at("properties").at("level")), asSet(vocabulary::kLevels));
    EXPECT_EQ(defs.at("pack").at("properties").at("format").at("const"), vocabulary::kFormatVersion);
    EXPECT_EQ(enumOf(defs.at("figure").at("properties").at("view")), asSet(vocabulary::kViews));
    EXPECT_EQ(enumOf(defs.at("figure").at("properties").at("body")), asSet(vocabulary::kBodies));
    EXPECT_EQ(enumOf(defs.at("prop").at("properties").at("hand")), asSet(vocabulary::kHands));
    EXPECT_EQ(enumOf(defs.at("prop").at("properties").at("kind")), asSet(propKindNames()));
    EXPECT_EQ(enumOf(defs.at("situation")), asSet(vocabulary::kSituations));
    EXPECT_EQ(enumOf(defs.at("minLevel")), asSet(vocabulary::kMinLevels));
}

TEST(ContentSchema, HasTheSameRangesAsTheValidator) {
    const json defs = loadSchema().at("$defs");
    auto range = [&](const char* name) {
        return std::pair(defs.at(name).at("minimum").get<double>(), defs.at(name).at("maximum").get<double>());
    };
    EXPECT_EQ(range("holdSeconds"), std::pair(limits::kHoldMin, limits::kHoldMax));
    EXPECT_EQ(range("reps"), std::pair(double{limits::kRepsMin}, double{limits::kRepsMax}));
    EXPECT_EQ(range("sets"), std::pair(double{limits::kSetsMin}, double{limits::kSetsMax}));
    EXPECT_EQ(range("restSeconds"), std::pair(0.0, limits::kRestMax));
    EXPECT_EQ(range("switchSeconds"), std::pair(0.0, limits::kSwitchMax));
    EXPECT_EQ(range("tempoPart"), std::pair(0.0, limits::kTempoPartMax));
    const json& getReady = defs.at("routine").at("properties").at("get_ready_s");
    EXPECT_EQ(getReady.at("maximum").get<double>(), limits::kGetReadyMax);
    EXPECT_EQ(range("trimester"), std::pair(1.0, 3.0));
    EXPECT_EQ(range("weekSinceBirth"), std::pair(0.0, double{limits::kWeeksSinceBirthMax}));
    const json& stage = defs.at("stage").at("properties");
    auto stageRange = [&](const char* name) {
        return std::pair(stage.at(name).at("minimum").get<double>(), stage.at(name).at("maximum").get<double>());
    };
    EXPECT_EQ(stageRange("weeks"), std::pair(1.0, double{limits::kStageWeeksMax}));
    EXPECT_EQ(stageRange("sessions_per_week"), std::pair(1.0, double{limits::kSessionsPerWeekMax}));
    EXPECT_EQ(stageRange("sessions_per_day"), std::pair(1.0, double{limits::kSessionsPerDayMax}));
    EXPECT_EQ(stageRange("rest_days_between"), std::pair(0.0, double{limits::kRestDaysMax}));
    EXPECT_EQ(stageRange("dose_scale"), std::pair(limits::kDoseScaleMin, limits::kDoseScaleMax));
    EXPECT_EQ(defs.at("programme").at("properties").at("stages").at("maxItems").get<std::size_t>(), limits::kStagesMax);
}

}  // namespace
}  // namespace mc
