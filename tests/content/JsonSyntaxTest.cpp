// Syntax errors point at the line and column to fix, with a message for the usual slips.
#include <gtest/gtest.h>

#include "content/PackParser.h"

namespace mc {
namespace {

Problem firstProblemOf(const std::string& packJson) {
    PackSource source;
    source.jsonTexts["pack.json"] = packJson;
    PackParse parse = parsePack(source);
    EXPECT_FALSE(parse.problems.empty());
    return parse.problems.empty() ? Problem{} : parse.problems.front();
}

TEST(JsonSyntax, MissingCommaIsPlacedWhereTheCommaBelongs) {
    Problem p = firstProblemOf("{\n  \"a\": 1\n  \"b\": 2\n}");
    EXPECT_EQ(p.file, "pack.json");
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.message, "invalid JSON at column 9: missing comma");
    EXPECT_EQ(firstProblemOf("{\"a\": [1 2]}").message, "invalid JSON at column 9: missing comma");
    EXPECT_EQ(firstProblemOf("{\"a\": true \"b\": 1}").message, "invalid JSON at column 11: missing comma");
}

TEST(JsonSyntax, TrailingCommaIsPlacedOnTheComma) {
    Problem p = firstProblemOf("{\"a\": [1, 2,\n]}");
    EXPECT_EQ(p.line, 1);
    EXPECT_EQ(p.message, "invalid JSON at column 12: a comma before ']'");
    EXPECT_EQ(firstProblemOf("{\"a\": 1,\n\n}").message, "invalid JSON at column 8: a comma before '}'");
}

TEST(JsonSyntax, OtherErrorsKeepTheParsersExplanation) {
    Problem p = firstProblemOf("{\"a\": \"x\"\n");
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.message,
              "invalid JSON at column 1: syntax error while parsing object - unexpected end of input; expected '}'");
    EXPECT_EQ(firstProblemOf("").message,
              "invalid JSON at column 1: syntax error while parsing value - unexpected end of input; expected '[', "
              "'{', or a literal");
    EXPECT_EQ(firstProblemOf("// comment\n{}").line, 1);
}

TEST(JsonSyntax, BadEncodingSaysSo) {
    Problem p = firstProblemOf("{\"a\": \"\xff\"}");
    EXPECT_EQ(p.line, 1);
    EXPECT_NE(p.message.find("ill-formed UTF-8 byte"), std::string::npos) << p.message;
    EXPECT_EQ(p.message.find('\xff'), std::string::npos) << "raw bytes are not copied into the message";
    EXPECT_EQ(p.hint, "save the file as UTF-8 (without another encoding's characters)");
}

TEST(JsonSyntax, DuplicateKeysAreProblems) {
    Problem p =
        firstProblemOf("{\"format\": 1,\n\"id\": \"a\",\n\"version\": 1,\n\"title\": {\"en\": \"T\"},\n\"id\": \"b\"}");
    EXPECT_EQ(p.line, 5);
    EXPECT_EQ(p.fieldPath, "/id");
    EXPECT_EQ(p.message, "field given twice (first on line 2)");
}

}  // namespace
}  // namespace mc
