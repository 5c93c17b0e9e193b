// The profile picker and the household switch, driven by key events only (a clicker's
// three keys: Previous, Next, Select; Back where a keyboard has it).
#include <gtest/gtest.h>

#include <memory>

#include "core/Content.h"
#include "mirror/MirrorState.h"

namespace mc {
namespace {

const std::vector<std::string> kPresets{"Person 1", "Person 2", "Person 3", "Person 4"};

Programme programme(const std::string& id, std::vector<Situation> suits) {
    Programme p;
    p.id = id;
    p.title.byLanguage["en"] = id;
    for (Situation s : suits) p.suitability.suits.push_back({s});
    return p;
}

std::vector<Programme> programmes() {
    return {programme("strong-back", {Situation::General, Situation::Strength}),
            programme("pregnancy-by-trimester", {Situation::Pregnancy}), programme("desk-break", {})};
}

// The test's stand-in for progress/Suitability: a programme listing situations suits only those.
bool fits(const Programme& p, const Profile& who) {
    if (p.suitability.suits.empty()) return true;
    for (const AudienceCondition& c : p.suitability.suits)
        if (c.situation == who.situation) return true;
    return false;
}

Routine routine(const std::string& id) {
    Routine r;
    r.id = id;
    r.focus = "relief";
    r.title.byLanguage["en"] = id;
    return r;
}

std::shared_ptr<const ContentPack> pack() {
    auto p = std::make_shared<ContentPack>();
    p->routines = {routine("alpha"), routine("prone-back"), routine("gamma")};
    p->programmes = programmes();
    return p;
}

// Presses `action` until the highlighted choice satisfies `is`; fails after a full lap.
template <typename Pred>
void moveTo(MirrorState& s, Pred is, MonoTime now = MonoTime{0}) {
    for (int i = 0; i < 30; ++i) {
        const ProfilePicker* p = s.picker();
        ASSERT_TRUE(p);
        if (is(p->choices()[static_cast<size_t>(p->highlighted())])) return;
        s.handle(Action::Next, now);
    }
    FAIL() << "no such choice on step " << static_cast<int>(s.picker()->step());
}

using Kind = PickerChoice::Kind;

MirrorState pickerOn(std::vector<Profile> household = {}) {
    MirrorState s(pack());
    s.setPickerSetup(kPresets, fits);
    s.setHousehold(std::move(household), 0);
    s.openPicker(MonoTime{0});
    return s;
}

TEST(ProfilePicker, AClickerMakesAPregnancyProfileStepByStep) {
    MirrorState s = pickerOn();
    ASSERT_EQ(s.screen(), Screen::Profile);
    const ProfilePicker* p = s.picker();
    EXPECT_EQ(p->step(), PickerStep::Name);
    ASSERT_EQ(p->choices().size(), 4u);  // the presets, no keyboard needed
    s.handle(Action::Next, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});  // "Person 2"
    EXPECT_EQ(s.picker()->draft().name, "Person 2");
    EXPECT_EQ(s.picker()->step(), PickerStep::Situation);
    moveTo(s, [](const PickerChoice& c) { return c.situation == Situation::Pregnancy; });
    s.handle(Action::Select, MonoTime{0});
    ASSERT_EQ(s.picker()->step(), PickerStep::Stage);
    EXPECT_EQ(s.picker()->stepCount(), 7);
    moveTo(s, [](const PickerChoice& c) { return c.kind == Kind::Trimester && c.number == 2; });
    s.handle(Action::Select, MonoTime{0});
    ASSERT_EQ(s.picker()->step(), PickerStep::Equipment);
    // Toggle chair and fitball; fitball twice (off again), then once more (on).
    moveTo(s, [](const PickerChoice& c) { return c.name == "chair"; });
    s.handle(Action::Select, MonoTime{0});
    EXPECT_TRUE(s.picker()->choices()[static_cast<size_t>(s.picker()->highlighted())].on);
    moveTo(s, [](const PickerChoice& c) { return c.name == "fitball"; });
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});
    EXPECT_FALSE(s.picker()->choices()[static_cast<size_t>(s.picker()->highlighted())].on);
    s.handle(Action::Select, MonoTime{0});
    moveTo(s, [](const PickerChoice& c) { return c.kind == Kind::Done; });
    s.handle(Action::Select, MonoTime{0});
    ASSERT_EQ(s.picker()->step(), PickerStep::Level);
    moveTo(s, [](const PickerChoice& c) { return c.level == Level::Gentle; });
    s.handle(Action::Select, MonoTime{0});
    ASSERT_EQ(s.picker()->step(), PickerStep::Programme);
    // Suitable programmes first, then "none", then the others.
    const auto& choices = s.picker()->choices();
    ASSERT_EQ(choices.size(), 4u);
    EXPECT_EQ(choices[0].name, "pregnancy-by-trimester");
    EXPECT_TRUE(choices[0].suitable);
    EXPECT_EQ(choices[1].name, "desk-break");
    EXPECT_EQ(choices[2].kind, Kind::NoProgramme);
    EXPECT_EQ(choices[3].name, "strong-back");
    EXPECT_FALSE(choices[3].suitable);
    s.handle(Action::Select, MonoTime{0});
    ASSERT_EQ(s.picker()->step(), PickerStep::Confirm);
    s.handle(Action::Select, MonoTime{0});  // Save

    EXPECT_EQ(s.screen(), Screen::Home);
    auto saved = s.takeSavedProfile();
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->name, "Person 2");
    EXPECT_EQ(saved->situation, Situation::Pregnancy);
    EXPECT_EQ(saved->trimester, 2);
    EXPECT_EQ(saved->equipment, (std::vector<std::string>{"chair", "fitball"}));
    EXPECT_EQ(saved->level, Level::Gentle);
    EXPECT_EQ(saved->programmeId, "pregnancy-by-trimester");
    EXPECT_FALSE(s.takeSavedProfile());  // taken once
}

