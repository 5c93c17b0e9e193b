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
    for (const Exercise& exercise : pack.exercises) {
        for (float movement : {0.0f, 0.37f, 1.0f}) (void)skeletonOf(poseAt(exercise.figure, movement));
    }
    return 0;
}
