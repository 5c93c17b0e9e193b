// Content texts pick their translation by the same BCP 47 lookup as the screens.
#include <gtest/gtest.h>

#include "core/Content.h"

namespace mc {
namespace {

LocalizedText text() {
    LocalizedText t;
    t.byLanguage = {{"en", "Bridge"}, {"ru", "Мостик"}, {"pt-BR", "Ponte"}};
    return t;
}

TEST(LocalizedText, RegionTagsFindTheLanguage) {
    EXPECT_EQ(text().in("ru"), "Мостик");
    EXPECT_EQ(text().in("ru-RU"), "Мостик");
    EXPECT_EQ(text().in("RU"), "Мостик");
    EXPECT_EQ(text().in("en-GB"), "Bridge");
    EXPECT_EQ(text().in("pt-br"), "Ponte");
    EXPECT_EQ(text().in("pt-BR-x-mirror"), "Ponte");
}

TEST(LocalizedText, NoMatchIsEnglishThenAnything) {
    EXPECT_EQ(text().in("pt"), "Bridge");  // lookup never widens "pt" to "pt-BR"
    EXPECT_EQ(text().in("de-DE"), "Bridge");
    EXPECT_EQ(text().in(""), "Bridge");
    LocalizedText russianOnly;
    russianOnly.byLanguage = {{"ru", "Мостик"}};
    EXPECT_EQ(russianOnly.in("de"), "Мостик");
    EXPECT_EQ(LocalizedText{}.in("en"), "");
}

}  // namespace
}  // namespace mc
