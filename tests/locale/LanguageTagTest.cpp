// Language tags matched by BCP 47 lookup (RFC 4647): what the config, the command
// line and content texts all go through.
#include <gtest/gtest.h>

#include <array>

#include "locale/LanguageTag.h"
#include "locale/Locale.h"

namespace mc {
namespace {

constexpr std::array<std::string_view, 4> kAvailable = {"en", "ru", "zh", "zh-Hant"};

LanguageMatch lookup(std::string_view requested) { return lookupLanguage(requested, kAvailable, "en"); }

TEST(LanguageTag, RegionTagsFindTheirLanguage) {
    EXPECT_EQ(lookup("ru-RU").tag, "ru");
    EXPECT_FALSE(lookup("ru-RU").fellBack);
    EXPECT_EQ(lookup("en-GB").tag, "en");
    EXPECT_FALSE(lookup("en-GB").fellBack);
    EXPECT_EQ(lookup("ru").tag, "ru");
}

TEST(LanguageTag, CaseDoesNotMatter) {
    EXPECT_EQ(lookup("RU").tag, "ru");
    EXPECT_FALSE(lookup("RU").fellBack);
    EXPECT_EQ(lookup("Ru-ru").tag, "ru");
    EXPECT_EQ(lookup("ZH-HANT-tw").tag, "zh-Hant");  // spelled as available
}

TEST(LanguageTag, SubtagsAreStrippedFromTheRightOneAtATime) {
    EXPECT_EQ(lookup("zh-Hant-TW").tag, "zh-Hant");
    EXPECT_EQ(lookup("zh-Hans-CN").tag, "zh");
    EXPECT_EQ(lookupCandidates("zh-Hant-TW"), (std::vector<std::string_view>{"zh-Hant-TW", "zh-Hant", "zh"}));
    // A singleton cannot end a candidate: "de-x-a" tries "de-x-a", then "de".
    EXPECT_EQ(lookupCandidates("de-x-a"), (std::vector<std::string_view>{"de-x-a", "de"}));
    EXPECT_EQ(lookupCandidates("ru-RU-x-mirror"), (std::vector<std::string_view>{"ru-RU-x-mirror", "ru-RU", "ru"}));
}

TEST(LanguageTag, NothingMatchedFallsBackFlagged) {
    for (std::string_view requested : {"de", "de-DE", "", "*", "garbage!!", "ru_RU", "-", "e", "rus"}) {
        const LanguageMatch m = lookup(requested);
        EXPECT_EQ(m.tag, "en") << requested;
        EXPECT_TRUE(m.fellBack) << requested;
    }
    // English found is not a fallback.
    EXPECT_FALSE(lookup("en").fellBack);
}

TEST(LanguageTag, NoPrefixMatchesOtherLanguages) {
    // "r" is no prefix of "ru", and "rus" is another tag, not "ru" with a letter more.
    EXPECT_TRUE(lookup("r").fellBack);
    EXPECT_TRUE(lookup("rus").fellBack);
    EXPECT_TRUE(lookup("zh-Han").fellBack == false && lookup("zh-Han").tag == "zh");
}

TEST(LanguageTag, SyntaxCheck) {
    EXPECT_TRUE(isLanguageTag("en"));
    EXPECT_TRUE(isLanguageTag("pt-BR"));
    EXPECT_TRUE(isLanguageTag("zh-Hant-TW"));
    EXPECT_FALSE(isLanguageTag(""));
    EXPECT_FALSE(isLanguageTag("e"));
    EXPECT_FALSE(isLanguageTag("ru_RU"));
    EXPECT_FALSE(isLanguageTag("ru-"));
    EXPECT_FALSE(isLanguageTag("ru-toolongsubtag"));
}

TEST(LocaleChoice, TheMirrorsLanguagesAreMatchedTheSameWay) {
    EXPECT_STREQ(chooseLocale("ru-RU").locale->tag, "ru");
    EXPECT_FALSE(chooseLocale("ru-RU").fellBack);
    EXPECT_STREQ(chooseLocale("RU").locale->tag, "ru");
    EXPECT_STREQ(chooseLocale("en-GB").locale->tag, "en");
    EXPECT_FALSE(chooseLocale("en-GB").fellBack);
    EXPECT_STREQ(chooseLocale("zh-Hant-TW").locale->tag, "en");
    EXPECT_TRUE(chooseLocale("zh-Hant-TW").fellBack);
    EXPECT_TRUE(chooseLocale("").fellBack);
    EXPECT_TRUE(chooseLocale("%%%").fellBack);
}

TEST(LocaleChoice, AFallbackIsOneLineNamingWhatHappened) {
    EXPECT_EQ(languageFallbackNotice("ru-RU"), std::nullopt);
    EXPECT_EQ(languageFallbackNotice("en-GB"), std::nullopt);
    const auto notice = languageFallbackNotice("de-AT");
    ASSERT_TRUE(notice.has_value());
    EXPECT_NE(notice->find("\"de-AT\""), std::string::npos) << *notice;
    EXPECT_NE(notice->find("English (en)"), std::string::npos) << *notice;
    EXPECT_EQ(notice->find('\n'), std::string::npos);
}

}  // namespace
}  // namespace mc
