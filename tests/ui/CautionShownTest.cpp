// An exercise's main caution (its first) reaches the person when the exercise starts:
// in the cue line of the item's first set and side for its first seconds, then the
// usual cues take over; later sets and the second side do not repeat it.
#include <gtest/gtest.h>

#include <algorithm>

#include "UiTestSupport.h"

namespace mc::test {
namespace {

bool drawn(const LayoutReport& report, const std::string& text) {
    return std::any_of(report.texts.begin(), report.texts.end(),
                       [&](const TextRun& run) { return run.text.find(text) != std::string::npos; });
}

LayoutReport reportAt(const ScreenshotStudio& studio, const std::string& routine, Millis at,
                      const std::string& language = "en") {
    ShotRequest r;
    r.routineId = routine;
    r.at = at;
    r.width = 1080;
    r.height = 1920;
    r.language = language;
    LayoutReport report;
    auto img = studio.moment(r, &report);
    EXPECT_TRUE(img.ok()) << (img ? "" : img.error().message);
    return report;
}

TEST(CautionShown, InTheCueLineOfTheFirstSetsFirstSecondsOnly) {
    auto pack = bundledPack();
    ScreenshotStudio studio(pack, realFonts());
    // A routine whose exercises have cautions and more than one set or side.
    int checked = 0;
    for (const Routine& routine : pack->routines) {
        Timeline tl = expandRoutine(routine, *pack);
        for (std::size_t i = 0; i < routine.items.size() && checked < 6; ++i) {
            const Exercise& ex = *pack->exercise(routine.items[i].exercise);
            if (ex.cautions.empty()) continue;
            std::vector<const Phase*> work;
            for (const Phase& p : tl.phases)
                if (p.kind == PhaseKind::Work && p.item == static_cast<int>(i)) work.push_back(&p);
            if (work.size() < 2 || work[0]->duration < Millis{12000}) continue;
            const std::string caution = ex.cautions.front().in("en");
            // Wrapped text is one run; its first words are enough to find it.
            const std::string head = "Take care: " + caution.substr(0, std::min<std::size_t>(caution.size(), 12));
            EXPECT_TRUE(drawn(reportAt(studio, routine.id, work[0]->start + Millis{2000}), head))
                << routine.id << " / " << ex.id << ": no caution at the start";
            EXPECT_FALSE(drawn(reportAt(studio, routine.id, work[0]->start + Millis{10000}), "Take care"))
                << routine.id << " / " << ex.id << ": caution still shown after 10 s";
            EXPECT_FALSE(drawn(reportAt(studio, routine.id, work[1]->start + Millis{2000}), "Take care"))
                << routine.id << " / " << ex.id << ": caution repeated on the next set or side";
            ++checked;
        }
        if (checked >= 6) break;
    }
    EXPECT_GE(checked, 3) << "too few bundled exercises with cautions and several sets or sides";
}

}  // namespace
}  // namespace mc::test
