#pragma once
// Language tags as content, configuration and the command line use them ("en",
// "ru", "pt-BR"), and how a requested tag is matched against the languages at
// hand: RFC 4647 "lookup", the matching BCP 47 defines for picking one result.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

// A primary language of 2-3 lower-case letters and optional subtags of 1-8
// letters or digits ("pt-BR", "zh-Hant"): the BCP 47 shape, enough for packs.
bool isLanguageTag(std::string_view text);

// Tags compare without regard to case ("RU" is "ru", "pt-br" is "pt-BR").
bool sameLanguageTag(std::string_view a, std::string_view b);

// What RFC 4647 lookup tries, most specific first: "zh-Hant-TW" -> "zh-Hant-TW",
// "zh-Hant", "zh". A single-letter subtag left at the end is dropped with the one
// after it ("de-x-a" -> "de"). Empty for "" and "*" (they ask for nothing).
std::vector<std::string_view> lookupCandidates(std::string_view requested);

struct LanguageMatch {
    std::string tag;        // the available tag matched (as spelled there), or the fallback
    bool fellBack = false;  // nothing matched: the caller says so, once
};

// RFC 4647 lookup of `requested` among `available`: the first candidate (see
// above) that is available, else `fallback`, flagged. "ru-RU" finds "ru",
// "en-GB" finds "en"; "de" among {"en", "ru"} falls back.
LanguageMatch lookupLanguage(std::string_view requested, std::span<const std::string_view> available,
                             std::string_view fallback);

}  // namespace mc
