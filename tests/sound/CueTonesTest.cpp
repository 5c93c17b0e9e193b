#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "sound/CueTones.h"

namespace mc {
namespace {

float peakOf(const Pcm& pcm) {
    float p = 0;
    for (float s : pcm.samples) p = std::max(p, std::fabs(s));
    return p;
}

TEST(CueTones, EveryToneIsShortModerateAndClickFree) {
    const ToneBank bank(44100);
    for (int i = 0; i < kToneKindCount; ++i) {
        const Pcm& tone = bank.tone(static_cast<ToneKind>(i));
        SCOPED_TRACE(i);
        EXPECT_EQ(tone.sampleRate, 44100);
        EXPECT_GT(tone.durationSeconds(), 0.03);
        EXPECT_LT(tone.durationSeconds(), 1.0);
        EXPECT_LE(peakOf(tone), kTonePeak + 1e-4f);
        EXPECT_GT(peakOf(tone), 0.1f);
        // Raised-cosine edges: the first and last samples are (nearly) silent, and no
        // sample jumps the way a click would.
        EXPECT_LT(std::fabs(tone.samples.front()), 0.01f);
        EXPECT_LT(std::fabs(tone.samples.back()), 0.01f);
        float biggestStep = 0;
        for (std::size_t s = 1; s < tone.size(); ++s) {
            biggestStep = std::max(biggestStep, std::fabs(tone.samples[s] - tone.samples[s - 1]));
        }
        EXPECT_LT(biggestStep, 0.25f);
    }
}

TEST(CueTones, KindsSoundDifferent) {
    const ToneBank bank(44100);
    std::set<std::vector<float>> distinct;
    for (int i = 0; i < kToneKindCount; ++i) distinct.insert(bank.tone(static_cast<ToneKind>(i)).samples);
    EXPECT_EQ(distinct.size(), static_cast<std::size_t>(kToneKindCount));
}

TEST(CueTones, TheLastCountdownBeepDiffersFromThreeAndTwo) {
    EXPECT_EQ(toneForCue(Cue{Millis{0}, CueKind::Countdown, 0, 3}), ToneKind::Countdown);
    EXPECT_EQ(toneForCue(Cue{Millis{0}, CueKind::Countdown, 0, 2}), ToneKind::Countdown);
    EXPECT_EQ(toneForCue(Cue{Millis{0}, CueKind::Countdown, 0, 1}), ToneKind::CountdownLast);
    const ToneBank bank(44100);
    EXPECT_GT(bank.tone(ToneKind::CountdownLast).size(), bank.tone(ToneKind::Countdown).size());
}

TEST(CueTones, RepTicksAreSofterThanPhaseChanges) {
    const ToneBank bank(44100);
    EXPECT_LT(peakOf(bank.tone(ToneKind::RepUp)), peakOf(bank.tone(ToneKind::Start)));
    EXPECT_LT(peakOf(bank.tone(ToneKind::RepDown)), peakOf(bank.tone(ToneKind::Start)));
}

}  // namespace
}  // namespace mc
