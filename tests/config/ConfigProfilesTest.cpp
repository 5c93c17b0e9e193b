// [profile.<name>] sections: a household declared in the config.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config/ConfigLoad.h"

namespace mc {
namespace {
using testing::HasSubstr;

const ConfigProblem* problemAbout(const ConfigLoad& load, const std::string& key) {
    for (const ConfigProblem& p : load.problems)
        if (p.key == key) return &p;
    return nullptr;
}

TEST(ConfigProfiles, ReadsEachSectionInFileOrderWithOnlyTheKeysItSets) {
    const ConfigLoad load = parseConfig(R"(
language = "ru"

[profile.Zoe]
situation = "pregnancy"
trimester = 2
equipment = ["chair", "fitball"]
level = "gentle"
programme = "pregnancy-by-trimester"

[profile."Анна"]
situation = "strength"

[progress]
weekly_goal = 4
)",
                                        "household.toml");
    for (const auto& p : load.problems) ADD_FAILURE() << p.describe();
    ASSERT_EQ(load.config.profiles.size(), 2u);
    const ProfileConfig& zoe = load.config.profiles[0];
    EXPECT_EQ(zoe.name, "Zoe");
    EXPECT_EQ(zoe.situation, "pregnancy");
    EXPECT_EQ(zoe.trimester, 2);
    EXPECT_FALSE(zoe.weeks_since_birth);
    EXPECT_EQ(zoe.equipment, (std::vector<std::string>{"chair", "fitball"}));
    EXPECT_EQ(zoe.level, "gentle");
    EXPECT_EQ(zoe.programme, "pregnancy-by-trimester");
    EXPECT_FALSE(zoe.language);
    const ProfileConfig& anna = load.config.profiles[1];
    EXPECT_EQ(anna.name, "Анна");
    EXPECT_EQ(anna.situation, "strength");
    EXPECT_FALSE(anna.level);
    EXPECT_FALSE(anna.equipment);
    EXPECT_EQ(load.config.progress.weekly_goal, 4);
}

TEST(ConfigProfiles, BadValuesAreReportedAndLeftUnset) {
    const ConfigLoad load = parseConfig(R"([profile.ivan]
situation = "pregnant"
trimester = 4
equipment = ["dumbells", "bar"]
level = 3
programe = "strong-back"
)",
                                        "bad.toml");
    ASSERT_EQ(load.config.profiles.size(), 1u);
    const ProfileConfig& ivan = load.config.profiles[0];
    EXPECT_FALSE(ivan.situation);
    EXPECT_FALSE(ivan.trimester);
    EXPECT_FALSE(ivan.level);
    EXPECT_EQ(ivan.equipment, (std::vector<std::string>{"bar"}));  // the good entry is kept
    const ConfigProblem* situation = problemAbout(load, "profile.ivan.situation");
    ASSERT_TRUE(situation);
    EXPECT_EQ(situation->line, 2);
    EXPECT_THAT(situation->message, HasSubstr("\"pregnancy\""));
    ASSERT_TRUE(problemAbout(load, "profile.ivan.trimester"));
    const ConfigProblem* dumbbells = problemAbout(load, "profile.ivan.equipment[0]");
    ASSERT_TRUE(dumbbells);
    EXPECT_THAT(dumbbells->message, HasSubstr("did you mean dumbbells?"));
    ASSERT_TRUE(problemAbout(load, "profile.ivan.level"));
    const ConfigProblem* typo = problemAbout(load, "profile.ivan.programe");
    ASSERT_TRUE(typo);
    EXPECT_THAT(typo->message, HasSubstr("unknown key; did you mean programme?"));
    EXPECT_EQ(load.problems.size(), 5u);
}

TEST(ConfigProfiles, AProfileThatIsNotASectionIsReported) {
    const ConfigLoad load = parseConfig("[profile]\nanna = \"pregnancy\"\n", "flat.toml");
    EXPECT_TRUE(load.config.profiles.empty());
    const ConfigProblem* p = problemAbout(load, "profile.anna");
    ASSERT_TRUE(p);
    EXPECT_THAT(p->message, HasSubstr("[profile.anna]"));
}

TEST(ConfigProfiles, FormatReadsBackTheSame) {
    Config c;
    ProfileConfig p;
    p.name = "Anna Maria";
    p.situation = "postpartum";
    p.weeks_since_birth = 7;
    p.equipment = std::vector<std::string>{};
    p.programme = "";
    c.profiles.push_back(p);
    const ConfigLoad load = parseConfig(formatConfig(c), "formatted.toml");
    for (const auto& problem : load.problems) ADD_FAILURE() << problem.describe();
    EXPECT_EQ(load.config, c);
}

}  // namespace
}  // namespace mc
