// The languages a pack declares (pack.json "languages") and the check that every text
// has each of them. The failing cases with exact messages are fixtures in
// BrokenPacksTest (missing-translation, languages-without-language).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "content/PackParser.h"
#include "platform/files/PackReader.h"

namespace mc {
namespace {

using Languages = std::vector<std::string>;

TEST(PackLanguages, APackWithEveryTranslationIsValidAndKeepsItsLanguages) {
    const std::string dir = std::string(MC_TEST_FIXTURES) + "/valid/bilingual";
    PackLoad load = loadPack(dir);
    ASSERT_TRUE(load.ok()) << describeProblems(load.problems, dir, 50);
    EXPECT_EQ(load.pack->languages, (Languages{"en", "ru"}));
    EXPECT_EQ(load.pack->exercises[1].contraindications[0].in("ru"), "Не сразу после операции на спине.");
}

TEST(PackLanguages, WithoutTheListOnlyThePacksLanguageIsRequired) {
    // The "complete" fixture declares no languages and has Russian for only two texts.
    const std::string dir = std::string(MC_TEST_FIXTURES) + "/valid/complete";
    PackLoad load = loadPack(dir);
    ASSERT_TRUE(load.ok()) << describeProblems(load.problems, dir, 50);
    EXPECT_EQ(load.pack->languages, Languages{"en"});
}

// A one-exercise, one-routine pack in memory whose texts are English only.
PackSource englishOnlyPack(const std::string& packLanguages) {
    PackSource s;
    s.jsonTexts["pack.json"] =
        R"({"format": 1, "id": "p", "version": 1, )" + packLanguages + R"("title": {"en": "P", "ru": "П"}})";
    s.jsonTexts["exercises/e.json"] =
        R"({"id": "e", "name": {"en": "E", "ru": "Е"}, "instructions": {"en": "Do it."}, "category": "strength",
            "dose": {"reps": 5}})";
    s.jsonTexts["routines/r.json"] =
        R"({"id": "r", "title": {"en": "R", "ru": "Р"}, "focus": "strength", "level": "beginner",
            "safety": {"en": "Careful.", "ru": "Осторожно."}, "items": [{"exercise": "e"}]})";
    return s;
}

TEST(PackLanguages, APackInRussianNeedsRussianTextsEvenWithoutTheList) {
    PackParse parse = parsePack(englishOnlyPack(R"("language": "ru", )"));
    EXPECT_EQ(parse.pack.languages, Languages{"ru"});
    ASSERT_EQ(parse.problems.size(), 1u) << describeProblems(parse.problems, "", 50);
    EXPECT_EQ(formatProblem(parse.problems[0]),
              "exercises/e.json:1: /instructions: missing \"ru\" text (hint: translate it, or remove \"ru\" from "
              "\"languages\" in pack.json)");
}

TEST(PackLanguages, EveryDeclaredLanguageIsCheckedAndAMissingOneDoesNotHideOtherProblems) {
    PackParse parse = parsePack(englishOnlyPack(R"("languages": ["en", "ru", "de"], )"));
    std::vector<std::string> got;
    for (const Problem& p : parse.problems) got.push_back(p.file + " " + p.fieldPath + ": " + p.message);
    // Every text misses "de"; the instructions miss "ru" too. The exercise is still read,
    // so the routine naming it reports nothing else.
    EXPECT_EQ(got, (std::vector<std::string>{
                       "pack.json /title: missing \"de\" text",
                       "exercises/e.json /name: missing \"de\" text",
                       "exercises/e.json /instructions: missing \"ru\" text",
                       "exercises/e.json /instructions: missing \"de\" text",
                       "routines/r.json /title: missing \"de\" text",
                       "routines/r.json /safety: missing \"de\" text",
                   }));
    EXPECT_EQ(parse.pack.exercises.size(), 1u);
    EXPECT_EQ(parse.pack.routines.size(), 1u);
}

TEST(PackLanguages, AnEnglishPackDeclaringNothingAsksForNoTranslation) {
    PackParse parse = parsePack(englishOnlyPack(""));
    EXPECT_TRUE(parse.valid()) << describeProblems(parse.problems, "", 50);
    EXPECT_EQ(parse.pack.languages, Languages{"en"});
}

TEST(PackLanguages, AnUnusableListIsReported) {
    PackParse notAList = parsePack(englishOnlyPack(R"("languages": "en, ru", )"));
    ASSERT_FALSE(notAList.problems.empty());
    EXPECT_EQ(notAList.problems[0].fieldPath, "/languages");
    EXPECT_EQ(notAList.problems[0].message, "expected a list of language tags, found a string");

    PackParse empty = parsePack(englishOnlyPack(R"("languages": [], )"));
    ASSERT_EQ(empty.problems.size(), 1u) << describeProblems(empty.problems, "", 50);
    EXPECT_EQ(empty.problems[0].message, "no languages listed");

    PackParse badTag = parsePack(englishOnlyPack(R"("languages": ["en", "russian"], )"));
    ASSERT_EQ(badTag.problems.size(), 1u) << describeProblems(badTag.problems, "", 50);
    EXPECT_EQ(badTag.problems[0].fieldPath, "/languages/1");
    EXPECT_EQ(badTag.problems[0].message, "invalid language tag \"russian\"");
}

}  // namespace
}  // namespace mc
