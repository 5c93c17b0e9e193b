// Every kind of defect a pack can have, each in its own tiny fixture under
// tests/fixtures/broken/<defect>/ (a copy of a valid two-exercise pack with one
// thing wrong): the exact problems reported, with file, line, field and message.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "platform/files/PackReader.h"

namespace mc {
namespace {

struct Expected {
    std::string file;
    int line;
    std::string field;
    std::string message;
    std::string hint = {};  // checked as a prefix when given
};

struct BrokenPack {
    std::string defect;
    std::vector<Expected> problems;
};

void PrintTo(const BrokenPack& p, std::ostream* os) { *os << p.defect; }

const std::string kCatCow = "exercises/cat-cow.json";
const std::string kKnee = "exercises/knee-to-chest.json";
const std::string kGentle = "routines/gentle.json";
const std::string kPlan = "programmes/plan.json";

const std::vector<BrokenPack> kBrokenPacks = {
    {"syntax-trailing-comma",
     {{kGentle, 12, "", "invalid JSON at column 78: a comma before ']'",
       "remove this comma: JSON allows no comma after the last entry"}}},
    {"syntax-missing-comma",
     {{kCatCow, 9, "", "invalid JSON at column 17: missing comma", "separate entries with a comma"}}},
    {"wrong-type-bool", {{kCatCow, 9, "/sided", "expected true or false, found a string"}}},
    {"wrong-type-number",
     {{kCatCow, 10, "/dose/reps", "expected a whole number, found a string", "write the number without quotes"}}},
    {"text-not-object",
     {{kKnee, 4, "/instructions", "expected a text with translations, found a string",
       "write it as {\"en\": \"...\"}"}}},
    {"missing-name", {{kKnee, 1, "/name", "missing required field \"name\""}}},
    {"unknown-field", {{kGentle, 12, "/items/1/hold", "unknown field \"hold\"", "did you mean \"hold_s\"?"}}},
    {"unknown-exercise",
     {{kGentle, 11, "/items/0/exercise", "unknown exercise \"cat-cwo\"", "did you mean \"cat-cow\"?"}}},
    {"hold-zero", {{kKnee, 8, "/dose/hold_s", "hold_s is 0 s; allowed: 1 to 600 s", "a hold lasts 1 to 600 seconds"}}},
    {"hold-too-long", {{kGentle, 12, "/items/1/hold_s", "hold_s is 10000 s; allowed: 1 to 600 s"}}},
    {"negative-reps", {{kGentle, 11, "/items/0/reps", "reps is -5; allowed: 1 to 100"}}},
    {"too-many-sets", {{kKnee, 8, "/dose/sets", "sets is 12; allowed: 1 to 10"}}},
    {"tempo-part-too-long", {{kCatCow, 10, "/dose/tempo/up_s", "up_s is 45 s; allowed: 0 to 30 s"}}},
    {"rest-negative", {{kGentle, 12, "/items/1/rest_after_s", "rest_after_s is -1 s; allowed: 0 to 600 s"}}},
    {"get-ready-too-long", {{kGentle, 8, "/get_ready_s", "get_ready_s is 300 s; allowed: 0 to 120 s"}}},
    {"duplicate-id",
     {{"exercises/cat-cow-copy.json", 2, "/id", "id \"cat-cow\" does not match the file name \"cat-cow-copy.json\""},
      {"exercises/cat-cow-copy.json", 2, "/id",
       "duplicate exercise id \"cat-cow\": exercises/cat-cow.json has it too"}}},
    {"id-not-file-name",
     {{kKnee, 2, "/id", "id \"knee-chest\" does not match the file name \"knee-to-chest.json\"",
       "rename the file to knee-chest.json"},
      {kGentle, 12, "/items/1/exercise", "unknown exercise \"knee-to-chest\"", "did you mean \"knee-chest\"?"}}},
    {"bad-id-characters", {{kGentle, 2, "/id", "invalid id \"Gentle Start\"", "use 1 to 64 lower-case letters"}}},
    {"missing-english", {{kCatCow, 3, "/name", "missing English text (\"en\")"}}},
    // pack.json "languages": every text has each declared language ("ru-RU" is not "ru").
    {"missing-translation",
     {{"pack.json", 8, "/safety/0", "missing \"ru\" text", "translate it, or remove \"ru\" from \"languages\""},
      {kCatCow, 8, "/cues/0", "missing \"ru\" text", "translate it"},
      {kKnee, 13, "/contraindications/0", "missing \"ru\" text", "translate it"},
      {kGentle, 4, "/description", "missing \"ru\" text", "translate it"}}},
    {"languages-without-language",
     {{"pack.json", 6, "/languages/1", "language \"en\" is listed twice", "list each language once"},
      {"pack.json", 6, "/languages", "the pack's language \"ru\" is not among its languages", "add it"}}},
    {"unknown-category",
     {{kKnee, 5, "/category", "unknown category \"stretching\"", "did you mean \"stretch\"? use one of: stretch,"}}},
    {"unknown-equipment",
     {{kCatCow, 8, "/equipment/1", "unknown equipment \"dumbbell\"", "did you mean \"dumbbells\"?"}}},
    {"unknown-focus", {{kGentle, 5, "/focus", "unknown focus \"back-pain\"", "use one of: relief, stretch,"}}},
    {"unknown-level", {{kGentle, 6, "/level", "unknown level \"easy\"", "use one of: gentle, beginner,"}}},
    {"one-keyframe", {{kKnee, 12, "/figure/keyframes", "a figure needs 2 to 32 keyframes, found 1"}}},
    {"keyframe-at-out-of-range", {{kKnee, 14, "/figure/keyframes/1/at", "at is 1.5; allowed: 0 to 1"}}},
    {"keyframes-unsorted",
     {{kCatCow, 14, "/figure/keyframes/1/at", "keyframes are out of order: \"at\" 0.5 follows 0.8"}}},
    {"unknown-segment",
     {{kKnee, 13, "/figure/keyframes/0/pose/thigh", "unknown pose segment \"thigh\"", "did you mean \"thigh_l\"?"}}},
    {"missing-image",
     {{kKnee, 11, "/image", "image file \"images/knee-to-chest.png\" is not in the pack", "add the file"}}},
    {"unsupported-format",
     {{"pack.json", 2, "/format", "format version 2 is not supported; this mirrorcoach reads format 1"}}},
    {"version-not-positive",
     {{"pack.json", 4, "/version", "the pack version must be a positive whole number, found 0"}}},
    {"missing-pack-json", {{"pack.json", 0, "", "missing pack.json"}}},
    {"duplicate-key", {{kKnee, 8, "/dose/sets", "field given twice (first on line 8)"}}},
    {"hold-and-reps", {{kCatCow, 10, "/dose/reps", "both \"hold_s\" and \"reps\" are given"}}},
    {"tempo-on-hold", {{kGentle, 12, "/items/1/tempo", "\"tempo\" is given but the exercise is a hold"}}},
    {"no-routines", {{"routines", 0, "", "the pack has no routines"}}},
    // The coaching fields (docs/content-format.md: setup, limb, pace).
    {"setup-too-long",
     {{kCatCow, 4, "/setup/ru", "setup has 45 words; at most 40",
       "one or two short sentences to read from 3 m"}}},
    {"unknown-limb",
     {{kKnee, 8, "/limb", "unknown limb \"thigh\"", "use one of: leg, arm, hip, shoulder, side, knee, foot, hand"}}},
    {"limb-not-sided",
     {{kCatCow, 10, "/limb", "\"limb\" is given but the exercise is not sided", "a limb says what"}}},
    {"pace-on-hold",
     {{kKnee, 8, "/pace", "\"pace\" is given but the exercise is a hold", "pace binds texts to the stages"}}},
    {"pace-unknown-stage",
     {{kCatCow, 6, "/pace/raise", "unknown stage \"raise\"", "allowed: lift, top, lower, bottom"}}},
    {"pace-word-too-long",
     {{kCatCow, 6, "/pace/lift/word/ru", "stage word \"Выгните спину вверх\" has 19 characters; at most 14",
       "a word or two that fits under the counter"}}},
    {"pace-cue-also-in-cues",
     {{kCatCow, 5, "/cues/0", "this cue is also bound to a stage in \"pace\"", "remove it from \"cues\""}}},
    // The body figure (docs/content-format.md, "Figures").
    {"body-unknown-joint",
     {{kCatCow, 13, "/figure/poses/0/pose/lumbar.flx", "unknown pose field \"lumbar.flx\"",
       "did you mean \"lumbar.flex\"?"}}},
    {"body-unknown-view",
     {{kCatCow, 12, "/figure/view", "unknown view \"sideways\"", "did you mean \"side\"?"}}},
    {"body-unknown-prop",
     {{kCatCow, 12, "/figure/props/0/kind", "unknown prop \"sofa\"", "use one of: mat, pillow, bolster"}}},
    {"body-held-chair",
     {{kCatCow, 12, "/figure/props/0/hand", "only a dumbbell or a bar is held in a hand", "place other props"}}},
    {"body-strap-between-unknown",
     {{kCatCow, 12, "/figure/props/0/between/1", "unknown end \"left-fot\"", "did you mean \"left-foot\"?"}}},
    {"body-between-on-chair",
     {{kCatCow, 12, "/figure/props/0/between", "only a strap or a towel runs between a hand and a foot",
       "place other props"}}},
    {"body-and-keyframes",
     {{kCatCow, 12, "/figure/keyframes",
       "a figure has either \"poses\" (the body) or \"keyframes\" (the stick figure), not both", "keep"}}},
    {"body-view-with-keyframes",
     {{kCatCow, 12, "/figure/view", "\"view\" belongs to a body figure", "give the body's \"poses\""}}},
    // Whom content suits, variants and programmes (docs/content-format.md, "Who it is for").
    {"avoid-without-reason",
     {{kCatCow, 9, "/avoid/0", "an avoid entry needs the reason the person is shown",
       "write it as {\"situation\": \"pregnancy\", \"reason\""}}},
    {"avoid-reason-missing", {{kCatCow, 9, "/avoid/0/reason", "missing required field \"reason\""}}},
    {"unknown-situation",
     {{kKnee, 7, "/suits/0", "unknown situation \"pregnant\"", "did you mean \"pregnancy\"? use one of: general,"}}},
    {"trimester-not-pregnancy",
     {{kKnee, 7, "/suits/0/from_trimester", "from_trimester applies only to \"pregnancy\"", "remove it"}}},
    {"trimester-out-of-range", {{kKnee, 7, "/suits/0/to_trimester", "to_trimester is 4; allowed: 1 to 3"}}},
    {"weeks-reversed",
     {{kGentle, 7, "/avoid/0/from_week", "from_week 12 is after to_week 6", "the range is inclusive"}}},
    {"unknown-min-level",
     {{kGentle, 7, "/min_level", "unknown level \"advanced\"", "use one of: gentle, beginner, intermediate"}}},
    {"suits-empty", {{kGentle, 7, "/suits", "an empty list: leave \"suits\" out instead"}}},
    {"variant-unknown",
     {{kCatCow, 9, "/easier", "unknown exercise \"knee-to-chets\"", "did you mean \"knee-to-chest\"?"}}},
    {"variant-itself",
     {{kCatCow, 9, "/harder", "an exercise cannot be its own harder variant", "name another exercise"}}},
    {"variant-both-ways",
     {{kCatCow, 10, "/harder", "\"knee-to-chest\" is named both easier and harder"}}},
    {"programme-unknown-routine",
     {{kPlan, 5, "/stages/0/routines/0", "unknown routine \"gentel\"", "did you mean \"gentle\"?"}}},
    {"programme-impossible-rhythm",
     {{kPlan, 5, "/stages/0/sessions_per_week",
       "an impossible rhythm: 7 sessions a week, 1 a day, with 1 rest day between session days needs 13 days; a "
       "week has 7",
       "at most 4 sessions a week fit this rhythm"}}},
    {"programme-per-day-above-week",
     {{kPlan, 5, "/stages/0/sessions_per_day", "sessions_per_day 2 is more than sessions_per_week 1"}}},
    {"programme-zero-weeks", {{kPlan, 5, "/stages/0/weeks", "weeks is 0; allowed: 1 to 52"}}},
    {"programme-dose-scale", {{kPlan, 5, "/stages/0/dose_scale", "dose_scale is 3; allowed: 0.5 to 2"}}},
    {"programme-no-stages", {{kPlan, 4, "/stages", "a programme needs 1 to 20 stages, found 0"}}},
    {"programme-unknown-stage-field",
     {{kPlan, 5, "/stages/0/sessions_a_week", "unknown field \"sessions_a_week\"",
       "did you mean \"sessions_per_week\"?"},
      {kPlan, 5, "/stages/0/sessions_per_week", "missing required field \"sessions_per_week\""}}},
    {"programme-id-not-file-name",
     {{kPlan, 2, "/id", "id \"the-plan\" does not match the file name \"plan.json\""}}},
    // Every problem is reported, not just the first, in file order.
    {"many-defects",
     {{"pack.json", 4, "/version", "the pack version must be a positive whole number, found a string"},
      {kCatCow, 6, "/category", "unknown category \"mobilty\"", "did you mean \"mobility\"?"},
      {kKnee, 7, "/sided", "expected true or false, found a number"},
      {kGentle, 11, "/items/0/reps", "reps is 0; allowed: 1 to 100"},
      {kGentle, 12, "/items/1/sets", "sets is 0; allowed: 1 to 10"}}},
};

class BrokenPackTest : public ::testing::TestWithParam<BrokenPack> {};

TEST_P(BrokenPackTest, ReportsExactlyItsDefects) {
    const BrokenPack& expected = GetParam();
    PackLoad load = loadPack(std::string(MC_TEST_FIXTURES) + "/broken/" + expected.defect);
    EXPECT_FALSE(load.ok());
    ASSERT_EQ(load.problems.size(), expected.problems.size()) << describeProblems(load.problems, "", 50);
    for (std::size_t i = 0; i < expected.problems.size(); ++i) {
        const Problem& got = load.problems[i];
        const Expected& want = expected.problems[i];
        SCOPED_TRACE(formatProblem(got));
        EXPECT_EQ(got.file, want.file);
        EXPECT_EQ(got.line, want.line);
        EXPECT_EQ(got.fieldPath, want.field);
        EXPECT_EQ(got.message, want.message);
        EXPECT_TRUE(got.hint.starts_with(want.hint)) << "hint: " << got.hint;
        EXPECT_FALSE(got.hint.empty() && got.fieldPath.empty()) << "a problem without a field needs a hint";
    }
}

INSTANTIATE_TEST_SUITE_P(Defects, BrokenPackTest, ::testing::ValuesIn(kBrokenPacks), [](const auto& info) {
    std::string name = info.param.defect;
    for (char& c : name) {
        if (c == '-') c = '_';
    }
    return name;
});

TEST(BrokenPacks, EveryFixtureFolderIsInTheTable) {
    // A fixture added without an expectation would silently test nothing.
    std::size_t folders = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(MC_TEST_FIXTURES) + "/broken")) {
        if (!entry.is_directory()) continue;
        ++folders;
        std::string name = entry.path().filename().string();
        bool listed = false;
        for (const BrokenPack& p : kBrokenPacks) listed = listed || p.defect == name;
        EXPECT_TRUE(listed) << name;
    }
    EXPECT_EQ(folders, kBrokenPacks.size());
    EXPECT_GE(kBrokenPacks.size(), 15u);
}

}  // namespace
}  // namespace mc
