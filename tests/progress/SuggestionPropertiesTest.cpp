// Property-style checks of today's suggestion on the bundled pack: for every
// situation (with its stages) x equipment x level x programme, over many generated
// histories (a seeded, deterministic generator), the suggestion is always suitable,
// follows the programme, and keeps its rest days and sessions per day.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "TestTimes.h"
#include "platform/files/PackReader.h"
#include "progress/CalendarWeek.h"
#include "progress/TodaySuggestion.h"
#include "progress/WeekProgress.h"

namespace mc {
namespace {
using namespace testing_times;

// SplitMix64: the same numbers on every platform and standard library.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t state_;
};

const ContentPack& bundled() {
    static const ContentPack pack = [] {
        PackLoad load = loadPack(std::string(MC_SOURCE_ASSETS) + "/pack");
        EXPECT_TRUE(load.ok()) << describeProblems(load.problems);
        return load.ok() ? *load.pack : ContentPack{};
    }();
    return pack;
}

std::vector<Profile> everyProfile(const ContentPack& pack) {
    struct Stage {
        Situation situation;
        int trimester = 0, weeks = 0;
    };
    std::vector<Stage> stages = {{Situation::General},        {Situation::BackPainAcute},
                                 {Situation::BackPainRecovering}, {Situation::HerniatedDisc},
                                 {Situation::Strength}};
    for (int t = 1; t <= 3; ++t) stages.push_back({Situation::Pregnancy, t, 0});
    for (int w : {0, 6, 12, 13, 40}) stages.push_back({Situation::Postpartum, 0, w});
    const std::vector<std::vector<std::string>> equipment = {
        {}, {"chair", "bar"}, {"chair", "dumbbells", "bar", "bench", "fitball"}};
    std::vector<std::string> programmes = {""};
    for (const Programme& p : pack.programmes) programmes.push_back(p.id);
    std::vector<Profile> out;
    for (const Stage& s : stages)
        for (const auto& items : equipment)
            for (Level level : {Level::Gentle, Level::Beginner, Level::Intermediate})
                for (const std::string& programme : programmes) {
                    Profile p;
                    p.id = static_cast<std::int64_t>(out.size()) + 1;
                    p.name = "p" + std::to_string(p.id);
                    p.situation = s.situation;
                    p.trimester = s.trimester;
                    p.weeksSinceBirth = s.weeks;
                    p.equipment = items;
                    p.level = level;
                    p.programmeId = programme;
                    out.push_back(p);
                }
    return out;
}

// What the person does on a day: follow the suggestion, skip, add an extra
// session of something else, stop early, or go away for a while.
struct Life {
    std::vector<SessionRecord> history;
    std::vector<SessionRecord> followed;  // sessions done as the programme suggested
};

void checkSuggestion(const Profile& profile, const ContentPack& pack, const TodaySuggestion& today,
                     const Life& life, WallTime now) {
    using R = TodaySuggestion::Reason;
    if (!today.routineId.empty()) {
        const Routine* routine = pack.routine(today.routineId);
        ASSERT_TRUE(routine) << today.routineId;
        EXPECT_TRUE(checkRoutine(*routine, pack, profile).suits()) << today.routineId << " for " << profile.name;
    }
    for (const UnsuitableRoutine& u : today.unsuitable) {
        EXPECT_NE(u.routineId, today.routineId);
        EXPECT_FALSE(u.verdict.suits());
    }
    EXPECT_EQ(today.suitable.size() + today.unsuitable.size(), pack.routines.size());
    if (today.reason == R::RestDay || today.reason == R::NothingSuitable) EXPECT_EQ(today.routineId, "");
    if (!today.position) {
        EXPECT_EQ(today.programmeId, "");
        return;
    }
    const Programme* programme = pack.programme(profile.programmeId);
    ASSERT_TRUE(programme);
    EXPECT_TRUE(checkProgramme(*programme, profile).suits());
    const ProgrammeStage& stage = programme->stages.at(today.position->stage);
    EXPECT_EQ(today.weeklyGoal, stage.sessionsPerWeek);
    if (today.reason == R::ProgrammeNext) EXPECT_EQ(today.routineId, today.position->routineId);
    if (today.reason == R::ProgrammeNext || today.reason == R::ProgrammeStandIn) {
        EXPECT_NE(std::find(stage.routines.begin(), stage.routines.end(), today.routineId), stage.routines.end());
        EXPECT_DOUBLE_EQ(today.doseScale, stage.doseScale);
    }
    // A session is offered only when the rhythm allows one: not beyond the day's
    // sessions, and not within the rest days after the last followed session day.
    if (!today.routineId.empty() && today.reason != R::ProgrammeRoutineUnsuitable && !life.followed.empty()) {
        const std::int64_t day = localDayNumber(now);
        const std::int64_t last = localDayNumber(life.followed.back().localStart());
        if (day == last) {
            int sameDay = 0;
            for (const SessionRecord& s : life.followed) sameDay += localDayNumber(s.localStart()) == day;
            EXPECT_LT(sameDay, std::max(stage.sessionsPerDay, 1)) << profile.name;
        } else if (day - last <= kProgrammeGapDays) {
            EXPECT_GE(day - last - 1, stage.restDaysBetween) << profile.name;
        }
    }
}

TEST(SuggestionProperties, AlwaysSuitableFollowsTheProgrammeAndRests) {
    const ContentPack& pack = bundled();
    ASSERT_FALSE(pack.programmes.empty());
    Random random(20261130);
    int checks = 0, offered = 0, rests = 0;
    for (const Profile& profile : everyProfile(pack)) {
        {
            Life life;
            WallTime now = local(2026, 1, 5, 7, 0, hours(3));
            for (int day = 0; day < 49; ++day) {
                // Morning and evening.
                for (int moment = 0; moment < 2; ++moment) {
                    WallTime at{now.utcSeconds + day * 86400LL + moment * 12 * 3600LL, now.utcOffsetSeconds};
                    TodaySuggestion today = suggestToday(profile, pack, life.history, at);
                    ++checks;
                    checkSuggestion(profile, pack, today, life, at);
                    if (::testing::Test::HasFailure()) return;
                    rests += today.reason == TodaySuggestion::Reason::RestDay;
                    if (random.chance(35)) continue;  // not now
                    SessionRecord s;
                    if (!today.routineId.empty() && random.chance(85)) {
                        s = finished(today.routineId, at);
                        ++offered;
                    } else if (random.chance(30) && !pack.routines.empty()) {
                        s = finished(pack.routines[random.below(static_cast<int>(pack.routines.size()))].id, at);
                    } else {
                        continue;
                    }
                    s.id = static_cast<std::int64_t>(life.history.size()) + 1;
                    s.profileId = random.chance(95) ? profile.id : profile.id + 100000;  // someone else now and then
                    s.programmeId = today.programmeId;
                    if (random.chance(10)) {  // abandoned early
                        s.stoppedEarly = true;
                        s.completedItems = random.below(3);
                    }
                    life.history.push_back(s);
                    if (today.position && s.routineId == today.routineId && s.profileId == profile.id &&
                        countsTowardGoal(s) && !today.routineId.empty() &&
                        today.reason != TodaySuggestion::Reason::ProgrammeRoutineUnsuitable)
                        life.followed.push_back(s);
                }
                if (random.chance(2)) day += 15 + random.below(10);  // away for a while
            }
        }
    }
    // The generator really exercised the rules.
    EXPECT_GT(checks, 50000);
    EXPECT_GT(offered, 10000);
    EXPECT_GT(rests, 1000);
    std::printf("%d suggestions checked, %d followed, %d rest days\n", checks, offered, rests);
}

TEST(SuggestionProperties, EveryRoutineSuitsSomeoneAndTheSeedSituationsHaveTheirRoutine) {
    const ContentPack& pack = bundled();
    std::map<std::string, int> suitsCount;
    for (const Profile& profile : everyProfile(pack)) {
        if (!profile.programmeId.empty()) continue;
        for (const Routine& r : pack.routines) suitsCount[r.id] += checkRoutine(r, pack, profile).suits();
    }
    for (const Routine& r : pack.routines) EXPECT_GT(suitsCount[r.id], 0) << r.id << " suits nobody";

    auto suits = [&](const std::string& routine, Situation s, int trimester = 0, int weeks = 0) {
        Profile p;
        p.situation = s;
        p.trimester = trimester;
        p.weeksSinceBirth = weeks;
        p.equipment = {"chair", "bar"};
        p.level = Level::Gentle;
        return checkRoutine(*pack.routine(routine), pack, p).suits();
    };
    EXPECT_TRUE(suits("acute-back-relief", Situation::BackPainAcute));
    EXPECT_TRUE(suits("herniated-disc", Situation::HerniatedDisc));
    EXPECT_TRUE(suits("pregnancy-back-care", Situation::Pregnancy, 3));
    EXPECT_TRUE(suits("after-childbirth", Situation::Postpartum, 0, 2));
    EXPECT_FALSE(suits("core-strength", Situation::BackPainAcute));
    EXPECT_FALSE(suits("back-bends-and-lifts", Situation::Pregnancy, 2));
    EXPECT_FALSE(suits("gentle-lower-back", Situation::Pregnancy, 2));  // long on the back
    EXPECT_FALSE(suits("pregnancy-back-care", Situation::General));     // meant for pregnancy
}

TEST(SuggestionProperties, EveryProgrammeSuitsSomeoneAndOffersItsFirstRoutine) {
    const ContentPack& pack = bundled();
    for (const Programme& programme : pack.programmes) {
        bool offered = false;
        for (Profile profile : everyProfile(pack)) {
            if (profile.programmeId != programme.id) continue;
            TodaySuggestion today = suggestToday(profile, pack, {}, local(2026, 3, 2, 8, 0, 0));
            if (today.reason != TodaySuggestion::Reason::ProgrammeNext) continue;
            offered = true;
            EXPECT_EQ(today.routineId, programme.stages[0].routines[0]) << programme.id;
            EXPECT_EQ(today.position->week, 1);
            EXPECT_EQ(today.position->session, 1);
        }
        EXPECT_TRUE(offered) << programme.id << " is never offered as planned";
    }
}

}  // namespace
}  // namespace mc
