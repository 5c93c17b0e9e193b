// The bundled library is complete enough to coach from: many exercises, each with a
// figure; routines for every need the seed documents name, with honest durations.
#include <gtest/gtest.h>

#include "figure/BodyPose.h"

#include <cmath>
#include <regex>
#include <set>

#include "core/Timeline.h"
#include "platform/files/PackReader.h"

namespace mc {
namespace {

const ContentPack& bundled() {
    static const ContentPack pack = [] {
        PackLoad load = loadPack(std::string(MC_SOURCE_ASSETS) + "/pack");
        if (!load.ok()) throw std::runtime_error(describeProblems(load.problems));
        return *load.pack;
    }();
    return pack;
}

TEST(BundledLibrary, HasTheBreadthOfTheSeeds) {
    EXPECT_GE(bundled().exercises.size(), 50u);
    EXPECT_GE(bundled().routines.size(), 10u);
    std::set<std::string> foci;
    for (const Routine& r : bundled().routines) foci.insert(r.focus);
    for (const char* needed : {"relief", "pregnancy", "postnatal", "posture", "strength", "office", "mobility"})
        EXPECT_EQ(foci.count(needed), 1u) << "no routine with focus " << needed;
    bool dumbbells = false;
    for (const Routine& r : bundled().routines)
        for (const RoutineItem& item : r.items)
            if (const Exercise* e = bundled().exercise(item.exercise); e && e->uses("dumbbells")) dumbbells = true;
    EXPECT_TRUE(dumbbells) << "no routine strengthens with dumbbells";
}

TEST(BundledLibrary, EveryExerciseHasAnAnimatedFigure) {
    for (const Exercise& e : bundled().exercises) {
        const auto& keys = e.figure.poses;
        ASSERT_GE(keys.size(), 2u) << e.id << " has no animated body figure";
        EXPECT_FLOAT_EQ(keys.front().at, 0.0f) << e.id;
        EXPECT_FLOAT_EQ(keys.back().at, 1.0f) << e.id;
        bool moves = false;
        for (size_t i = 1; i < keys.size(); ++i) {
            EXPECT_LT(keys[i - 1].at, keys[i].at) << e.id;
            for (const PoseField& f : poseFields()) {
                BodyPose a = keys[0].pose, b = keys[i].pose;
                moves = moves || std::abs(f.of(a) - f.of(b)) > 0.5f;
            }
        }
        EXPECT_TRUE(moves) << e.id << ": every keyframe is the same pose";
    }
}

// What a routine's description promises ("About 10 minutes") is what its timeline takes.
TEST(BundledLibrary, RoutineDurationsMatchTheirDescriptions) {
    const std::regex about(R"(About (\d+) minutes)");
    for (const Routine& r : bundled().routines) {
        Timeline tl = expandRoutine(r, bundled());
        ASSERT_FALSE(tl.phases.empty()) << r.id;
        EXPECT_EQ(tl.phases.back().kind, PhaseKind::Done) << r.id;
        EXPECT_EQ(tl.phases.back().start, tl.total) << r.id;
        // Every item is in the timeline.
        std::set<int> items;
        for (const Phase& p : tl.phases)
            if (p.kind == PhaseKind::Work) items.insert(p.item);
        EXPECT_EQ(items.size(), r.items.size()) << r.id;
        std::smatch m;
        const std::string& text = r.description.in("en");
        if (std::regex_search(text, m, about)) {
            double promised = std::stod(m[1]);
            EXPECT_NEAR(seconds(tl.total) / 60.0, promised, 1.0) << r.id << " promises " << promised << " minutes";
        }
        EXPECT_GE(tl.total, Millis(3 * 60 * 1000)) << r.id;
        // 35: a dumbbell session with the 3 sets the seeds ask for of each exercise runs past 30.
        EXPECT_LE(tl.total, Millis(35 * 60 * 1000)) << r.id;
    }
}

// Issue 13: the screens and speech teach every exercise from its content.
TEST(BundledLibrary, EveryExerciseSaysHowToStartAndEverySideAndRepetitionIsNamed) {
    for (const Exercise& e : bundled().exercises) {
        EXPECT_FALSE(e.setup.in("en").empty()) << e.id << " has no setup text";
        if (e.name.byLanguage.count("ru")) EXPECT_EQ(e.setup.byLanguage.count("ru"), 1u) << e.id << ": no Russian setup";
        if (e.dose.kind == Dose::Kind::Reps) {
            bool worded = !e.pace.lift.word.empty() || !e.pace.lower.word.empty();
            EXPECT_TRUE(worded) << e.id << ": paced, but no word for its stages";
        }
    }
}

TEST(BundledLibrary, SomeTextsAreTranslatedToRussian) {
    // Declared complete in both, so the validator checks every text has Russian too.
    EXPECT_EQ(bundled().languages, (std::vector<std::string>{"en", "ru"}));
    int russian = 0;
    for (const Exercise& e : bundled().exercises) russian += e.name.byLanguage.count("ru");
    EXPECT_GE(russian, 5);
    for (const Routine& r : bundled().routines)
        if (r.id == "gentle-lower-back") EXPECT_EQ(r.title.byLanguage.count("ru"), 1u);
}

}  // namespace
}  // namespace mc
