// The font atlas: within 2048x2048 on any screen (a Pi 4's GPU limit), with a
// real glyph for every character the content can show, Cyrillic included.
#include <gtest/gtest.h>

#include <set>

#include "UiTestSupport.h"
#include "platform/display/HeadlessRenderer.h"
#include "ui/Canvas.h"
#include "ui/FontSet.h"
#include "ui/Theme.h"

namespace mc::test {
namespace {

std::set<unsigned> codepoints(const std::string& utf8) {
    std::set<unsigned> out;
    for (size_t i = 0; i < utf8.size();) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        unsigned cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < len && i + k < utf8.size(); ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
        if (cp >= 0x20) out.insert(cp);
        i += size_t(len);
    }
    return out;
}

struct AtlasCase {
    int width, height;
    const char* language;
};

class AtlasLimit : public ::testing::TestWithParam<AtlasCase> {};

TEST_P(AtlasLimit, StaysWithin2048AndHoldsEveryCharacterOfTheContent) {
    const AtlasCase& c = GetParam();
    auto pack = bundledPack();
    FontFiles files = realFonts();
    std::string corpus = textCorpus(*pack, c.language);
    ImFontAtlas atlas;
    FontSet fonts;
    Layout layout = Layout::forScreen(c.width, c.height);
    Status built = fonts.build(atlas, files, layout.fonts, corpus);
    ASSERT_TRUE(built.ok()) << built.error().message;
    EXPECT_GT(fonts.atlasWidth, 0);
    EXPECT_LE(fonts.atlasWidth, 2048);
    EXPECT_GT(fonts.atlasHeight, 0);
    EXPECT_LE(fonts.atlasHeight, 2048);
    EXPECT_EQ(atlas.TexWidth, fonts.atlasWidth);
    EXPECT_EQ(atlas.TexHeight, fonts.atlasHeight);
    EXPECT_GT(fonts.bakeScale, 0.2f);
    EXPECT_LE(fonts.bakeScale, 1.0f);
    // The atlas is the mirror's largest allocation (4 bytes a pixel): as tall as its
    // glyphs need, never rounded up to a power of two (issue 17's memory budget).
    if (c.width <= 1920 && c.height <= 1920)
        EXPECT_LE(fonts.atlasWidth * fonts.atlasHeight * 4, 12 << 20) << c.width << "x" << c.height;

    std::vector<unsigned> missing;
    for (unsigned cp : codepoints(corpus))
        for (ImFont* f : {fonts.small, fonts.body, fonts.title})
            if (!f->FindGlyphNoFallback(static_cast<ImWchar>(cp))) missing.push_back(cp);
    EXPECT_TRUE(missing.empty()) << missing.size() << " characters without a glyph, the first U+" << std::hex
                                 << (missing.empty() ? 0 : missing.front());
    for (char d : std::string("0123456789:")) EXPECT_NE(fonts.huge->FindGlyphNoFallback(ImWchar(d)), nullptr) << d;
}

INSTANTIATE_TEST_SUITE_P(Screens, AtlasLimit,
                         ::testing::Values(AtlasCase{3840, 2160, "en"}, AtlasCase{2160, 3840, "en"},
                                           AtlasCase{3840, 2160, "ru"}, AtlasCase{2160, 3840, "ru"},
                                           AtlasCase{1280, 720, "ru"}, AtlasCase{1080, 1920, "ru"}),
                         [](const auto& info) {
                             return std::to_string(info.param.width) + "x" + std::to_string(info.param.height) + "_" +
                                    info.param.language;
                         });

// Draws `text` alone, centred, with the body font of a small headless screen.
class GlyphPictures : public ::testing::Test {
protected:
    void SetUp() override {
        // Fonts baked at the size they are drawn, so each glyph is crisp.
        auto r = HeadlessRenderer::create(320, 240, realFonts(), kCyrillic, FontSizes{20, 40, 96, 40});
        ASSERT_TRUE(r.ok()) << r.error().message;
        renderer_ = std::move(*r);
    }

    Image draw(const std::string& text) {
        return renderer_->render([&](ImDrawList& list) {
            Canvas c(list, renderer_->layout(), renderer_->fonts());
            c.text(c.fonts().title, 96, 160, 60, colors::kWhite, text, Align::Center);
        });
    }

    static constexpr const char* kCyrillic = "ЖДЯЁЙЩЫюэфлшБГПЦ";
    std::unique_ptr<HeadlessRenderer> renderer_;
};

TEST_F(GlyphPictures, CyrillicLettersAreRealGlyphsNotTheFallback) {
    Image question = draw("?");
    ASSERT_GT(litPixels(question, whole(question)), 100);
    std::vector<Image> letters;
    for (unsigned cp : codepoints(kCyrillic)) {
        std::string letter;
        letter += char(0xC0 | (cp >> 6));
        letter += char(0x80 | (cp & 0x3F));
        EXPECT_NE(renderer_->fonts().title->FindGlyphNoFallback(ImWchar(cp)), nullptr) << "U+" << std::hex << cp;
        Image img = draw(letter);
        EXPECT_GT(litPixels(img, whole(img)), 100) << "U+" << std::hex << cp << " drew nothing";
        EXPECT_GT(differingPixels(img, question, whole(img)), 100) << "U+" << std::hex << cp << " drew a '?'";
        letters.push_back(std::move(img));
    }
    // And they are different glyphs from one another.
    for (size_t i = 1; i < letters.size(); ++i)
        EXPECT_GT(differingPixels(letters[i], letters[i - 1], whole(letters[i])), 50) << i;
}

TEST_F(GlyphPictures, ACharacterOutsideTheCorpusFallsBackVisibly) {
    // The check above can tell a fallback: a Greek letter was not baked, so it draws as
    // the same picture as '?' (or nothing), never as a real glyph.
    Image question = draw("?");
    Image omega = draw("\xCE\xA9");  // U+03A9
    EXPECT_EQ(renderer_->fonts().title->FindGlyphNoFallback(ImWchar(0x03A9)), nullptr);
    EXPECT_TRUE(differingPixels(omega, question, whole(omega)) == 0 || litPixels(omega, whole(omega)) == 0);
}

TEST_F(GlyphPictures, NewContentBringsItsCharactersIntoTheAtlas) {
    // An update in a new language: its letters are baked while the mirror runs.
    const std::string greek = "\xCE\xA9\xCE\xB2";  // U+03A9 U+03B2
    Image question = draw("?");
    EXPECT_FALSE(renderer_->fonts().covers(greek));
    EXPECT_TRUE(renderer_->fonts().covers(kCyrillic));
    ASSERT_TRUE(renderer_->coverText(std::string(kCyrillic) + greek).ok());
    EXPECT_TRUE(renderer_->fonts().covers(greek));
    EXPECT_TRUE(renderer_->fonts().covers(kCyrillic));  // what was there stays
    EXPECT_NE(renderer_->fonts().title->FindGlyphNoFallback(ImWchar(0x03A9)), nullptr);
    Image omega = draw("\xCE\xA9");
    EXPECT_GT(litPixels(omega, whole(omega)), 100);
    EXPECT_GT(differingPixels(omega, question, whole(omega)), 100);

    // Text it already holds changes nothing.
    const ImFont* before = renderer_->fonts().title;
    ASSERT_TRUE(renderer_->coverText("\xD0\x96").ok());  // U+0416, baked from the start
    EXPECT_EQ(renderer_->fonts().title, before);
}

}  // namespace
}  // namespace mc::test
