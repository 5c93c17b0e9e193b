// The cue track rendered offline through the real engine, scheduler and mixer:
// every cue must be heard within 30 ms of the time the engine gives it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "SoundTestSupport.h"
#include "sound/CuePlan.h"
#include "sound/OfflineRender.h"

namespace mc {
namespace {

constexpr double kToleranceMs = 30.0;

// Where the engine puts each planned cue on the clock (ms since the render began),
// replaying the same commands on a second engine: the expected track.
std::vector<double> expectedDues(const Timeline& timeline, const Routine& routine, const std::vector<PlannedCue>& plan,
                                 const OfflineRenderOptions& options, double renderEndMs) {
    SessionEngine engine(timeline, routine, MonoTime{0} - options.from);
    std::vector<MonoTime> bounds{MonoTime{0}};
    for (const ScriptedCommand& c : options.commands) bounds.push_back(c.at);
    std::vector<double> dues;
    for (std::size_t k = 0; k < bounds.size(); ++k) {
        if (k > 0) engine.apply(options.commands[k - 1].command, bounds[k]);
        const auto zero = engine.clockTimeOf(Millis{0});
        if (!zero) continue;
        const Millis position = engine.position(bounds[k]);
        const double segmentEnd = k + 1 < bounds.size() ? double(bounds[k + 1].count()) : renderEndMs;
        for (const PlannedCue& cue : plan) {
            if (cue.at < position || (options.to && cue.at >= *options.to)) continue;
            const double due = double((*zero + cue.at).count());
            if (due >= double(bounds[k].count()) && due < segmentEnd) dues.push_back(due);
        }
    }
    return dues;
}

// Each expected cue has its own onset within the tolerance, and there are no others.
void expectOnsetsMatch(const std::vector<test::Onset>& onsets, const std::vector<double>& dues) {
    ASSERT_EQ(onsets.size(), dues.size()) << "onsets heard vs cues due";
    double worst = 0;
    for (std::size_t i = 0; i < dues.size(); ++i) {
        const double error = std::fabs(onsets[i].ms - dues[i]);
        worst = std::max(worst, error);
        EXPECT_LE(error, kToleranceMs) << "cue " << i << " due at " << dues[i] << " ms heard at " << onsets[i].ms;
    }
    ::testing::Test::RecordProperty("worst_error_ms", std::to_string(worst));
}

OfflineRenderOptions beepsOnly() {
    OfflineRenderOptions options;
    options.settings.speech = false;
    options.settings.volume = 1.0f;
    return options;
}

struct Rendered {
    RenderedTrack track;
    std::vector<test::Onset> onsets;
    std::vector<double> dues;
};

Rendered renderAndDetect(const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                         const OfflineRenderOptions& options) {
    Rendered r;
    r.track = renderCueTrack(timeline, routine, pack, pack.language, nullptr, options);
    r.onsets = test::detectOnsets(r.track.samples, r.track.sampleRate);
    const auto plan = planCueSounds(timeline, routine, pack, "en");
    r.dues = expectedDues(timeline, routine, plan, options, 1000.0 * r.track.samples.size() / r.track.sampleRate);
    return r;
}

// In every paced Work phase: one onset per lift and one per lowering, the lifts
// high and the lowerings low (the first lift sounds the start tone).
void expectRepTicks(const Timeline& timeline, const Routine& routine, const Rendered& r,
                    Millis until = Millis::max()) {
    int phasesChecked = 0;
    for (const Phase& phase : timeline.phases) {
        if (phase.kind != PhaseKind::Work || !phase.paced || phase.end() > until) continue;
        const int reps = routine.items[static_cast<std::size_t>(phase.item)].dose.reps;
        const double from = double(phase.start.count()) - kToleranceMs;
        const double to = double(phase.end().count()) - kToleranceMs;
        std::vector<test::Onset> inPhase;
        for (const auto& o : r.onsets) {
            if (o.ms >= from && o.ms < to) inPhase.push_back(o);
        }
        ASSERT_EQ(inPhase.size(), static_cast<std::size_t>(2 * reps)) << "phase at " << phase.start.count() << " ms";
        int ups = 0, downs = 0;
        for (std::size_t i = 1; i < inPhase.size(); ++i) {
            const int crossings = test::zeroCrossings(r.track.samples, r.track.sampleRate, inPhase[i].sample + 44, 30);
            (crossings > 60 ? ups : downs) += 1;
        }
        EXPECT_EQ(ups, reps - 1) << "lift ticks after the start tone";
        EXPECT_EQ(downs, reps) << "lowering ticks";
        ++phasesChecked;
    }
    EXPECT_GT(phasesChecked, 0);
}

TEST(CueTrack, EveryCueOfABundledRoutineIsHeardOnTime) {
    const ContentPack& pack = test::bundledPack();
    const Routine* routine = pack.routine("desk-break");
    ASSERT_NE(routine, nullptr);
    const Timeline timeline = expandRoutine(*routine, pack);
    ASSERT_LT(timeline.total, Millis{6 * 60 * 1000}) << "keep the test fast";
    const Rendered r = renderAndDetect(timeline, *routine, pack, beepsOnly());
    EXPECT_GT(r.dues.size(), 100u);
    expectOnsetsMatch(r.onsets, r.dues);
    expectRepTicks(timeline, *routine, r);
}

TEST(CueTrack, SidesSetsAndHoldsOfAHandMadeRoutineAreHeardOnTime) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    const Rendered r = renderAndDetect(timeline, routine, pack, beepsOnly());
    expectOnsetsMatch(r.onsets, r.dues);
    expectRepTicks(timeline, routine, r);
}

TEST(CueTrack, APauseShiftsEveryLaterCueByThePauseLength) {
    const ContentPack& pack = test::bundledPack();
    const Routine* routine = pack.routine("desk-break");
    ASSERT_NE(routine, nullptr);
    const Timeline timeline = expandRoutine(*routine, pack);
    OfflineRenderOptions options = beepsOnly();
    options.to = Millis{60000};
    options.commands = {{MonoTime{25300}, SessionCommand::Pause}, {MonoTime{30800}, SessionCommand::Resume}};
    const Rendered r = renderAndDetect(timeline, *routine, pack, options);
    expectOnsetsMatch(r.onsets, r.dues);
    // The same cues without the pause, for comparison: before it nothing moves,
    // after it everything is exactly 5.5 s later, and during it all is quiet.
    OfflineRenderOptions straight = beepsOnly();
    straight.to = Millis{60000};
    const Rendered s = renderAndDetect(timeline, *routine, pack, straight);
    std::size_t before = 0;
    while (before < s.onsets.size() && s.onsets[before].ms < 25300) ++before;
    ASSERT_GT(before, 5u);
    ASSERT_EQ(r.onsets.size(), s.onsets.size());
    for (std::size_t i = 0; i < before; ++i) EXPECT_NEAR(r.onsets[i].ms, s.onsets[i].ms, 1.0);
    for (std::size_t i = before; i < r.onsets.size(); ++i) {
        EXPECT_GE(r.onsets[i].ms, 30800 - 1.0);
        EXPECT_NEAR(r.onsets[i].ms - 5500, s.onsets[i].ms, 1.0) << i;
    }
    expectRepTicks(timeline, *routine, s, Millis{60000});
}

TEST(CueTrack, SkippingAheadDropsTheSkippedCues) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    OfflineRenderOptions options = beepsOnly();
    // During the first reps, "next" jumps to the rest; later "previous" restarts that rest.
    options.commands = {{MonoTime{13100}, SessionCommand::Next}, {MonoTime{16000}, SessionCommand::Previous}};
    options.to = Millis{40000};
    const Rendered r = renderAndDetect(timeline, routine, pack, options);
    expectOnsetsMatch(r.onsets, r.dues);
    // Nothing of the skipped reps is heard between the jump and the rest's own cue.
    for (const auto& o : r.onsets) EXPECT_FALSE(o.ms > 13100 + kToleranceMs && o.ms < 16000 - kToleranceMs) << o.ms;
}

