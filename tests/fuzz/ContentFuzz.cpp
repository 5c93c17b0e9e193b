// fuzz_content: a whole content pack (PackSplit.h format) through the parser and validator,
// and, when the validator accepts it, through what the app does next with a valid pack
// (timeline expansion, figure poses), which trusts the validator's ranges.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "FuzzCheck.h"
#include "PackSplit.h"
#include "content/PackParser.h"
#include "core/FigureAnimation.h"
#include "core/Timeline.h"
#include "progress/PreparedRoutine.h"
#include "progress/ProgrammeProgress.h"
#include "progress/Suitability.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace mc;
    const PackSource source = fuzz::splitPackInput(std::string_view(reinterpret_cast<const char*>(data), size));
    const PackParse parse = parsePack(source);
    for (const Problem& problem : parse.problems) {
        MC_FUZZ_CHECK(!problem.message.empty(), "every problem says what is wrong");
        (void)formatProblem(problem, "pack");
    }
    (void)describeProblems(parse.problems, "pack");
    if (!parse.valid()) return 0;

    const ContentPack& pack = parse.pack;
    for (const Routine& routine : pack.routines) {
        const Timeline timeline = expandRoutine(routine, pack);
        MC_FUZZ_CHECK(!timeline.phases.empty() && timeline.phases.back().kind == PhaseKind::Done,
                      "a valid routine's timeline ends with Done");
        for (std::size_t i = 1; i < timeline.phases.size(); ++i)
            MC_FUZZ_CHECK(timeline.phases[i].start == timeline.phases[i - 1].end(), "phases follow each other");
        for (std::size_t i = 1; i < timeline.cues.size(); ++i)
            MC_FUZZ_CHECK(timeline.cues[i - 1].at <= timeline.cues[i].at, "cues are ordered by time");
    }
    // Prepared for a person (variants swapped, doses scaled), a routine is still valid.
    Profile person;
    person.situation = Situation::Pregnancy;
    person.trimester = 2;
    for (Level level : {Level::Gentle, Level::Intermediate}) {
        person.level = level;
        for (const Routine& routine : pack.routines) {
            (void)checkRoutine(routine, pack, person);
            const PreparedRoutine prepared = prepareRoutine(routine, pack, person, 1.4);
            const Timeline timeline = expandRoutine(prepared.routine, pack);
            MC_FUZZ_CHECK(!timeline.phases.empty() && timeline.phases.back().kind == PhaseKind::Done,
                          "a prepared routine's timeline ends with Done");
        }
    }
    for (const Programme& programme : pack.programmes) {
        const ProgrammePosition at = programmeProgress(programme, {}, 0, WallTime{});
        MC_FUZZ_CHECK(at.stage < programme.stages.size() && at.week == 1, "a programme starts at its first week");
    }
    for (const Exercise& exercise : pack.exercises) {
        for (float movement : {0.0f, 0.37f, 1.0f}) (void)skeletonOf(poseAt(exercise.figure, movement));
    }
    return 0;
}
