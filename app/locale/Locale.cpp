#include "locale/Locale.h"

#include <utility>
#include <vector>

#include "locale/LanguageTag.h"

namespace mc {
namespace {

// Content vocabulary (docs/content-format.md) -> the screen word naming it.
constexpr std::pair<std::string_view, UiKey> kFocusNames[] = {
    {"relief", UiKey::FocusRelief},       {"stretch", UiKey::FocusStretch},   {"strength", UiKey::FocusStrength},
    {"posture", UiKey::FocusPosture},     {"mobility", UiKey::FocusMobility}, {"pregnancy", UiKey::FocusPregnancy},
    {"postnatal", UiKey::FocusPostnatal}, {"office", UiKey::FocusOffice}};
constexpr std::pair<std::string_view, UiKey> kLevelNames[] = {{"gentle", UiKey::LevelGentle},
                                                              {"beginner", UiKey::LevelBeginner},
                                                              {"intermediate", UiKey::LevelIntermediate},
                                                              {"advanced", UiKey::LevelAdvanced}};
constexpr std::pair<std::string_view, UiKey> kEquipmentNames[] = {
    {"mat", UiKey::EquipMat},     {"towel", UiKey::EquipTowel},         {"strap", UiKey::EquipStrap},
    {"chair", UiKey::EquipChair}, {"wall", UiKey::EquipWall},           {"pillow", UiKey::EquipPillow},
    {"bar", UiKey::EquipBar},     {"dumbbells", UiKey::EquipDumbbells}, {"fitball", UiKey::EquipFitball},
    {"bench", UiKey::EquipBench}};

template <std::size_t N>
const char* named(const Locale& locale, const std::pair<std::string_view, UiKey> (&names)[N], std::string_view key) {
    for (const auto& [value, uiKey] : names)
        if (value == key) return locale[uiKey];
    return "";
}

const char* orElse(const char* s, const char* otherwise) { return s && *s ? s : otherwise; }

}  // namespace

const char* Locale::focus(std::string_view key) const { return named(*this, kFocusNames, key); }
const char* Locale::level(std::string_view key) const { return named(*this, kLevelNames, key); }
const char* Locale::equipment(std::string_view key) const { return named(*this, kEquipmentNames, key); }

namespace {
// `pattern` with {1}..{9} replaced by `words` (a missing word leaves nothing).
std::string filled(std::string_view pattern, std::initializer_list<std::string_view> words) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '1' &&
            pattern[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < words.size()) out += *(words.begin() + n);
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}
}  // namespace

std::string Locale::phrase(Phrase key, std::initializer_list<std::string_view> words) const {
    return filled(phrases[key], words);
}

std::string Locale::text(UiKey key, std::initializer_list<std::string_view> words) const {
    return filled(ui[key], words);
}

std::string Locale::number(int n, Gender gender) const {
    const NumberWords& w = numbers;
    if (n < 0 || n > 999) return std::to_string(n);
    if (n == 0) return w.units[0];
    auto below100 = [&](int r) -> std::string {
        const auto g = static_cast<std::size_t>(gender);
        auto unit = [&](int u) -> std::string {
            if (u == 1) return orElse(w.oneByGender[g], w.units[1]);
            if (u == 2) return orElse(w.twoByGender[g], w.units[2]);
            return w.units[static_cast<std::size_t>(u)];
        };
        if (r < 10) return unit(r);
        if (r < 20) return w.units[static_cast<std::size_t>(r)];
        std::string words = w.tens[static_cast<std::size_t>(r / 10)];
        if (r % 10) words += w.tensJoin + unit(r % 10);
        return words;
    };
    if (n < 100) return below100(n);
    std::string words = w.hundreds[static_cast<std::size_t>(n / 100)];
    if (n % 100) words += w.hundredsJoin + below100(n % 100);
    return words;
}

PluralCategory Locale::plural(int n) const {
    switch (pluralRule) {
    case PluralRule::OneOther: return n == 1 ? PluralCategory::One : PluralCategory::Other;
    case PluralRule::OneFewMany: {
        const int last = n % 10;
        const int last2 = n % 100;
        if (last == 1 && last2 != 11) return PluralCategory::One;
        if (last >= 2 && last <= 4 && (last2 < 12 || last2 > 14)) return PluralCategory::Few;
        return PluralCategory::Many;
    }
    }
    return PluralCategory::Other;
}

const char* Locale::nounFor(int n, Noun noun) const {
    const NounForms& f = nouns[noun];
    switch (plural(n)) {
    case PluralCategory::One: return orElse(f.one, f.other);
    case PluralCategory::Few: return orElse(f.few, f.other);
    case PluralCategory::Many: return orElse(f.many, f.other);
    case PluralCategory::Other: break;
    }
    return f.other;
}

std::string Locale::count(int n, Noun noun) const {
    return number(n, nouns[noun].gender) + " " + nounFor(n, noun);
}

const char* Locale::nounAfterOf(int total, Noun noun) const {
    const NounForms& f = nouns[noun];
    const char* declined = plural(total) == PluralCategory::One ? f.ofOne : f.ofOther;
    return orElse(declined, nounFor(total, noun));
}

std::string Locale::outOf(int done, int total, Noun noun) const {
    return std::to_string(done) + " " + ui[UiKey::Of] + " " + std::to_string(total) + " " + nounAfterOf(total, noun);
}

LocaleChoice chooseLocale(std::string_view requested) {
    const std::span<const Locale> all = supportedLocales();
    std::vector<std::string_view> tags;
    for (const Locale& locale : all) tags.emplace_back(locale.tag);
    const LanguageMatch match = lookupLanguage(requested, tags, all.front().tag);
    for (const Locale& locale : all)
        if (match.tag == locale.tag) return {&locale, match.fellBack};
    return {&all.front(), true};
}

std::optional<std::string> languageFallbackNotice(std::string_view requested) {
    const LocaleChoice choice = chooseLocale(requested);
    if (!choice.fellBack) return std::nullopt;
    std::string known;
    for (const Locale& l : supportedLocales()) known += std::string(known.empty() ? "" : ", ") + l.tag;
    return "language \"" + std::string(requested) + "\" has no screen or speech words (there are: " + known +
           "); using " + choice.locale->name + " (" + choice.locale->tag + ")";
}

std::string allUiText() {
    std::string out;
    for (const Locale& locale : supportedLocales()) {
        for (const char* s : locale.ui.values) out += s;
        for (const NounForms& n : locale.nouns.values)
            for (const char* s : {n.one, n.few, n.many, n.other, n.ofOne, n.ofOther}) out += s ? s : "";
        for (const SideLabels& labels : locale.sideLabels.values) out += std::string(labels.left) + labels.right;
    }
    return out;
}

}  // namespace mc
