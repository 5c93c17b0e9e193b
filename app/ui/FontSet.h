#pragma once
// The four fonts of the mirror, baked into one atlas that must stay within
// 2048x2048 (a Pi 4's GPU limit, and memory). Only the glyphs the content and the
// screens use are baked, and the huge timer font holds only digits and ':'.
// On very large screens the fonts are baked smaller and drawn scaled up.
#include <imgui.h>

#include <string>
#include <vector>

#include "core/Result.h"
#include "ui/Theme.h"

namespace mc {

struct FontFiles {
    std::vector<unsigned char> regular;  // TrueType bytes (DejaVu Sans: Latin and Cyrillic)
    std::vector<unsigned char> bold;
};

class FontSet {
public:
    // Builds the atlas in `atlas` (cleared first). `corpus` is every text that may be
    // shown (UTF-8); its characters are baked in addition to Latin-1.
    Status build(ImFontAtlas& atlas, const FontFiles& files, const FontSizes& sizes,
                 const std::string& corpus, int maxAtlasSide = 2048);

    // True when every character of `text` is baked (control characters aside): new
    // content needs no new atlas.
    bool covers(const std::string& text) const;
    const FontFiles& files() const { return files_; }

    ImFont* small = nullptr;
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    ImFont* huge = nullptr;
    float bakeScale = 1.0f;  // baked size / drawn size
    int atlasWidth = 0;
    int atlasHeight = 0;

private:
    FontFiles files_;  // the atlas reads from these while building
    ImVector<ImWchar> textRanges_;
};

}  // namespace mc
