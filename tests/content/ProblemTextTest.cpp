#include <gtest/gtest.h>

#include "content/Problem.h"
#include "content/Suggestion.h"

namespace mc {
namespace {

TEST(FormatProblem, ShowsFileLineFieldMessageAndHint) {
    Problem p{"exercises/a.json", 7, "/dose/hold_s", "hold_s is 0 s; allowed: 1 to 600 s", "e.g. 30"};
    EXPECT_EQ(formatProblem(p), "exercises/a.json:7: /dose/hold_s: hold_s is 0 s; allowed: 1 to 600 s (hint: e.g. 30)");
    EXPECT_EQ(formatProblem(p, "pack"),
              "pack/exercises/a.json:7: /dose/hold_s: hold_s is 0 s; allowed: 1 to 600 s (hint: e.g. 30)");
    EXPECT_EQ(formatProblem(Problem{"pack.json", 0, "", "missing pack.json", ""}, "p/"),
              "p/pack.json: missing pack.json");
}

TEST(DescribeProblems, CountsAndShowsTheFirstFew) {
    std::vector<Problem> problems(7, Problem{"a.json", 1, "/x", "bad", ""});
    std::string text = describeProblems(problems, "pk", 2);
    EXPECT_EQ(text,
              "7 problems in the content pack pk:\n"
              "pk/a.json:1: /x: bad\n"
              "pk/a.json:1: /x: bad\n"
              "... and 5 more (run `mirrorcoach validate` on the pack to see all)");
    EXPECT_EQ(describeProblems({}), "no problems");
}

TEST(ClosestMatch, SuggestsLikelyTyposOnly) {
    std::vector<std::string_view> keys{"hold_s", "reps", "rest_s", "sets"};
    EXPECT_EQ(closestMatch("hold", keys), "hold_s");
    EXPECT_EQ(closestMatch("Reps", keys), "reps");
    EXPECT_EQ(closestMatch("rest", keys), "rest_s");
    EXPECT_EQ(closestMatch("colour", keys), "");
}

}  // namespace
}  // namespace mc
