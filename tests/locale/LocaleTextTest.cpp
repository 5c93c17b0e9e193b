// The words of every language: complete, and numbers and plurals that agree.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "locale/Locale.h"

namespace mc {
namespace {

const Locale& english() { return localeFor("en"); }
const Locale& russian() { return localeFor("ru"); }

TEST(LocaleText, ThereAreEnglishAndRussianAndEnglishIsTheFallback) {
    ASSERT_GE(supportedLocales().size(), 2u);
    EXPECT_STREQ(supportedLocales().front().tag, "en");
    EXPECT_STREQ(russian().tag, "ru");
}

TEST(LocaleText, EveryScreenWordIsThereInEveryLanguage) {
    for (const Locale& l : supportedLocales()) {
        for (std::size_t k = 0; k < kKeyCount<UiKey>; ++k) {
            const char* s = l[static_cast<UiKey>(k)];
            ASSERT_NE(s, nullptr) << l.tag << " key " << k;
            EXPECT_STRNE(s, "") << l.tag << " key " << k;
        }
    }
}

TEST(LocaleText, EveryPhraseAndNounIsThereInEveryLanguage) {
    for (const Locale& l : supportedLocales()) {
        EXPECT_STRNE(l.name, "") << l.tag;
        EXPECT_STRNE(l.espeakVoice, "") << l.tag;
        for (std::size_t k = 0; k < kKeyCount<Phrase>; ++k) {
            const char* s = l.phrases[static_cast<Phrase>(k)];
            ASSERT_NE(s, nullptr) << l.tag << " phrase " << k;
            EXPECT_STRNE(s, "") << l.tag << " phrase " << k;
        }
        for (std::size_t k = 0; k < kKeyCount<Noun>; ++k) {
            for (int n : {1, 2, 3, 5, 11, 21, 22, 25, 100}) {
                const char* s = l.nounFor(n, static_cast<Noun>(k));
                ASSERT_NE(s, nullptr) << l.tag << " noun " << k;
                EXPECT_STRNE(s, "") << l.tag << " noun " << k << " for " << n;
            }
        }
        for (int n = 0; n <= 999; ++n) EXPECT_FALSE(l.number(n).empty()) << l.tag << " " << n;
    }
}

TEST(LocaleText, TheLanguagesReallyDiffer) {
    // A copy-pasted block left untranslated would pass the completeness check.
    int same = 0;
    for (std::size_t k = 0; k < kKeyCount<UiKey>; ++k)
        same += std::string(english()[static_cast<UiKey>(k)]) == russian()[static_cast<UiKey>(k)];
    EXPECT_EQ(same, 0);
    EXPECT_STREQ(russian()[UiKey::Rest], "Отдых");
    EXPECT_STREQ(english()[UiKey::Rest], "Rest");
}

TEST(LocaleText, ContentVocabularyHasNames) {
    EXPECT_STREQ(english().focus("relief"), "Pain relief");
    EXPECT_STREQ(russian().focus("office"), "Перерыв в работе");
    EXPECT_STREQ(russian().level("gentle"), "щадящий");
    EXPECT_STREQ(english().focus("unknown-focus"), "");
    EXPECT_STREQ(english().level(""), "");
}

TEST(LocaleText, AllUiTextHoldsEveryLanguage) {
    const std::string all = allUiText();
    EXPECT_NE(all.find("Get ready"), std::string::npos);
    EXPECT_NE(all.find("Приготовьтесь"), std::string::npos);
    EXPECT_NE(all.find("After childbirth"), std::string::npos);
}

TEST(NumberWords, English) {
    const Locale& en = english();
    EXPECT_EQ(en.number(0), "zero");
    EXPECT_EQ(en.number(15), "fifteen");
    EXPECT_EQ(en.number(21), "twenty-one");
    EXPECT_EQ(en.number(40), "forty");
    EXPECT_EQ(en.number(100), "one hundred");
    EXPECT_EQ(en.number(105), "one hundred and five");
    EXPECT_EQ(en.number(342), "three hundred and forty-two");
    EXPECT_EQ(en.number(1200), "1200");
    EXPECT_EQ(en.number(-3), "-3");
    EXPECT_EQ(en.number(1, Gender::Feminine), "one");  // English has no agreement
}

TEST(NumberWords, RussianAgreesInGender) {
    const Locale& ru = russian();
    EXPECT_EQ(ru.number(0), "ноль");
    EXPECT_EQ(ru.number(1), "один");
    EXPECT_EQ(ru.number(1, Gender::Feminine), "одна");
    EXPECT_EQ(ru.number(1, Gender::Neuter), "одно");
    EXPECT_EQ(ru.number(2, Gender::Feminine), "две");
    EXPECT_EQ(ru.number(2, Gender::Neuter), "два");
    EXPECT_EQ(ru.number(12, Gender::Feminine), "двенадцать");
    EXPECT_EQ(ru.number(21, Gender::Neuter), "двадцать одно");
    EXPECT_EQ(ru.number(15), "пятнадцать");
    EXPECT_EQ(ru.number(100), "сто");
    EXPECT_EQ(ru.number(342), "триста сорок два");
    EXPECT_EQ(ru.number(902, Gender::Feminine), "девятьсот две");
}

TEST(PluralRules, EnglishHasOneAndOther) {
    const Locale& en = english();
    EXPECT_EQ(en.plural(1), PluralCategory::One);
    for (int n : {0, 2, 5, 11, 21, 101}) EXPECT_EQ(en.plural(n), PluralCategory::Other) << n;
    EXPECT_STREQ(en.nounFor(1, Noun::Second), "second");
    EXPECT_STREQ(en.nounFor(21, Noun::Second), "seconds");
    EXPECT_EQ(en.count(1, Noun::Repetition), "one repetition");
    EXPECT_EQ(en.count(2, Noun::Set), "two sets");
}

TEST(PluralRules, RussianHasOneFewMany) {
    const Locale& ru = russian();
    for (int n : {1, 21, 31, 101, 121}) EXPECT_EQ(ru.plural(n), PluralCategory::One) << n;
    for (int n : {2, 3, 4, 22, 34, 102}) EXPECT_EQ(ru.plural(n), PluralCategory::Few) << n;
    for (int n : {0, 5, 9, 11, 12, 13, 14, 19, 20, 25, 111, 112, 114}) EXPECT_EQ(ru.plural(n), PluralCategory::Many) << n;
    EXPECT_STREQ(ru.nounFor(1, Noun::Second), "секунда");
    EXPECT_STREQ(ru.nounFor(3, Noun::Second), "секунды");
    EXPECT_STREQ(ru.nounFor(12, Noun::Second), "секунд");
    EXPECT_STREQ(ru.nounFor(22, Noun::Second), "секунды");
    EXPECT_STREQ(ru.nounFor(25, Noun::Second), "секунд");
    EXPECT_EQ(ru.count(21, Noun::Second), "двадцать одна секунда");
    EXPECT_EQ(ru.count(2, Noun::Minute), "две минуты");
    EXPECT_EQ(ru.count(5, Noun::Repetition), "пять повторений");
    EXPECT_EQ(ru.count(1, Noun::Repetition), "одно повторение");
    EXPECT_EQ(ru.count(3, Noun::Set), "три подхода");
}

TEST(Phrases, FillTheirBlanks) {
    EXPECT_EQ(english().phrase(Phrase::NextUp, {"Bridge"}), "Next up: Bridge.");
    EXPECT_EQ(english().phrase(Phrase::RestBeforeSet, {"two", "three"}), "Rest. Next: set two of three.");
    // Russian leaves the second blank out.
    EXPECT_EQ(russian().phrase(Phrase::RestBeforeSet, {"два", "три"}), "Отдых. Далее подход номер два.");
    EXPECT_EQ(english().phrase(Phrase::Rest), "Rest.");
    // A blank with nothing to fill stays empty rather than showing "{1}".
    EXPECT_EQ(english().phrase(Phrase::NextUp), "Next up: .");
}

TEST(Voices, EachLanguageHasItsEspeakVoice) {
    EXPECT_STREQ(localeFor("ru-RU").espeakVoice, "ru");
    EXPECT_STREQ(localeFor("en-GB").espeakVoice, "en");
    EXPECT_STREQ(localeFor("xx").espeakVoice, "en");
}

}  // namespace
}  // namespace mc
