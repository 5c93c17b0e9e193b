#include "ui/FontSet.h"

#include <cstdio>

namespace mc {
namespace {

const ImWchar kDigitRanges[] = {'0', '9', ':', ':', 0};

ImFont* addFont(ImFontAtlas& atlas, std::vector<unsigned char>& ttf, float size, const ImWchar* ranges) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;
    // Oversampling only sharpens small sizes; at mirror sizes it would triple the atlas.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    return atlas.AddFontFromMemoryTTF(ttf.data(), static_cast<int>(ttf.size()), size, &cfg, ranges);
}

}  // namespace

Status FontSet::build(ImFontAtlas& atlas, const FontFiles& files, const FontSizes& sizes,
                      const std::string& corpus, int maxAtlasSide) {
    if (files.regular.empty() || files.bold.empty()) return Error{"font data is empty"};
    files_ = files;

    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());
    builder.AddText(corpus.c_str());
    builder.AddChar(0x2022);  // bullet
    builder.AddChar(0x00D7);  // multiplication sign
    builder.AddChar(0x2013);  // en dash
    builder.AddChar(0x2014);  // em dash
    builder.AddChar(0x2019);  // apostrophe
    builder.AddChar(0x2192);  // right arrow
    builder.AddChar(0x2026);  // ellipsis, where a title or line is cut
    textRanges_.clear();
    builder.BuildRanges(&textRanges_);

    // Start at full size; shrink until the atlas fits.
    for (float scale = 1.0f; scale > 0.2f; scale *= 0.85f) {
        atlas.Clear();
        // As tall as the glyphs need, not the next power of two: the atlas is the largest
        // thing the mirror keeps (4 bytes a pixel; SDL has no alpha-only texture), and
        // rounding 1428 rows up to 2048 cost 5 MB at 1080x1920.
        atlas.Flags |= ImFontAtlasFlags_NoMouseCursors | ImFontAtlasFlags_NoPowerOfTwoHeight;
        atlas.TexDesiredWidth = maxAtlasSide;
        atlas.TexGlyphPadding = 1;
        small = addFont(atlas, files_.regular, sizes.small * scale, textRanges_.Data);
        body = addFont(atlas, files_.regular, sizes.body * scale, textRanges_.Data);
        title = addFont(atlas, files_.bold, sizes.title * scale, textRanges_.Data);
        huge = addFont(atlas, files_.bold, sizes.huge * scale, kDigitRanges);
        if (!small || !body || !title || !huge) return Error{"the font file could not be read as TrueType"};
        if (!atlas.Build()) return Error{"the font atlas could not be built"};
        if (atlas.TexHeight <= maxAtlasSide) {
            bakeScale = scale;
            atlasWidth = atlas.TexWidth;
            atlasHeight = atlas.TexHeight;
            return success();
        }
    }
    return Error{"the fonts do not fit a " + std::to_string(maxAtlasSide) + " px atlas even at a fifth of their size"};
}

bool FontSet::covers(const std::string& text) const {
    if (!body || !title) return false;
    ImFontGlyphRangesBuilder used;
    used.AddText(text.c_str());
    for (unsigned c = 0x20; c <= IM_UNICODE_CODEPOINT_MAX; ++c) {
        if (!used.GetBit(c)) continue;
        const auto ch = static_cast<ImWchar>(c);
        if (!body->FindGlyphNoFallback(ch) || !title->FindGlyphNoFallback(ch)) return false;
    }
    return true;
}

}  // namespace mc
