#pragma once
// One language the mirror speaks: its screen words, spoken phrases, number words,
// plural rule and espeak-ng voice. The languages themselves are data, all in
// Languages.cpp; screens (app/ui) and sound (app/sound) both read them here.
//
// Which language: a requested tag (config, command line) is matched by BCP 47
// lookup (RFC 4647): "ru-RU" -> ru, "en-GB" -> en; a tag with no match falls back
// to English, and the choice says so, so the caller can log it once.
#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "locale/SideLabel.h"
#include "locale/TextKeys.h"

namespace mc {

enum class Gender { Masculine, Feminine, Neuter };

// CLDR plural categories (integers only; "two" and "zero" have no language yet).
enum class PluralCategory { One, Few, Many, Other };

// CLDR's rule families: which category a whole number takes.
enum class PluralRule {
    OneOther,    // English, German, ...: 1 -> one, else other
    OneFewMany,  // Russian, Ukrainian: 1, 21 -> one; 2-4, 22 -> few; 5-20, 11-14 -> many
};

// How a language spells 0..999 (larger numbers stay digits): units, tens and
// hundreds joined, with the forms of 1 and 2 that agree with a noun's gender.
struct NumberWords {
    std::array<const char*, 20> units;     // 0..19
    std::array<const char*, 10> tens;      // [2] = 20 ... [9] = 90
    std::array<const char*, 10> hundreds;  // [1] = 100 ... [9] = 900
    const char* tensJoin;                  // "-": "twenty-one"; " ": "двадцать один"
    const char* hundredsJoin;              // " and ": "one hundred and five"
    std::array<const char*, 3> oneByGender;  // by Gender; "одна" / "одно"
    std::array<const char*, 3> twoByGender;  // "две"
};

// A noun's forms by PluralCategory (a form left empty uses `other`), and the
// gender the number before it agrees with. `ofOne` / `ofOther` are the forms after
// "of N" when the language declines them there (Russian genitive: "из 1 занятия",
// "из 3 занятий"), by whether N is in the `one` category; left empty, the forms after N.
struct NounForms {
    Gender gender;
    const char* one;
    const char* few;
    const char* many;
    const char* other;
    const char* ofOne = nullptr;
    const char* ofOther = nullptr;
};

struct Locale {
    const char* tag;          // "en", "ru": what requested tags are matched against
    const char* name;         // in the language itself: "English", "Русский"
    const char* espeakVoice;  // espeak-ng voice name
    PluralRule pluralRule;
    NumberWords numbers;
    Keyed<UiKey, const char*> ui;
    Keyed<Phrase, const char*> phrases;
    Keyed<Noun, NounForms> nouns;
    Keyed<Limb, SideLabels> sideLabels;  // "LEFT LEG" / "RIGHT LEG"; see SideLabel.h

    // A screen word: t[UiKey::Rest].
    const char* operator[](UiKey key) const { return ui[key]; }
    // The name of a content `focus` / `level` value ("relief", "gentle"); "" when unknown.
    const char* focus(std::string_view key) const;
    const char* level(std::string_view key) const;
    // The name of a content `equipment` value ("dumbbells"); "" for "none" and unknown ones.
    const char* equipment(std::string_view key) const;

    // A phrase with its {1}, {2} filled in.
    std::string phrase(Phrase key, std::initializer_list<std::string_view> words = {}) const;
    // A screen text with its {1}, {2} filled in: text(UiKey::Hold, {"30 s"}) is "30 s hold".
    std::string text(UiKey key, std::initializer_list<std::string_view> words) const;
    // 0..999 in words; larger numbers as digits.
    std::string number(int n, Gender gender = Gender::Masculine) const;
    PluralCategory plural(int n) const;
    // The form of `noun` after `n`: 1 "секунда", 3 "секунды", 5 "секунд".
    const char* nounFor(int n, Noun noun) const;
    // A number and its noun in words: "five repetitions", "двадцать одна секунда".
    std::string count(int n, Noun noun) const;
    // The form of `noun` after "of `total`": 3 "sessions"; "из 3 занятий", "из 21 занятия".
    const char* nounAfterOf(int total, Noun noun) const;
    // "1 of 3 sessions", "0 из 3 занятий" (digits).
    std::string outOf(int done, int total, Noun noun) const;
};

// Every language there is words for; the first is the fallback (English).
std::span<const Locale> supportedLocales();

struct LocaleChoice {
    const Locale* locale = nullptr;  // never null
    bool fellBack = false;           // the request matched no language: English instead
};

// BCP 47 lookup of `requested` among supportedLocales().
LocaleChoice chooseLocale(std::string_view requested);
inline const Locale& localeFor(std::string_view requested) { return *chooseLocale(requested).locale; }

// The one line to log when `requested` has no words and English is used; nullopt when it matched.
std::optional<std::string> languageFallbackNotice(std::string_view requested);

// Every screen word (and noun form) of every language, for baking the glyphs the screens need.
std::string allUiText();

}  // namespace mc
