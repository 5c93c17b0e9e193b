// The pack that ships in assets/pack is valid, and so what the mirror starts with.
#include <gtest/gtest.h>

#include <filesystem>

#include "platform/files/PackReader.h"

namespace mc {
namespace {

const std::string kBundled = std::string(MC_SOURCE_ASSETS) + "/pack";

TEST(BundledPack, IsValid) {
    ASSERT_TRUE(std::filesystem::exists(kBundled + "/pack.json")) << "the bundled pack is missing: " << kBundled;
    PackLoad load = loadPack(kBundled);
    ASSERT_TRUE(load.ok()) << describeProblems(load.problems, kBundled, 100);
    EXPECT_GE(load.pack->routines.size(), 3u);
    EXPECT_FALSE(load.pack->exercises.empty());
}

TEST(BundledPack, EveryRoutineItemNamesAnExerciseAndEveryTextHasEnglish) {
    PackLoad load = loadPack(kBundled);
    ASSERT_TRUE(load.ok());
    for (const Routine& r : load.pack->routines) {
        EXPECT_FALSE(r.title.in("en").empty()) << r.id;
        for (const RoutineItem& item : r.items) {
            const Exercise* e = load.pack->exercise(item.exercise);
            ASSERT_NE(e, nullptr) << r.id << " names " << item.exercise;
            EXPECT_GT(item.dose.workTime().count(), 0) << r.id << " / " << item.exercise;
        }
    }
    for (const Exercise& e : load.pack->exercises) {
        EXPECT_EQ(e.name.byLanguage.count("en"), 1u) << e.id;
        EXPECT_EQ(e.instructions.byLanguage.count("en"), 1u) << e.id;
    }
}

}  // namespace
}  // namespace mc