TEST(ProfilePicker, GeneralSkipsTheStageAndStartOverReturnsToTheName) {
    MirrorState s = pickerOn();
    s.handle(Action::Select, MonoTime{0});  // Person 1
    s.handle(Action::Select, MonoTime{0});  // general (highlighted: the draft's)
    EXPECT_EQ(s.picker()->step(), PickerStep::Equipment);
    EXPECT_EQ(s.picker()->stepCount(), 6);
    EXPECT_EQ(s.picker()->stepNumber(), 3);
    s.handle(Action::Previous, MonoTime{0});  // wraps to "Done"
    EXPECT_EQ(s.picker()->choices()[static_cast<size_t>(s.picker()->highlighted())].kind, Kind::Done);
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});  // level: beginner
    s.handle(Action::Select, MonoTime{0});  // the first suitable programme
    EXPECT_EQ(s.picker()->draft().programmeId, "strong-back");
    ASSERT_EQ(s.picker()->step(), PickerStep::Confirm);
    s.handle(Action::Next, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});  // Start over
    EXPECT_EQ(s.picker()->step(), PickerStep::Name);
    EXPECT_EQ(s.screen(), Screen::Profile);
    EXPECT_FALSE(s.takeSavedProfile());
}

TEST(ProfilePicker, BackStepsBackAndLeavesFromTheFirstStep) {
    MirrorState s = pickerOn();
    s.handle(Action::Select, MonoTime{0});
    moveTo(s, [](const PickerChoice& c) { return c.situation == Situation::Postpartum; });
    s.handle(Action::Select, MonoTime{0});
    ASSERT_EQ(s.picker()->step(), PickerStep::Stage);
    EXPECT_EQ(s.picker()->choices().front().kind, Kind::Weeks);
    s.handle(Action::Back, MonoTime{0});
    EXPECT_EQ(s.picker()->step(), PickerStep::Situation);
    s.handle(Action::Back, MonoTime{0});
    EXPECT_EQ(s.picker()->step(), PickerStep::Name);
    s.handle(Action::Back, MonoTime{0});
    EXPECT_EQ(s.screen(), Screen::Home);
    EXPECT_FALSE(s.takeSavedProfile());
}

TEST(ProfilePicker, ChangesAnExistingProfileKeepingItsId) {
    Profile anna;
    anna.id = 7;
    anna.name = "Anna";
    anna.situation = Situation::Strength;
    anna.level = Level::Intermediate;
    anna.equipment = {"dumbbells"};
    MirrorState s = pickerOn({anna});
    const auto& names = s.picker()->choices();
    ASSERT_EQ(names.size(), 5u);  // Anna and the four presets
    EXPECT_EQ(names[0].kind, Kind::Existing);
    s.handle(Action::Select, MonoTime{0});
    // Every step starts on the profile's own answer: Select through keeps it.
    EXPECT_EQ(s.picker()->choices()[static_cast<size_t>(s.picker()->highlighted())].situation, Situation::Strength);
    s.handle(Action::Select, MonoTime{0});
    for (const PickerChoice& c : s.picker()->choices()) EXPECT_EQ(c.on, c.name == "dumbbells") << c.name;
    moveTo(s, [](const PickerChoice& c) { return c.kind == Kind::Done; });
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});
    auto saved = s.takeSavedProfile();
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->id, 7);
    EXPECT_EQ(saved->level, Level::Intermediate);
    EXPECT_EQ(saved->equipment, std::vector<std::string>{"dumbbells"});
}

