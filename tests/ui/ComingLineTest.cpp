// What a rest or get-ready says comes next: the word "Next" first, and between sets
// which set and how much of it, not the whole item's "3 × 12".
#include <gtest/gtest.h>

#include "ui/Screens.h"

namespace mc {
namespace {

Dose threeSetsOfTwelve() {
    Dose d;
    d.kind = Dose::Kind::Reps;
    d.reps = 12;
    d.sets = 3;
    return d;
}

TEST(ComingLine, ARestBeforeAnExerciseNamesItAfterTheWordNext) {
    Phase rest;
    rest.kind = PhaseKind::ExerciseRest;
    EXPECT_EQ(comingLine(rest, "Bridge", threeSetsOfTwelve(), false, localeFor("en")),
              "Next up: Bridge  \xE2\x80\xA2  3\xC2\xA0\xC3\x97\xC2\xA0" "12\xC2\xA0repetitions");
}

TEST(ComingLine, ARestBetweenSetsSaysWhichSetAndOneSetsDose) {
    Phase rest;
    rest.kind = PhaseKind::SetRest;
    rest.set = 2;
    rest.sets = 3;
    EXPECT_EQ(comingLine(rest, "Bridge", threeSetsOfTwelve(), false, localeFor("en")),
              "Next up: Set\xC2\xA0" "2\xC2\xA0of\xC2\xA0" "3  \xE2\x80\xA2  12\xC2\xA0repetitions");
    const std::string ru = comingLine(rest, "Мост", threeSetsOfTwelve(), false, localeFor("ru-RU"));
    EXPECT_EQ(ru.rfind("Далее: ", 0), 0u) << ru;
    EXPECT_NE(ru.find("12\xC2\xA0повторений"), std::string::npos) << ru;
}

}  // namespace
}  // namespace mc
