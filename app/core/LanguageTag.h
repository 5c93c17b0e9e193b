#pragma once
// Language tags as content and configuration use them ("en", "ru", "pt-BR").
#include <string_view>

namespace mc {

// A primary language of 2-3 lower-case letters and optional subtags of 1-8
// letters or digits ("pt-BR", "zh-Hant"): the BCP 47 shape, enough for packs.
bool isLanguageTag(std::string_view text);

}  // namespace mc
