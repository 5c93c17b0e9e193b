// Russian grammar of the counts and doses the screens show: the noun after a number
// (1 повторение, 3 повторения, 5 повторений), after "из N" (genitive: из 1 занятия,
// из 3 занятий) and the word order of a hold ("удержание 30 с", not "30 с удержание").
#include <gtest/gtest.h>

#include <string>

#include "locale/Locale.h"

namespace mc {
namespace {

const Locale& english() { return localeFor("en"); }
const Locale& russian() { return localeFor("ru"); }

struct Forms {
    Noun noun;
    const char* one;   // 1, 21, 101
    const char* few;   // 2-4, 22-24
    const char* many;  // 0, 5-20, 25, 111
};

const Forms kRussianNouns[] = {
    {Noun::Repetition, "повторение", "повторения", "повторений"},
    {Noun::Second, "секунда", "секунды", "секунд"},
    {Noun::Minute, "минута", "минуты", "минут"},
    {Noun::Set, "подход", "подхода", "подходов"},
    {Noun::Exercise, "упражнение", "упражнения", "упражнений"},
    {Noun::Session, "занятие", "занятия", "занятий"},
    {Noun::Week, "неделя", "недели", "недель"},
};

TEST(RussianCounts, TheNounAfterANumberTakesItsPluralForm) {
    for (const Forms& f : kRussianNouns) {
        for (int n : {1, 21, 101, 1001}) EXPECT_STREQ(russian().nounFor(n, f.noun), f.one) << n;
        for (int n : {2, 3, 4, 22, 34, 102}) EXPECT_STREQ(russian().nounFor(n, f.noun), f.few) << n;
        for (int n : {0, 5, 11, 12, 14, 19, 20, 25, 111, 112}) EXPECT_STREQ(russian().nounFor(n, f.noun), f.many) << n;
    }
}

TEST(RussianCounts, AfterOfNTheNounIsGenitive) {
    // "из" declines the numeral too: из одного занятия (genitive singular), из трёх / пяти
    // занятий (genitive plural, also after 2-4).
    const Forms genitive[] = {
        {Noun::Repetition, "повторения", "повторений", ""}, {Noun::Second, "секунды", "секунд", ""},
        {Noun::Minute, "минуты", "минут", ""},              {Noun::Set, "подхода", "подходов", ""},
        {Noun::Exercise, "упражнения", "упражнений", ""},   {Noun::Session, "занятия", "занятий", ""},
        {Noun::Week, "недели", "недель", ""},
    };
    for (const Forms& f : genitive) {
        for (int n : {1, 21, 101}) EXPECT_STREQ(russian().nounAfterOf(n, f.noun), f.one) << n;
        for (int n : {0, 2, 3, 4, 5, 11, 12, 22, 25, 111}) EXPECT_STREQ(russian().nounAfterOf(n, f.noun), f.few) << n;
    }
}

TEST(RussianCounts, ProgressReadsDoneOfGoal) {
    EXPECT_EQ(russian().outOf(0, 3, Noun::Session), "0 из 3 занятий");
    EXPECT_EQ(russian().outOf(1, 1, Noun::Session), "1 из 1 занятия");
    EXPECT_EQ(russian().outOf(2, 5, Noun::Session), "2 из 5 занятий");
    EXPECT_EQ(russian().outOf(3, 21, Noun::Session), "3 из 21 занятия");
    EXPECT_EQ(russian().outOf(1, 2, Noun::Week), "1 из 2 недель");
    EXPECT_EQ(russian().outOf(4, 12, Noun::Exercise), "4 из 12 упражнений");
    EXPECT_EQ(english().outOf(0, 3, Noun::Session), "0 of 3 sessions");
    EXPECT_EQ(english().outOf(1, 1, Noun::Session), "1 of 1 session");
}

TEST(RussianCounts, AHoldNamesTheHoldFirst) {
    EXPECT_EQ(russian().text(UiKey::Hold, {"30 с"}), "удержание 30 с");
    EXPECT_EQ(english().text(UiKey::Hold, {"30 s"}), "30 s hold");
}

TEST(RussianCounts, SpokenCountsAgreeInGender) {
    EXPECT_EQ(russian().count(1, Noun::Repetition), "одно повторение");
    EXPECT_EQ(russian().count(2, Noun::Repetition), "два повторения");
    EXPECT_EQ(russian().count(21, Noun::Second), "двадцать одна секунда");
    EXPECT_EQ(russian().count(2, Noun::Minute), "две минуты");
    EXPECT_EQ(russian().count(3, Noun::Set), "три подхода");
    EXPECT_EQ(russian().count(1, Noun::Week), "одна неделя");
    EXPECT_EQ(russian().count(0, Noun::Session), "ноль занятий");
    EXPECT_EQ(russian().count(12, Noun::Exercise), "двенадцать упражнений");
}

TEST(RussianCounts, TheGenitiveFormsReachTheGlyphList) {
    const std::string all = allUiText();
    EXPECT_NE(all.find("занятий"), std::string::npos);
    EXPECT_NE(all.find("выполнено"), std::string::npos);
}

}  // namespace
}  // namespace mc
