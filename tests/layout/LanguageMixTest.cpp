// A screen speaks one language (issue 15, item 6): with the mirror set to Russian no
// drawn text has a Latin word, set to English none has a Cyrillic one. Every screen of
// the routines is drawn (home, overview pages, each player phase, paused, how-to, the
// summary complete and stopped early) and each text run the layout report recorded is
// read word by word. An untranslated content text falls back to English, so a missing
// "ru" shows up here as a Latin word on a Russian screen.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "LayoutProbe.h"
#include "ScreenMoments.h"

namespace mc::test {
namespace {

enum class Script { Latin, Cyrillic };

// Latin: ASCII letters and the Latin-1/Extended-A/B letters; Cyrillic: the Cyrillic block
// (ё included). Anything else (digits, punctuation, arrows, bullets) is no letter.
std::optional<Script> letterScript(char32_t c) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return Script::Latin;
    if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) return Script::Latin;
    if (c >= 0x400 && c <= 0x4FF) return Script::Cyrillic;
    return std::nullopt;
}

// The code points of UTF-8 text (a broken sequence reads as U+FFFD, no letter).
std::vector<std::pair<char32_t, size_t>> codePoints(std::string_view s) {
    std::vector<std::pair<char32_t, size_t>> out;  // code point, byte length
    for (size_t i = 0; i < s.size();) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) {
            out.push_back({0xFFFD, 1});
            ++i;
            continue;
        }
        char32_t c = len == 1 ? b : b & (0xFF >> (len + 1));
        for (size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back({c, len});
        i += len;
    }
    return out;
}

// The words (runs of letters) of `text` with a letter of `foreign` script, except those
// in `allowed` (names that stay as they are in every language: the brand, key caps).
std::vector<std::string> foreignWords(std::string_view text, Script foreign, const std::set<std::string>& allowed) {
    std::vector<std::string> found;
    std::string word;
    bool hasForeign = false;
    auto endWord = [&] {
        if (hasForeign && !allowed.count(word)) found.push_back(word);
        word.clear();
        hasForeign = false;
    };
    size_t at = 0;
    for (auto [c, len] : codePoints(text)) {
        std::optional<Script> script = letterScript(c);
        if (script) {
            word.append(text.substr(at, len));
            hasForeign = hasForeign || *script == foreign;
        } else {
            endWord();
        }
        at += len;
    }
    endWord();
    return found;
}

// Latin words a Russian screen may show: the brand, the names printed on keys, and the
// letter V as a shape ("тело образует перевёрнутую букву V", as Russian says it too).
const std::set<std::string> kLatinInRussian = {"MirrorCoach", "Enter", "Esc", "I", "P", "E", "V"};

// Text typed as it is whatever the language: an address, a file path, a config line
// ("[remote]", "enabled = true") or a shell command, as the pairing page shows them.
bool verbatim(std::string_view text) {
    return text.find("://") != std::string_view::npos || text.starts_with("/") || text.starts_with("[") ||
           text.find(" = ") != std::string_view::npos || text.starts_with("sudo ");
}

TEST(LanguageMix, FindsWordsOfTheOtherScript) {
    EXPECT_TRUE(foreignWords("Держите 30 с", Script::Latin, {}).empty());
    EXPECT_EQ(foreignWords("Hold 30 с", Script::Latin, {}), std::vector<std::string>{"Hold"});
    // A word mixing both scripts counts, whichever script it starts with.
    EXPECT_EQ(foreignWords("Пoза", Script::Latin, {}), std::vector<std::string>{"Пoза"});
    EXPECT_EQ(foreignWords("Ещё: Next up — Кошка", Script::Latin, {}), (std::vector<std::string>{"Next", "up"}));
    EXPECT_TRUE(foreignWords("MirrorCoach: здоровая спина", Script::Latin, {"MirrorCoach"}).empty());
    EXPECT_TRUE(foreignWords("Enter: начать  \xE2\x80\xA2  Esc: назад", Script::Latin, kLatinInRussian).empty());
    EXPECT_EQ(foreignWords("Rest \xE2\x96\xBC 2 more", Script::Cyrillic, {}), std::vector<std::string>{});
    EXPECT_EQ(foreignWords("Rest: Отдых", Script::Cyrillic, {}), std::vector<std::string>{"Отдых"});
    EXPECT_EQ(foreignWords("Caf\xC3\xA9 Кафе", Script::Cyrillic, {}), std::vector<std::string>{"Кафе"});
    EXPECT_EQ(foreignWords("Caf\xC3\xA9 Кафе", Script::Latin, {}), std::vector<std::string>{"Caf\xC3\xA9"});
    // Addresses and config lines are the same in every language; sentences are not.
    EXPECT_TRUE(verbatim("http://192.168.1.20:8080/"));
    EXPECT_TRUE(verbatim("enabled = true"));
    EXPECT_FALSE(verbatim("Or open this address on the phone:"));
}

