// The config's [profile.*] sections applied to a real history database on start.
#include <gtest/gtest.h>

#include "cli/HouseholdConfig.h"
#include "config/ConfigLoad.h"
#include "support/TempDir.h"
#include "platform/store/HistoryStore.h"
#include "progress/ProfileStage.h"

namespace mc {
namespace {
using mc::test_support::TempDir;

constexpr std::int64_t kNow = 1796083200;

TEST(HouseholdConfig, AddsNewProfilesAndOverwritesOnlyTheFieldsTheConfigSets) {
    TempDir dir;
    auto store = HistoryStore::open(dir.path());
    ASSERT_TRUE(store);
    Profile anna;
    anna.name = "Anna";
    anna.situation = Situation::Pregnancy;
    anna.trimester = 1;
    anna.equipment = {"chair"};
    anna.level = Level::Gentle;
    anna.programmeId = "chosen-on-the-mirror";
    ASSERT_TRUE(store->saveProfile(anna, kNow - 20 * kWeekSeconds));  // now in trimester 2

    ConfigLoad load = parseConfig(R"([profile.Anna]
situation = "pregnancy"
trimester = 1
equipment = ["chair", "fitball"]

[profile.Ivan]
situation = "strength"
level = "intermediate"
)", "household.toml");
    ASSERT_TRUE(load.ok());
    applyConfigProfiles(load.config.profiles, *store, kNow);

    auto people = store->profiles(kNow);
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 2u);
    const Profile& a = (*people)[0];
    EXPECT_EQ(a.equipment, (std::vector<std::string>{"chair", "fitball"}));  // the config wins
    EXPECT_EQ(a.level, Level::Gentle);                                      // not set there: kept
    EXPECT_EQ(a.programmeId, "chosen-on-the-mirror");
    EXPECT_EQ(a.trimester, 2);  // the stored stage moved on; the config's older value does not pull it back
    const Profile& i = (*people)[1];
    EXPECT_EQ(i.name, "Ivan");
    EXPECT_EQ(i.situation, Situation::Strength);
    EXPECT_EQ(i.level, Level::Intermediate);

    // A second start with the same config changes nothing.
    applyConfigProfiles(load.config.profiles, *store, kNow + 3600);
    EXPECT_EQ(*store->profiles(kNow), *people);
}

}  // namespace
}  // namespace mc