Profile person(std::int64_t id, const std::string& name) {
    Profile p;
    p.id = id;
    p.name = name;
    return p;
}

TEST(HouseholdSwitch, OneKeyCyclesThePeopleAndSessionsAreRecordedWithThem) {
    MirrorState s(pack());
    s.setHousehold({person(1, "Anna"), person(2, "Ivan")}, 2);
    ASSERT_TRUE(s.currentProfile());
    EXPECT_EQ(s.currentProfile()->name, "Ivan");
    int generation = s.householdGeneration();
    s.handle(Action::NextProfile, MonoTime{0});
    EXPECT_EQ(s.currentProfile()->name, "Anna");
    EXPECT_NE(s.householdGeneration(), generation);
    s.handle(Action::NextProfile, MonoTime{0});
    EXPECT_EQ(s.currentProfile()->name, "Ivan");

    HomeAdvice advice;
    advice.suggestedRoutine = "gamma";
    advice.programmeId = "strong-back";
    s.setAdvice(advice);
    EXPECT_EQ(s.routine()->id, "gamma");  // the suggestion is highlighted and listed first
    EXPECT_EQ(s.homeList().order().front(), 2);
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});  // overview -> player
    s.handle(Action::Back, MonoTime{1000});
    auto done = s.takeFinishedSession();
    ASSERT_TRUE(done);
    EXPECT_EQ(done->profileId, 2);
    EXPECT_EQ(done->programmeId, "strong-back");

    // Another routine is extra practice: no programme.
    s.handle(Action::Select, MonoTime{2000});  // summary -> home
    s.handle(Action::Next, MonoTime{2000});
    ASSERT_NE(s.routine()->id, "gamma");
    s.handle(Action::Select, MonoTime{2000});
    s.handle(Action::Select, MonoTime{2000});
    s.handle(Action::Back, MonoTime{3000});
    done = s.takeFinishedSession();
    ASSERT_TRUE(done);
    EXPECT_EQ(done->programmeId, "");
}

TEST(HouseholdSwitch, AnUnsuitableRoutineIsListedApartAndAsksBeforeStarting) {
    MirrorState s(pack());
    s.setHousehold({person(1, "Anna")}, 1);
    HomeAdvice advice;
    advice.suggestedRoutine = "alpha";
    advice.unsuitable["prone-back"] = "Not meant for pregnancy: lies face down";
    s.setAdvice(advice);
    const auto& order = s.homeList().order();
    ASSERT_EQ(order.size(), 3u);
    EXPECT_EQ(order.back(), 1);  // prone-back last, in the group apart
    s.handle(Action::PreviousGroup, MonoTime{0});  // wraps to the last group
    ASSERT_EQ(s.routine()->id, "prone-back");
    EXPECT_EQ(s.unsuitableReason(*s.routine()), "Not meant for pregnancy: lies face down");

    s.handle(Action::Select, MonoTime{0});
    EXPECT_EQ(s.screen(), Screen::Home);
    EXPECT_TRUE(s.confirmingUnsuitable());
    s.handle(Action::Back, MonoTime{0});  // no
    EXPECT_FALSE(s.confirmingUnsuitable());
    EXPECT_EQ(s.screen(), Screen::Home);
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Next, MonoTime{0});  // a clicker's "no"
    EXPECT_EQ(s.screen(), Screen::Home);
    EXPECT_EQ(s.routine()->id, "prone-back");  // the answer did not move the highlight
    s.handle(Action::Select, MonoTime{0});
    s.handle(Action::Select, MonoTime{0});  // yes
    EXPECT_EQ(s.screen(), Screen::Overview);
}

TEST(HouseholdSwitch, EditProfilesOpensThePickerFromHomeOnly) {
    MirrorState s(pack());
    s.setPickerSetup(kPresets, fits);
    s.handle(Action::EditProfiles, MonoTime{0});
    EXPECT_EQ(s.screen(), Screen::Profile);
    s.handle(Action::Back, MonoTime{0});
    EXPECT_EQ(s.screen(), Screen::Home);
    s.handle(Action::Select, MonoTime{0});
    ASSERT_EQ(s.screen(), Screen::Overview);
    s.handle(Action::EditProfiles, MonoTime{0});
    EXPECT_EQ(s.screen(), Screen::Overview);
}

}  // namespace
}  // namespace mc