// Every moment of every screen of the checked routines in `language`, and a few the
// matrix does not draw: the player paused, and the summary of a routine stopped early.
void forEveryScreen(const std::string& language, const std::function<void(const Moment&)>& visit) {
    auto pack = bundledPack();
    ASSERT_FALSE(pack->routines.empty());
    LayoutProbe probe(1920, 1080, textCorpus(*pack, language));
    for (const Routine& routine : pack->routines) {
        forEachMoment(probe, pack, routine, language, [&](Moment&& m) { visit(m); });

        ShotRequest request;
        request.routineId = routine.id;
        request.language = language;
        Timeline tl = expandRoutine(routine, *pack);
        auto work = std::find_if(tl.phases.begin(), tl.phases.end(),
                                 [](const Phase& p) { return p.kind == PhaseKind::Work; });
        ASSERT_NE(work, tl.phases.end()) << routine.id;
        request.at = work->start + work->duration / 2;
        auto state = shotState(pack, request);
        ASSERT_TRUE(state.ok()) << state.error().message;
        state->handle(Action::Select, MonoTime{request.at});  // pause
        visit({"player paused", routine.id, request.at, probe.report(*state, request, request.at + Millis{500})});
        state->handle(Action::Back, MonoTime{request.at + Millis{1000}});  // stop
        EXPECT_EQ(state->screen(), Screen::Summary);
        visit({"summary stopped early", routine.id, request.at,
               probe.report(*state, request, request.at + Millis{1500})});
    }
}

// Each text drawn in `language` with words of `foreign` script, once per screen and text.
std::string mixedTexts(const std::string& language, Script foreign, const std::set<std::string>& allowed,
                       std::set<std::string>& screens) {
    std::string report;
    std::set<std::string> seen;
    int count = 0;
    forEveryScreen(language, [&](const Moment& m) {
        screens.insert(screenKind(m.screen));
        for (const TextRun& run : m.report.texts) {
            if (verbatim(run.text)) continue;
            std::vector<std::string> words = foreignWords(run.text, foreign, allowed);
            if (words.empty() || !seen.insert(screenKind(m.screen) + "|" + run.text).second) continue;
            ++count;
            if (report.size() > 6000) continue;
            std::string list;
            for (const std::string& w : words) list += (list.empty() ? "" : ", ") + w;
            report += "  " + m.screen + " / " + m.routine + ": \"" + run.text + "\" (" + list + ")\n";
        }
    });
    return report.empty() ? "" : std::to_string(count) + " texts mix languages:\n" + report;
}

// The screens a check must have seen to mean anything.
void expectEveryScreen(const std::set<std::string>& screens) {
    std::string seen;
    for (const std::string& s : screens) seen += s + "; ";
    for (const char* screen : {"home", "overview", "player get-ready", "player work", "player rest",
                               "player switch-sides", "player paused", "how-to", "summary", "summary stopped early",
                               "pairing", "pairing remote off"})
        EXPECT_TRUE(screens.count(screen)) << screen << " never drawn; drawn: " << seen;
}

TEST(LanguageMix, RussianScreensShowNoLatinWords) {
    std::set<std::string> screens;
    EXPECT_EQ(mixedTexts("ru", Script::Latin, kLatinInRussian, screens), "");
    expectEveryScreen(screens);
}

TEST(LanguageMix, EnglishScreensShowNoCyrillicWords) {
    std::set<std::string> screens;
    EXPECT_EQ(mixedTexts("en", Script::Cyrillic, {}, screens), "");
    expectEveryScreen(screens);
}

}  // namespace
}  // namespace mc::test
