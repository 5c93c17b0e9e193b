// A valid pack read from disk: every field lands in the content model, routine
// overrides are applied onto exercise defaults, figures get their defaults.
#include <gtest/gtest.h>

#include "content/FigureReader.h"
#include "platform/files/PackReader.h"

namespace mc {
namespace {

const std::string kComplete = std::string(MC_TEST_FIXTURES) + "/valid/complete";

ContentPack loadComplete() {
    PackLoad load = loadPack(kComplete);
    EXPECT_TRUE(load.ok()) << describeProblems(load.problems, kComplete, 50);
    return load.ok() ? *load.pack : ContentPack{};
}

TEST(ValidPack, ReadsPackDescription) {
    ContentPack pack = loadComplete();
    EXPECT_EQ(pack.formatVersion, 1);
    EXPECT_EQ(pack.id, "fixture-pack");
    EXPECT_EQ(pack.version, "3");
    EXPECT_EQ(pack.language, "en");
    EXPECT_EQ(pack.title.in("ru"), "Тестовый набор");
    ASSERT_EQ(pack.safety.size(), 1u);
    EXPECT_EQ(pack.safety[0].in("en"), "Stop if anything hurts.");
}

TEST(ValidPack, ReadsExercisesInFileOrder) {
    ContentPack pack = loadComplete();
    ASSERT_EQ(pack.exercises.size(), 2u);
    const Exercise& cat = pack.exercises[0];
    EXPECT_EQ(cat.id, "cat-cow");
    EXPECT_EQ(cat.name.in("ru"), "Кошка-корова");
    EXPECT_EQ(cat.category, Category::Mobility);
    EXPECT_EQ(cat.muscles, std::vector<std::string>{"lower back"});
    EXPECT_FALSE(cat.sided);
    EXPECT_EQ(cat.dose.kind, Dose::Kind::Reps);
    EXPECT_EQ(cat.dose.reps, 10);
    // Tempo parts left out take the defaults (0 s top and bottom).
    EXPECT_EQ(cat.dose.tempo.up, 3000ms);
    EXPECT_EQ(cat.dose.tempo.top, 0ms);
    EXPECT_EQ(cat.dose.tempo.down, 3000ms);
    EXPECT_EQ(cat.dose.sets, 1);
    ASSERT_EQ(cat.cues.size(), 1u);
    EXPECT_TRUE(cat.image.empty());

    const Exercise& knee = pack.exercises[1];
    EXPECT_EQ(knee.id, "knee-to-chest");
    EXPECT_TRUE(knee.sided);
    EXPECT_EQ(knee.category, Category::Stretch);
    EXPECT_EQ(knee.dose.kind, Dose::Kind::Hold);
    EXPECT_EQ(knee.dose.hold, 30000ms);
    EXPECT_EQ(knee.dose.sets, 2);
    EXPECT_EQ(knee.dose.restBetweenSets, 10000ms);
    EXPECT_EQ(knee.dose.switchSides, 5000ms);
    EXPECT_EQ(knee.image, "images/knee-to-chest.png");
    EXPECT_EQ(knee.contraindications.size(), 1u);
}

TEST(ValidPack, FiguresFillLeftOutSegmentsWithTheStandingPose) {
    ContentPack pack = loadComplete();
    const Figure& figure = pack.exercises[1].figure;
    ASSERT_EQ(figure.keyframes.size(), 2u);
    EXPECT_FLOAT_EQ(figure.keyframes[1].at, 1.0f);
    const Pose& end = figure.keyframes[1].pose;
    EXPECT_FLOAT_EQ(end.hipY, 0.05f);
    EXPECT_FLOAT_EQ(end.angle[static_cast<int>(Segment::Torso)], 180.0f);
    EXPECT_FLOAT_EQ(end.angle[static_cast<int>(Segment::ThighL)], 120.0f);
    EXPECT_FLOAT_EQ(end.angle[static_cast<int>(Segment::ShinL)], -30.0f);
    // Not given: standing values.
    EXPECT_FLOAT_EQ(end.angle[static_cast<int>(Segment::Head)], defaultPose().angle[static_cast<int>(Segment::Head)]);
    EXPECT_FLOAT_EQ(end.angle[static_cast<int>(Segment::ThighR)], -90.0f);
    EXPECT_FLOAT_EQ(defaultPose().angle[static_cast<int>(Segment::Torso)], 90.0f);
}

TEST(ValidPack, RoutineItemsApplyOverridesOntoExerciseDoses) {
    ContentPack pack = loadComplete();
    ASSERT_EQ(pack.routines.size(), 1u);
    const Routine& r = pack.routines[0];
    EXPECT_EQ(r.id, "gentle");
    EXPECT_EQ(r.focus, "relief");
    EXPECT_EQ(r.level, "gentle");
    EXPECT_EQ(r.getReady, 5000ms);
    EXPECT_EQ(r.restBetweenExercises, 10000ms);
    EXPECT_EQ(r.safety.in("en"), "Stop if pain grows.");
    ASSERT_EQ(r.items.size(), 2u);

    // "reps": 6 on a reps exercise keeps its tempo and other fields.
    const RoutineItem& cat = r.items[0];
    EXPECT_EQ(cat.exercise, "cat-cow");
    EXPECT_EQ(cat.dose.kind, Dose::Kind::Reps);
    EXPECT_EQ(cat.dose.reps, 6);
    EXPECT_EQ(cat.dose.tempo.up, 3000ms);
    EXPECT_EQ(cat.dose.tempo.down, 3000ms);
    EXPECT_EQ(cat.dose.workTime(), 36000ms);
    EXPECT_FALSE(cat.restAfter.has_value());

    // hold_s and sets override; rest_s stays the exercise's.
    const RoutineItem& knee = r.items[1];
    EXPECT_EQ(knee.dose.kind, Dose::Kind::Hold);
    EXPECT_EQ(knee.dose.hold, 20000ms);
    EXPECT_EQ(knee.dose.sets, 1);
    EXPECT_EQ(knee.dose.restBetweenSets, 10000ms);
    ASSERT_TRUE(knee.restAfter.has_value());
    EXPECT_EQ(*knee.restAfter, 0ms);
}

// Overrides that turn one kind of dose into the other, built in memory (the parser needs no files).
PackSource sourceWithItem(const std::string& exerciseDose, const std::string& item) {
    PackSource s;
    s.jsonTexts["pack.json"] = R"({"format": 1, "id": "p", "version": 1, "title": {"en": "P"}})";
    s.jsonTexts["exercises/e.json"] =
        R"({"id": "e", "name": {"en": "E"}, "instructions": {"en": "Do it."}, "category": "strength", "dose": )" +
        exerciseDose + "}";
    s.jsonTexts["routines/r.json"] =
        R"({"id": "r", "title": {"en": "R"}, "focus": "strength", "level": "beginner", "safety": {"en": "Careful."},
            "items": [)" +
        item + "]}";
    return s;
}

TEST(Overrides, RepsTurnAHoldIntoRepetitionsWithTheDefaultTempo) {
    PackParse parse = parsePack(sourceWithItem(R"({"hold_s": 30, "sets": 3})", R"({"exercise": "e", "reps": 8})"));
    ASSERT_TRUE(parse.valid()) << describeProblems(parse.problems);
    const Dose& d = parse.pack.routines[0].items[0].dose;
    EXPECT_EQ(d.kind, Dose::Kind::Reps);
    EXPECT_EQ(d.reps, 8);
    EXPECT_EQ(d.tempo.rep(), 4000ms);  // 2 s up + 2 s down
    EXPECT_EQ(d.sets, 3);
}

TEST(Overrides, HoldTurnsRepetitionsIntoAHold) {
    PackParse parse = parsePack(
        sourceWithItem(R"({"reps": 5, "tempo": {"up_s": 1}})", R"({"exercise": "e", "hold_s": 12.5, "switch_s": 3})"));
    ASSERT_TRUE(parse.valid()) << describeProblems(parse.problems);
    const Dose& d = parse.pack.routines[0].items[0].dose;
    EXPECT_EQ(d.kind, Dose::Kind::Hold);
    EXPECT_EQ(d.hold, 12500ms);
    EXPECT_EQ(d.switchSides, 3000ms);
}

TEST(Overrides, ATempoAloneReplacesTheExercisesTempo) {
    PackParse parse = parsePack(sourceWithItem(R"({"reps": 5, "tempo": {"up_s": 1, "top_s": 1, "down_s": 1}})",
                                               R"({"exercise": "e", "tempo": {"up_s": 3, "down_s": 4}})"));
    ASSERT_TRUE(parse.valid()) << describeProblems(parse.problems);
    const Dose& d = parse.pack.routines[0].items[0].dose;
    EXPECT_EQ(d.reps, 5);
    EXPECT_EQ(d.tempo.up, 3000ms);
    EXPECT_EQ(d.tempo.top, 0ms);  // a tempo object is complete on its own
    EXPECT_EQ(d.tempo.down, 4000ms);
}

TEST(Overrides, AZeroLengthRepetitionIsAProblem) {
    PackParse parse =
        parsePack(sourceWithItem(R"({"reps": 5, "tempo": {"up_s": 0, "down_s": 0}})", R"({"exercise": "e"})"));
    ASSERT_EQ(parse.problems.size(), 1u) << describeProblems(parse.problems);
    EXPECT_EQ(parse.problems[0].fieldPath, "/dose/tempo");
    EXPECT_EQ(parse.problems[0].message, "a repetition lasts 0 s");
}

TEST(Overrides, DoseMissingBothKindsIsAProblem) {
    PackParse parse = parsePack(sourceWithItem(R"({"sets": 2})", R"({"exercise": "e"})"));
    ASSERT_EQ(parse.problems.size(), 1u) << describeProblems(parse.problems);
    EXPECT_EQ(parse.problems[0].fieldPath, "/dose");
    EXPECT_EQ(parse.problems[0].message, "missing \"hold_s\" or \"reps\"");
}

TEST(ParsePack, AcceptsASchemaReferenceAndAByteOrderMark) {
    PackSource s = sourceWithItem(R"({"hold_s": 30})", R"({"exercise": "e"})");
    s.jsonTexts["pack.json"] =
        "\xEF\xBB\xBF"
        R"({"$schema": "../docs/content-schema.json", "format": 1, "id": "p", "version": 1, "title": {"en": "P"}})";
    PackParse parse = parsePack(s);
    EXPECT_TRUE(parse.valid()) << describeProblems(parse.problems);
}

}  // namespace
}  // namespace mc
