#include <gtest/gtest.h>

#include <cmath>

#include "sound/Mixer.h"

namespace mc {
namespace {

std::shared_ptr<const Pcm> constantPcm(std::size_t length, float value) {
    auto pcm = std::make_shared<Pcm>();
    pcm->sampleRate = 1000;
    pcm->samples.assign(length, value);
    return pcm;
}

// Renders `total` samples in buffers of `block`.
std::vector<float> renderAll(Mixer& mixer, int total, int block) {
    std::vector<float> out(static_cast<std::size_t>(total));
    for (int at = 0; at < total; at += block) mixer.render(out.data() + at, std::min(block, total - at));
    return out;
}

int firstNonZero(const std::vector<float>& v) {
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] != 0.0f) return static_cast<int>(i);
    }
    return -1;
}

TEST(Mixer, AVoiceStartsAtItsExactSampleWhateverTheBufferSize) {
    for (int block : {1, 7, 64, 256, 1000}) {
        Mixer mixer(1000);
        mixer.add(333, Voice{constantPcm(10, 0.5f)});
        const auto out = renderAll(mixer, 1000, block);
        EXPECT_EQ(firstNonZero(out), 333) << "block " << block;
        EXPECT_FLOAT_EQ(out[342], 0.5f);
        EXPECT_FLOAT_EQ(out[343], 0.0f);
    }
}

TEST(Mixer, SixteenBitOutputSkipsQuietBuffersWithoutMovingAnything) {
    // The quiet shortcut must give exactly what mixing gives: zeros until the voice, the
    // voice at its sample, and the same gain as the float path after a change.
    for (int block : {1, 7, 64, 256, 1000}) {
        Mixer mixer(1000), reference(1000);
        for (Mixer* m : {&mixer, &reference}) {
            m->add(333, Voice{constantPcm(10, 0.5f)});
            m->add(700, Voice{constantPcm(4, 0.25f)});
            m->setGain(0.5f);
        }
        std::vector<int16_t> out(1000);
        for (int at = 0; at < 1000; at += block) mixer.render(out.data() + at, std::min(block, 1000 - at));
        const auto expected = renderAll(reference, 1000, block);
        for (std::size_t i = 0; i < out.size(); ++i)
            ASSERT_EQ(out[i], static_cast<int16_t>(std::lrint(expected[i] * 32767.0f))) << "block " << block << " at " << i;
        EXPECT_EQ(mixer.cursor(), 1000);
        EXPECT_EQ(mixer.voices(), 0u) << "block " << block;
    }
}

TEST(Mixer, VoicesAddUpAndClampInsteadOfWrapping) {
    Mixer mixer(1000);
    mixer.add(0, Voice{constantPcm(5, 0.7f)});
    mixer.add(0, Voice{constantPcm(5, 0.7f)});
    std::vector<int16_t> out(5);
    mixer.render(out.data(), 5);
    EXPECT_EQ(out[0], 32767);
}

TEST(Mixer, AStartInThePastPlaysAtOnce) {
    Mixer mixer(1000);
    std::vector<float> out(100);
    mixer.render(out.data(), 100);
    mixer.add(20, Voice{constantPcm(3, 0.25f)});
    mixer.render(out.data(), 100);
    EXPECT_EQ(firstNonZero(out), 0);
}

TEST(Mixer, SilenceDropsPendingVoicesAndFadesPlayingOnesWithoutAClick) {
    Mixer mixer(1000);
    mixer.add(0, Voice{constantPcm(500, 0.5f)});
    mixer.add(300, Voice{constantPcm(50, 0.5f)});
    std::vector<float> before(100);
    mixer.render(before.data(), 100);
    mixer.silence();
    EXPECT_EQ(mixer.pendingVoices(), 0u);
    const auto after = renderAll(mixer, 400, 50);
    // The playing voice fades out over kFadeSeconds in small steps...
    const int fade = static_cast<int>(Mixer::kFadeSeconds * 1000);
    EXPECT_GT(after[0], 0.4f);
    for (int i = 1; i < fade; ++i) EXPECT_LE(std::fabs(after[i] - after[i - 1]), 0.5f / fade + 1e-4f);
    // ...and then nothing, including the voice that was due at 300.
    for (std::size_t i = static_cast<std::size_t>(fade) + 1; i < after.size(); ++i) EXPECT_EQ(after[i], 0.0f) << i;
    EXPECT_EQ(mixer.voices(), 0u);
}

TEST(Mixer, AnUnreadyPhraseIsSkippedNotWaitedFor) {
    Mixer mixer(1000);
    auto slot = std::make_shared<PhraseSlot>("en", "Halfway.");
    mixer.add(10, Voice{nullptr, slot});
    std::vector<float> out(50);
    mixer.render(out.data(), 50);
    EXPECT_EQ(firstNonZero(out), -1);
    // Filling the slot later does not bring the missed phrase back.
    Pcm speech;
    speech.sampleRate = 1000;
    speech.samples.assign(20, 0.3f);
    slot->publish(speech);
    mixer.render(out.data(), 50);
    EXPECT_EQ(firstNonZero(out), -1);
    EXPECT_EQ(mixer.voices(), 0u);
}

TEST(Mixer, AReadyPhrasePlaysAndANewPhraseCutsTheOldOne) {
    Mixer mixer(1000);
    auto first = std::make_shared<PhraseSlot>("en", "Rest. Next up: a long name.");
    auto second = std::make_shared<PhraseSlot>("en", "Three.");
    Pcm longSpeech;
    longSpeech.sampleRate = 1000;
    longSpeech.samples.assign(400, 0.2f);
    first->publish(longSpeech);
    Pcm shortSpeech = longSpeech;
    shortSpeech.samples.assign(50, 0.3f);
    second->publish(shortSpeech);
    mixer.add(0, Voice{nullptr, first});
    mixer.add(100, Voice{nullptr, second});
    const auto out = renderAll(mixer, 400, 32);
    EXPECT_FLOAT_EQ(out[50], 0.2f);
    // After the fade only the new phrase is heard.
    EXPECT_FLOAT_EQ(out[140], 0.3f);
    EXPECT_EQ(out[200], 0.0f);
}

TEST(Mixer, GainChangesRampAcrossABuffer) {
    Mixer mixer(1000);
    mixer.add(0, Voice{constantPcm(400, 0.5f)});
    std::vector<float> out(100);
    mixer.render(out.data(), 100);
    EXPECT_FLOAT_EQ(out[99], 0.5f);
    mixer.setGain(0.0f);
    mixer.render(out.data(), 100);
    EXPECT_GT(out[0], 0.49f);
    EXPECT_FLOAT_EQ(out[99], 0.0f);
    for (int i = 1; i < 100; ++i) EXPECT_LE(out[i], out[i - 1]);
}

}  // namespace
}  // namespace mc
