#include <gtest/gtest.h>

#include "content/JsonLocator.h"

namespace mc {
namespace {

TEST(JsonLocator, FindsTheLineOfEveryMemberAndElement) {
    JsonLocator at(
        "{\n"
        "  \"a\": 1,\n"
        "  \"items\": [\n"
        "    {\"x\": 1},\n"
        "    {\n"
        "      \"x\": [1,\n"
        "             2]\n"
        "    }\n"
        "  ]\n"
        "}\n");
    EXPECT_EQ(at.lineOf(""), 1);
    EXPECT_EQ(at.lineOf("/a"), 2);
    EXPECT_EQ(at.lineOf("/items"), 3);
    EXPECT_EQ(at.lineOf("/items/0"), 4);
    EXPECT_EQ(at.lineOf("/items/0/x"), 4);
    EXPECT_EQ(at.lineOf("/items/1"), 5);
    EXPECT_EQ(at.lineOf("/items/1/x"), 6);
    EXPECT_EQ(at.lineOf("/items/1/x/1"), 7);
    // A missing field is placed at its nearest existing parent.
    EXPECT_EQ(at.lineOf("/items/1/missing"), 5);
    EXPECT_EQ(at.lineOf("/nothing/here"), 1);
}

TEST(JsonLocator, DecodesEscapedKeysAndSkipsStringsWithBrackets) {
    JsonLocator at("{\"s\": \"} ] {\\\" [\",\n\"a/b\": 1,\n\"\\u00e9t\\u00e9\": 2,\n\"t~\": 3}");
    EXPECT_EQ(at.lineOf("/a~1b"), 2);
    EXPECT_EQ(at.lineOf("/\xC3\xA9t\xC3\xA9"), 3);
    EXPECT_EQ(at.lineOf("/t~0"), 4);
}

TEST(JsonLocator, ReportsDuplicateKeys) {
    JsonLocator at("{\n\"a\": {\"b\": 1,\n \"b\": 2},\n\"c\": 0,\n\"a\": 3}");
    ASSERT_EQ(at.duplicateKeys().size(), 2u);
    EXPECT_EQ(at.duplicateKeys()[0].pointer, "/a/b");
    EXPECT_EQ(at.duplicateKeys()[0].line, 3);
    EXPECT_EQ(at.duplicateKeys()[0].firstLine, 2);
    EXPECT_EQ(at.duplicateKeys()[1].pointer, "/a");
    EXPECT_EQ(at.duplicateKeys()[1].line, 5);
    EXPECT_EQ(at.duplicateKeys()[1].firstLine, 2);
}

TEST(JsonLocator, SkipsAByteOrderMarkAndSurvivesGarbage) {
    EXPECT_EQ(JsonLocator("\xEF\xBB\xBF\n{\"a\": 1}").lineOf("/a"), 2);
    JsonLocator broken("{\"a\": [1, \n {\"b\"");  // never parsed by nlohmann; must not crash
    EXPECT_EQ(broken.lineOf("/a/1"), 2);
    std::string deep(100000, '[');
    EXPECT_EQ(JsonLocator(deep).lineOf("/0/0"), 1);
}

}  // namespace
}  // namespace mc
