#pragma once
// Which content the mirror shows, and the text the fonts must be able to draw.
#include <filesystem>
#include <memory>
#include <string>

#include "core/Content.h"
#include "core/Result.h"

namespace mc {

// The bundled pack: next to the sources in a development build, else the installed copy.
std::filesystem::path bundledContentDir();

// Loads the pack in `dir` (or the default when empty) with every problem described.
Result<std::shared_ptr<const ContentPack>> loadContent(const std::string& dir);

// Every text of `pack` in `language` and English, plus the screens' own words: the
// glyphs the font atlas needs, and no more.
std::string textCorpus(const ContentPack& pack, const std::string& language);

// "1920x1080" -> {1920, 1080}
Result<std::pair<int, int>> parseSize(const std::string& text);

}  // namespace mc
