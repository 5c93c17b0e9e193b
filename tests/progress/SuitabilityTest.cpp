// Whether content suits a person, and the reasons it does not.
#include <gtest/gtest.h>

#include "progress/PreparedRoutine.h"
#include "progress/Suitability.h"

namespace mc {
namespace {

LocalizedText text(const std::string& en) { return LocalizedText{{{"en", en}, {"ru", "ru:" + en}}}; }

AudienceCondition pregnancy(std::optional<int> from = {}, std::optional<int> to = {}) {
    AudienceCondition c;
    c.situation = Situation::Pregnancy;
    c.fromTrimester = from;
    c.toTrimester = to;
    return c;
}

Profile person(Situation s, int trimester = 0, int weeks = 0) {
    Profile p;
    p.id = 1;
    p.name = "Anna";
    p.situation = s;
    p.trimester = trimester;
    p.weeksSinceBirth = weeks;
    return p;
}

Exercise exercise(const std::string& id, std::vector<std::string> equipment = {"mat"}) {
    Exercise e;
    e.id = id;
    e.name = text(id);
    e.equipment = std::move(equipment);
    return e;
}

Routine routine(const std::string& id, std::vector<std::string> exercises) {
    Routine r;
    r.id = id;
    for (const std::string& e : exercises) r.items.push_back({e, Dose{}, std::nullopt});
    return r;
}

TEST(Suitability, ConditionsMatchSituationAndItsStage) {
    EXPECT_TRUE(conditionMatches(pregnancy(), person(Situation::Pregnancy, 1)));
    EXPECT_FALSE(conditionMatches(pregnancy(2), person(Situation::Pregnancy, 1)));
    EXPECT_TRUE(conditionMatches(pregnancy(2), person(Situation::Pregnancy, 3)));
    EXPECT_FALSE(conditionMatches(pregnancy(1, 2), person(Situation::Pregnancy, 3)));
    EXPECT_FALSE(conditionMatches(pregnancy(), person(Situation::Postpartum, 0, 3)));
    AudienceCondition early{Situation::Postpartum, {}, {}, 0, 12};
    EXPECT_TRUE(conditionMatches(early, person(Situation::Postpartum, 0, 12)));
    EXPECT_FALSE(conditionMatches(early, person(Situation::Postpartum, 0, 13)));
    EXPECT_TRUE(conditionMatches(AudienceCondition{Situation::Strength}, person(Situation::Strength)));
}

TEST(Suitability, AvoidGivesTheContentsReason) {
    Exercise prone = exercise("cobra");
    prone.suitability.avoid.push_back({pregnancy(2), text("lies face down")});
    EXPECT_TRUE(checkExercise(prone, person(Situation::Pregnancy, 1)).suits());
    SuitabilityVerdict v = checkExercise(prone, person(Situation::Pregnancy, 2));
    ASSERT_EQ(v.reasons.size(), 1u);
    EXPECT_EQ(v.reasons[0].kind, Unsuitability::Kind::Avoid);
    EXPECT_EQ(v.reasons[0].exerciseId, "cobra");
    EXPECT_EQ(describeUnsuitability(v.reasons[0], "en"), "lies face down");
    EXPECT_EQ(describeUnsuitability(v.reasons[0], "ru-RU"), "ru:lies face down");
}

TEST(Suitability, EquipmentTheProfileLacks) {
    Exercise row = exercise("row", {"dumbbells", "bench"});
    Profile p = person(Situation::General);
    SuitabilityVerdict v = checkExercise(row, p);
    ASSERT_EQ(v.reasons.size(), 2u);
    EXPECT_EQ(describeUnsuitability(v.reasons[0], "en"), "needs dumbbells");
    EXPECT_EQ(describeUnsuitability(v.reasons[1], "en"), "needs a bench");
    EXPECT_EQ(describeUnsuitability(v.reasons[0], "ru"), "нужно: гантели");
    p.equipment = {"dumbbells", "bench"};
    EXPECT_TRUE(checkExercise(row, p).suits());
    EXPECT_TRUE(checkExercise(exercise("floor", {"none", "mat"}), person(Situation::General)).suits());
    // Household aids are at hand everywhere; a chair is not assumed.
    EXPECT_TRUE(checkExercise(exercise("aids", {"wall", "towel", "pillow", "strap"}), person(Situation::General)).suits());
    EXPECT_EQ(checkExercise(exercise("seated", {"chair"}), person(Situation::General)).reasons.at(0).detail, "chair");
}

TEST(Suitability, MinLevelAndSuitsList) {
    Suitability d;
    d.minLevel = Level::Intermediate;
    d.suits = {pregnancy(), AudienceCondition{Situation::Postpartum}};
    Profile p = person(Situation::General);
    SuitabilityVerdict v = checkDeclaration(d, p);
    ASSERT_EQ(v.reasons.size(), 2u);
    EXPECT_EQ(v.reasons[0].kind, Unsuitability::Kind::MeantForOthers);
    EXPECT_EQ(v.reasons[0].detail, "pregnancy, postpartum");
    EXPECT_EQ(v.reasons[1].kind, Unsuitability::Kind::Level);
    EXPECT_EQ(describeUnsuitability(v.reasons[1], "en"), "for level intermediate and up");
    EXPECT_EQ(describeUnsuitability(v.reasons[1], "ru"), "уровень не ниже: средний");
    EXPECT_EQ(describeUnsuitability(v.reasons[0], "en"), "meant for pregnancy, after childbirth");
    EXPECT_EQ(describeUnsuitability(v.reasons[0], "ru"), "предназначено для: беременность, после родов");
    p.situation = Situation::Postpartum;
    p.level = Level::Intermediate;
    EXPECT_TRUE(checkDeclaration(d, p).suits());
}

ContentPack packWithVariants() {
    ContentPack pack;
    Exercise plank = exercise("plank");
    plank.easier = "knee-plank";
    plank.suitability.avoid.push_back({AudienceCondition{Situation::Postpartum, {}, {}, 0, 12}, text("diastasis")});
    Exercise knee = exercise("knee-plank");
    knee.harder = "plank";
    Exercise crunch = exercise("crunch");
    crunch.suitability.avoid.push_back({AudienceCondition{Situation::Postpartum, {}, {}, 0, 12}, text("diastasis")});
    pack.exercises = {plank, knee, crunch, exercise("bridge")};
    pack.routines = {routine("core", {"bridge", "plank"}), routine("abs", {"crunch", "bridge"})};
    return pack;
}

TEST(Suitability, RoutineIsUnsuitableOnlyWithoutASuitableVariant) {
    ContentPack pack = packWithVariants();
    Profile p = person(Situation::Postpartum, 0, 6);
    EXPECT_TRUE(checkRoutine(pack.routines[0], pack, p).suits());  // plank -> knee-plank
    EXPECT_EQ(suitableStandIn(pack, "plank", p), "knee-plank");
    SuitabilityVerdict abs = checkRoutine(pack.routines[1], pack, p);
    ASSERT_EQ(abs.reasons.size(), 1u);
    EXPECT_EQ(abs.reasons[0].exerciseId, "crunch");
    EXPECT_EQ(suitableStandIn(pack, "crunch", p), "");
    EXPECT_TRUE(checkRoutine(pack.routines[1], pack, person(Situation::Postpartum, 0, 13)).suits());
}

TEST(PreparedRoutine, LevelPicksVariantsAndUnsuitableAreSwapped) {
    ContentPack pack = packWithVariants();
    Profile p = person(Situation::General);
    p.level = Level::Gentle;
    PreparedRoutine gentle = prepareRoutine(pack.routines[0], pack, p);
    EXPECT_EQ(gentle.routine.items[1].exercise, "knee-plank");
    ASSERT_EQ(gentle.swaps.size(), 1u);
    EXPECT_EQ(gentle.swaps[0].why, VariantSwap::Why::Easier);

    p.level = Level::Beginner;
    EXPECT_TRUE(prepareRoutine(pack.routines[0], pack, p).swaps.empty());

    Routine kneeFirst = routine("r", {"knee-plank"});
    p.level = Level::Intermediate;
    EXPECT_EQ(prepareRoutine(kneeFirst, pack, p).routine.items[0].exercise, "plank");
    p.situation = Situation::Postpartum;  // week 0: plank is avoided, so no harder variant
    EXPECT_EQ(prepareRoutine(kneeFirst, pack, p).routine.items[0].exercise, "knee-plank");
    PreparedRoutine swapped = prepareRoutine(pack.routines[0], pack, p);
    EXPECT_EQ(swapped.routine.items[1].exercise, "knee-plank");
    EXPECT_EQ(swapped.swaps[0].why, VariantSwap::Why::Unsuitable);
}

TEST(PreparedRoutine, AVariantDosedAnotherWayTakesItsOwnDoseAndAllAreScaled) {
    ContentPack pack = packWithVariants();
    Exercise& knee = pack.exercises[1];
    knee.dose.kind = Dose::Kind::Reps;
    knee.dose.reps = 8;
    Routine r = routine("r", {"plank", "bridge"});
    r.items[0].dose.hold = Millis{20000};
    Profile p = person(Situation::General);
    p.level = Level::Gentle;
    PreparedRoutine prepared = prepareRoutine(r, pack, p, 1.5);
    ASSERT_EQ(prepared.routine.items[0].exercise, "knee-plank");
    EXPECT_EQ(prepared.routine.items[0].dose.kind, Dose::Kind::Reps);
    EXPECT_EQ(prepared.routine.items[0].dose.reps, 12);        // 8 x 1.5
    EXPECT_EQ(prepared.routine.items[1].dose.hold, Millis{45000});  // 30 s x 1.5
    EXPECT_EQ(prepared.routine.id, "r");
}

TEST(Suitability, StandInFollowsHarderLinksWhenNoEasierSuits) {
    ContentPack pack;
    Exercise wall = exercise("wall-push", {"wall", "chair"});
    wall.harder = "floor-push";
    Exercise floor = exercise("floor-push");
    pack.exercises = {wall, floor};
    EXPECT_EQ(suitableStandIn(pack, "wall-push", person(Situation::General)), "floor-push");
    EXPECT_EQ(suitableStandIn(pack, "missing", person(Situation::General)), "");
    Routine r = routine("r", {"wall-push"});
    EXPECT_TRUE(checkRoutine(r, pack, person(Situation::General)).suits());
}

TEST(PreparedRoutine, DosesScaleAndRoundSensibly) {
    Dose hold;
    hold.kind = Dose::Kind::Hold;
    hold.hold = Millis{30000};
    EXPECT_EQ(scaleDose(hold, 1.2).hold, Millis{35000});   // 36 s -> 35 s
    EXPECT_EQ(scaleDose(hold, 1.1).hold, Millis{35000});   // 33 s -> 35 s
    EXPECT_EQ(scaleDose(hold, 1.05).hold, Millis{30000});  // 31.5 s -> 30 s, never below
    EXPECT_EQ(scaleDose(hold, 0.5).hold, Millis{15000});
    hold.hold = Millis{10000};
    EXPECT_EQ(scaleDose(hold, 1.25).hold, Millis{13000});  // 12.5 -> 13
    EXPECT_EQ(scaleDose(hold, 0.5).hold, Millis{5000});
    hold.hold = Millis{6000};
    EXPECT_EQ(scaleDose(hold, 0.5).hold, Millis{5000});  // never below 5 s
    Dose reps;
    reps.kind = Dose::Kind::Reps;
    reps.reps = 10;
    reps.sets = 2;
    Dose scaled = scaleDose(reps, 1.5);
    EXPECT_EQ(scaled.reps, 15);
    EXPECT_EQ(scaled.sets, 2);
    reps.reps = 1;
    EXPECT_EQ(scaleDose(reps, 0.5).reps, 1);
    reps.reps = 3;
    EXPECT_EQ(scaleDose(reps, 1.1).reps, 3);
}

}  // namespace
}  // namespace mc
