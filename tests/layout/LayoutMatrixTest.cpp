// Every screen x every bundled routine x five screen sizes x two languages, drawn
// (draw lists only) with a layout report and checked against the layout rules of
// issue 13 (ui/LayoutCheck). On failure they print every problem's count by rule, by
// screen and by size, and the first ones.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "LayoutProbe.h"
#include "ScreenMoments.h"
#include "ui/LayoutCheck.h"

namespace mc::test {
namespace {

struct ScreenSize {
    int width, height;
};
const ScreenSize kSizes[] = {{1920, 1080}, {1080, 1920}, {1280, 720}, {720, 1280}, {3840, 2160}};
const char* const kLanguages[] = {"en", "ru"};
struct Found {
    std::string where;  // "player work middle / desk-break / 1080x1920 / ru @ 40.2 s"
    std::string screen;
    std::string size;
    LayoutProblem problem;
};

std::string sizeName(ScreenSize s) { return std::to_string(s.width) + "x" + std::to_string(s.height); }

// Draws the whole matrix and calls `visit` with each moment and its size and language.
void forEveryMoment(const std::function<void(const Moment&, ScreenSize, const std::string&)>& visit) {
    auto pack = bundledPack();
    ASSERT_FALSE(pack->routines.empty());
    for (ScreenSize size : kSizes)
        for (const char* language : kLanguages) {
            // Baked per language, as the app does (the corpus decides the atlas and its scale).
            LayoutProbe probe(size.width, size.height, textCorpus(*pack, language));
            for (const Routine& routine : pack->routines)
                forEachMoment(probe, pack, routine, language, [&](Moment&& m) { visit(m, size, language); });
        }
}

std::string countsText(const std::map<std::string, int>& counts) {
    std::string out;
    for (const auto& [name, n] : counts) out += "    " + name + ": " + std::to_string(n) + "\n";
    return out;
}

TEST(LayoutMatrix, AllScreensFollowTheRules) {
    std::vector<Found> found;
    size_t moments = 0;
    // The same problem at another moment of the same screen (a countdown ticking on) counts once.
    std::set<std::string> seen;
    forEveryMoment([&](const Moment& m, ScreenSize size, const std::string& language) {
        ++moments;
        char at[32];
        std::snprintf(at, sizeof at, " @ %.1f s", seconds(m.at));
        std::string where = m.screen + " / " + m.routine + " / " + sizeName(size) + " / " + language + at;
        for (LayoutProblem& p : checkLayout(m.report))
            if (seen.insert(m.routine + sizeName(size) + language + screenKind(m.screen) + p.description).second)
                found.push_back({where, screenKind(m.screen), sizeName(size), std::move(p)});
    });
    std::map<std::string, int> byRule, byScreen, bySize, byScreenAndRule, byScreenAndSize;
    std::map<std::string, const Found*> examples;  // the first of each screen and rule
    for (const Found& f : found) {
        std::string rule(layoutRuleName(f.problem.rule));
        ++byRule[rule];
        ++byScreen[f.screen];
        ++bySize[f.size];
        ++byScreenAndRule[f.screen + " / " + rule];
        ++byScreenAndSize[f.screen + " / " + f.size];
        examples.try_emplace(f.screen + " / " + rule, &f);
    }
    std::string report = std::to_string(found.size()) + " layout problems in " + std::to_string(moments) +
                         " moments drawn\n  by rule:\n" + countsText(byRule) + "  by screen:\n" +
                         countsText(byScreen) + "  by size:\n" + countsText(bySize) + "  by screen and rule:\n" +
                         countsText(byScreenAndRule) + "  by screen and size:\n" + countsText(byScreenAndSize) +
                         "  the first of each screen and rule:\n";
    for (const auto& [key, f] : examples)
        report += "    " + f->where + ": " + std::string(layoutRuleName(f->problem.rule)) + ": " +
                  f->problem.description + "\n";
    report += "  the first ones:\n";
    for (size_t i = 0; i < std::min<size_t>(found.size(), 30); ++i)
        report += "    " + found[i].where + ": " + std::string(layoutRuleName(found[i].problem.rule)) + ": " +
                  found[i].problem.description + "\n";
    EXPECT_TRUE(found.empty()) << report;
}

// The safety lines an overview must show: the routine's note, its exercises'
// contraindications and the pack's rules (the texts, not their layout).
std::vector<std::string> safetyLines(const ContentPack& pack, const Routine& routine, const std::string& language) {
    std::vector<std::string> lines;
    auto add = [&](const LocalizedText& text) {
        const std::string& s = text.in(language);
        if (!s.empty() && std::find(lines.begin(), lines.end(), s) == lines.end()) lines.push_back(s);
    };
    add(routine.safety);
    for (const RoutineItem& item : routine.items)
        if (const Exercise* ex = pack.exercise(item.exercise))
            for (const LocalizedText& ci : ex->contraindications) add(ci);
    for (const LocalizedText& s : pack.safety) add(s);
    return lines;
}

// Words separated by single spaces, so a note wrapped over several runs still matches.
std::string collapsed(std::string_view text) {
    std::string out;
    for (char ch : text) {
        bool space = ch == ' ' || ch == '\n';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : ch;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The safety lines that no overview page shows whole (its runs read in drawing order;
// a line cut short with an ellipsis does not count).
std::vector<std::string> missingSafetyLines(const std::vector<std::string>& lines,
                                            const std::vector<const LayoutReport*>& overviewPages) {
    std::vector<std::string> pageTexts;
    for (const LayoutReport* page : overviewPages) {
        std::string all;
        for (const TextRun& t : page->texts) all += t.text + " ";
        pageTexts.push_back(collapsed(all));
    }
    std::vector<std::string> missing;
    for (const std::string& line : lines) {
        std::string wanted = collapsed(line);
        bool shown = std::any_of(pageTexts.begin(), pageTexts.end(),
                                 [&](const std::string& page) { return page.find(wanted) != std::string::npos; });
        if (!shown) missing.push_back(line);
    }
    return missing;
}

TEST(LayoutMatrix, MissingSafetyLinesAreFoundOverAllPages) {
    LayoutReport first, second;
    first.texts.push_back({"\xE2\x80\xA2 Stop if pain grows", 40, {}, {}});
    second.texts.push_back({"\xE2\x80\xA2 Not after surgery", 40, {}, {}});
    std::vector<std::string> lines = {"Stop if pain grows", "Not after surgery", "Breathe"};
    EXPECT_EQ(missingSafetyLines(lines, {&first, &second}), std::vector<std::string>{"Breathe"});
    EXPECT_EQ(missingSafetyLines(lines, {&first}), (std::vector<std::string>{"Not after surgery", "Breathe"}));
    // Wrapped over two runs it is shown; cut short with an ellipsis it is not.
    LayoutReport wrapped, cut;
    wrapped.texts.push_back({"\xE2\x80\xA2 Not after", 40, {}, {}});
    wrapped.texts.push_back({"surgery", 40, {}, {}});
    cut.texts.push_back({"\xE2\x80\xA2 Not after sur\xE2\x80\xA6", 40, {}, {}});
    EXPECT_TRUE(missingSafetyLines({"Not after surgery"}, {&wrapped}).empty());
    EXPECT_EQ(missingSafetyLines({"Not after surgery"}, {&cut}).size(), 1u);
}

TEST(LayoutMatrix, EveryOverviewSafetyLineAppearsOnSomePage) {
    auto pack = bundledPack();
    std::map<std::string, std::vector<LayoutReport>> overviews;  // "routine / size / language" -> its pages
    std::map<std::string, std::vector<std::string>> expected;
    forEveryMoment([&](const Moment& m, ScreenSize size, const std::string& language) {
        if (m.screen != "overview") return;
        std::string key = m.routine + " / " + sizeName(size) + " / " + language;
        overviews[key].push_back(m.report);
        if (!expected.count(key)) expected[key] = safetyLines(*pack, *pack->routine(m.routine), language);
    });
    ASSERT_FALSE(overviews.empty());
    int missingCount = 0, expectedCount = 0;
    std::map<std::string, int> bySize;  // "1080x1920 / en" -> lines missing
    std::string report;
    for (const auto& [key, pages] : overviews) {
        std::vector<const LayoutReport*> pointers;
        for (const LayoutReport& p : pages) pointers.push_back(&p);
        std::vector<std::string> missing = missingSafetyLines(expected[key], pointers);
        missingCount += int(missing.size());
        expectedCount += int(expected[key].size());
        bySize[key.substr(key.find(" / ") + 3)] += int(missing.size());
        if (!missing.empty() && report.size() < 4000)
            report += "  " + key + ": " + std::to_string(missing.size()) + " of " +
                      std::to_string(expected[key].size()) + " missing, e.g. \"" + missing.front() + "\"\n";
    }
    EXPECT_EQ(missingCount, 0) << missingCount << " of " << expectedCount
                               << " safety lines never shown on an overview; by size and language:\n"
                               << countsText(bySize) << report;
}

}  // namespace
}  // namespace mc::test