TEST(CueTrack, TimingDoesNotDependOnTheFrameRate) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    OfflineRenderOptions smooth = beepsOnly();
    smooth.framePeriod = Millis{16};
    OfflineRenderOptions sluggish = beepsOnly();
    sluggish.framePeriod = Millis{900};  // a main loop that wakes barely once a second
    const auto a = renderCueTrack(timeline, routine, pack, "en", nullptr, smooth);
    const auto b = renderCueTrack(timeline, routine, pack, "en", nullptr, sluggish);
    ASSERT_GT(a.samples.size(), 44100u * 60);
    const std::size_t common = std::min(a.samples.size(), b.samples.size());
    EXPECT_TRUE(std::equal(a.samples.begin(), a.samples.begin() + static_cast<long>(common), b.samples.begin()));
}

TEST(CueTrack, RendersAWindowOfTheRoutine) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    OfflineRenderOptions options = beepsOnly();
    options.from = Millis{20000};
    options.to = Millis{50000};
    const Rendered r = renderAndDetect(timeline, routine, pack, options);
    EXPECT_NEAR(double(r.track.samples.size()) / r.track.sampleRate, 30.0, 0.1);
    EXPECT_GT(r.dues.size(), 10u);
    expectOnsetsMatch(r.onsets, r.dues);
}

TEST(CueTrack, MuteRendersSilence) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    OfflineRenderOptions options = beepsOnly();
    options.settings.muted = true;
    options.to = Millis{20000};
    const auto track = renderCueTrack(timeline, routine, pack, "en", nullptr, options);
    EXPECT_TRUE(std::all_of(track.samples.begin(), track.samples.end(), [](int16_t s) { return s == 0; }));
}

}  // namespace
}  // namespace mc
