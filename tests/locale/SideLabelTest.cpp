// The large side label in every language and for every limb: "LEFT LEG", "ПРАВАЯ РУКА",
// with the adjective agreeing with the Russian noun's gender.
#include <gtest/gtest.h>

#include <string>

#include "locale/Locale.h"
#include "locale/SideLabel.h"

namespace mc {
namespace {

struct Expected {
    Limb limb;
    const char* name;
    const char* en[2];
    const char* ru[2];
};

const Expected kAll[] = {
    {Limb::Leg, "leg", {"LEFT LEG", "RIGHT LEG"}, {"ЛЕВАЯ НОГА", "ПРАВАЯ НОГА"}},
    {Limb::Arm, "arm", {"LEFT ARM", "RIGHT ARM"}, {"ЛЕВАЯ РУКА", "ПРАВАЯ РУКА"}},
    {Limb::Hip, "hip", {"LEFT HIP", "RIGHT HIP"}, {"ЛЕВОЕ БЕДРО", "ПРАВОЕ БЕДРО"}},
    {Limb::Shoulder, "shoulder", {"LEFT SHOULDER", "RIGHT SHOULDER"}, {"ЛЕВОЕ ПЛЕЧО", "ПРАВОЕ ПЛЕЧО"}},
    {Limb::Side, "side", {"LEFT SIDE", "RIGHT SIDE"}, {"ЛЕВЫЙ БОК", "ПРАВЫЙ БОК"}},
    {Limb::Knee, "knee", {"LEFT KNEE", "RIGHT KNEE"}, {"ЛЕВОЕ КОЛЕНО", "ПРАВОЕ КОЛЕНО"}},
    {Limb::Foot, "foot", {"LEFT FOOT", "RIGHT FOOT"}, {"ЛЕВАЯ СТОПА", "ПРАВАЯ СТОПА"}},
    {Limb::Hand, "hand", {"LEFT HAND", "RIGHT HAND"}, {"ЛЕВАЯ КИСТЬ", "ПРАВАЯ КИСТЬ"}},
};
static_assert(std::size(kAll) == kKeyCount<Limb>, "every limb is checked");

TEST(SideLabel, EveryLimbInEnglishAndRussian) {
    for (const Expected& e : kAll) {
        SCOPED_TRACE(e.name);
        EXPECT_EQ(sideLabel(localeFor("en"), BodySide::Left, e.limb), e.en[0]);
        EXPECT_EQ(sideLabel(localeFor("en"), BodySide::Right, e.limb), e.en[1]);
        EXPECT_EQ(sideLabel(localeFor("ru"), BodySide::Left, e.limb), e.ru[0]);
        EXPECT_EQ(sideLabel(localeFor("ru"), BodySide::Right, e.limb), e.ru[1]);
        EXPECT_EQ(sideLabel(localeFor("ru-RU"), BodySide::Right, e.limb), e.ru[1]);
        EXPECT_EQ(sideLabel(localeFor("de"), BodySide::Left, e.limb), e.en[0]);  // English fallback
    }
}

TEST(SideLabel, EveryLanguageHasBothLabelsForEveryLimbAndTheFontBakesThem) {
    const std::string glyphs = allUiText();
    for (const Locale& l : supportedLocales()) {
        for (std::size_t i = 0; i < kKeyCount<Limb>; ++i) {
            for (BodySide side : {BodySide::Left, BodySide::Right}) {
                const std::string_view label = sideLabel(l, side, static_cast<Limb>(i));
                EXPECT_FALSE(label.empty()) << l.tag << " limb " << i;
                EXPECT_NE(glyphs.find(label), std::string::npos) << label;
            }
        }
    }
}

TEST(SideLabel, LimbNamesAreTheContentWords) {
    for (const Expected& e : kAll) {
        EXPECT_STREQ(limbName(e.limb), e.name);
        Limb read = Limb::Side;
        ASSERT_TRUE(limbFromName(e.name, read)) << e.name;
        EXPECT_EQ(read, e.limb);
    }
    Limb unchanged = Limb::Arm;
    EXPECT_FALSE(limbFromName("thigh", unchanged));
    EXPECT_FALSE(limbFromName("Leg", unchanged));
    EXPECT_EQ(unchanged, Limb::Arm);
}

}  // namespace
}  // namespace mc
