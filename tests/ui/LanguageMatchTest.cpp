// The screens pick their words by BCP 47 lookup: `language = "ru-RU"` shows the
// Russian screens (the bug: it spoke Russian but showed English), "en-GB" the
// English ones, and a language without words falls back to English.
#include <gtest/gtest.h>

#include "UiTestSupport.h"
#include "locale/Locale.h"
#include "ui/Screens.h"

namespace mc::test {
namespace {

constexpr const char* kRoutine = "gentle-lower-back";

// The bundled pack with every translation removed: any difference between two
// pictures of it comes from the screens' own words.
std::shared_ptr<const ContentPack> englishOnlyPack() {
    ContentPack pack = *bundledPack();
    auto strip = [](LocalizedText& t) { std::erase_if(t.byLanguage, [](const auto& kv) { return kv.first != "en"; }); };
    strip(pack.title);
    for (auto& s : pack.safety) strip(s);
    for (Exercise& e : pack.exercises) {
        strip(e.name);
        strip(e.instructions);
        for (auto& c : e.cues) strip(c);
        for (auto& c : e.cautions) strip(c);
        for (auto& c : e.contraindications) strip(c);
    }
    for (Routine& r : pack.routines) {
        strip(r.title);
        strip(r.description);
    }
    return std::make_shared<const ContentPack>(std::move(pack));
}

class LanguageMatchTest : public ::testing::TestWithParam<std::optional<Screen>> {
protected:
    LanguageMatchTest() : studio_(englishOnlyPack(), realFonts()) {}

    Image shot(const std::string& language) const {
        ShotRequest r;
        r.routineId = kRoutine;
        r.screen = GetParam();
        r.at = Millis{3000};  // the player: "Get ready", "Next up"
        r.width = 960;
        r.height = 540;
        r.language = language;
        auto image = studio_.moment(r);
        EXPECT_TRUE(image.ok()) << (image ? "" : image.error().message);
        return image ? *image : Image{};
    }

    ScreenshotStudio studio_;
};

TEST_P(LanguageMatchTest, RegionTagsShowTheirLanguagesWords) {
    const Image en = shot("en");
    const Image ru = shot("ru");
    ASSERT_FALSE(en.rgba.empty());
    // The Russian words are really different pixels (Cyrillic, not the English words)...
    EXPECT_GT(differingPixels(en, ru, whole(en)), 1000);
    // ...and a region tag shows exactly them.
    EXPECT_TRUE(shot("ru-RU").rgba == ru.rgba) << "ru-RU must show the Russian screen";
    EXPECT_TRUE(shot("RU").rgba == ru.rgba);
    EXPECT_TRUE(shot("en-GB").rgba == en.rgba);
    // No words for German: English, the fallback.
    EXPECT_TRUE(shot("de-DE").rgba == en.rgba);
}

INSTANTIATE_TEST_SUITE_P(Screens, LanguageMatchTest,
                         ::testing::Values(std::optional<Screen>(Screen::Home), std::optional<Screen>(Screen::Overview),
                                           std::nullopt /* the player */),
                         [](const auto& info) {
                             return !info.param ? "Player" : *info.param == Screen::Home ? "Home" : "Overview";
                         });

TEST(LanguageMatch, TheFontAtlasGetsTheRussianLettersOfARegionTag) {
    const auto pack = bundledPack();
    const std::string corpus = textCorpus(*pack, "ru-RU");
    const Routine* routine = pack->routine(kRoutine);
    ASSERT_NE(routine, nullptr);
    ASSERT_TRUE(routine->title.byLanguage.contains("ru"));
    EXPECT_NE(corpus.find(routine->title.byLanguage.at("ru")), std::string::npos);
    EXPECT_NE(corpus.find(localeFor("ru")[UiKey::GetReady]), std::string::npos);
}

TEST(ScreenWords, CountsTakeThePluralFormOfTheirLanguage) {
    Dose reps;
    reps.kind = Dose::Kind::Reps;
    auto dose = [&](int n, std::string_view language) {
        reps.reps = n;
        return formatDose(reps, false, localeFor(language));
    };
    // A no-break space keeps each number with its noun when a line wraps.
    EXPECT_EQ(dose(1, "en"), "1\xC2\xA0repetition");
    EXPECT_EQ(dose(10, "en-GB"), "10\xC2\xA0repetitions");
    EXPECT_EQ(dose(1, "ru-RU"), "1\xC2\xA0повторение");
    EXPECT_EQ(dose(3, "ru-RU"), "3\xC2\xA0повторения");
    EXPECT_EQ(dose(12, "ru-RU"), "12\xC2\xA0повторений");
    EXPECT_EQ(dose(22, "ru"), "22\xC2\xA0повторения");

    // A hold: "удержание 30 с" in Russian, "30 s hold" in English.
    Dose hold;
    hold.kind = Dose::Kind::Hold;
    hold.hold = Millis(30000);
    EXPECT_EQ(formatDose(hold, false, localeFor("en")), "30\xC2\xA0s hold");
    EXPECT_EQ(formatDose(hold, false, localeFor("ru")), "удержание 30\xC2\xA0с");
    hold.sets = 2;
    EXPECT_EQ(formatDose(hold, true, localeFor("ru")),
              "2\xC2\xA0\xC3\x97\xC2\xA0удержание 30\xC2\xA0с, на каждую сторону");
}

}  // namespace
}  // namespace mc::test
