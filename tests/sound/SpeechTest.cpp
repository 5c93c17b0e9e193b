// espeak-ng through the library: real synthesis, in English and Russian.
#include <gtest/gtest.h>

#include <cmath>

#include "platform/audio/SpeechSynthesizer.h"
#include "platform/audio/SpeechWorker.h"

namespace mc {
namespace {

double rmsOf(const Pcm& pcm) {
    double sum = 0;
    for (float s : pcm.samples) sum += double(s) * s;
    return pcm.empty() ? 0 : std::sqrt(sum / double(pcm.size()));
}

TEST(Speech, SynthesisesEnglishAndRussianOfPlausibleLength) {
    auto synth = SpeechSynthesizer::open();
    ASSERT_TRUE(synth) << synth.error().message;
    struct Case {
        const char* voice;
        const char* text;
        double minSeconds, maxSeconds;
    };
    const Case cases[] = {
        {"en", "Get ready: Cat and cow, fifteen repetitions.", 1.5, 5.0},
        {"en", "Three.", 0.2, 1.2},
        {"ru", "Приготовьтесь: Кошка-корова, пятнадцать повторений.", 1.5, 6.0},
        {"ru", "Смена стороны.", 0.5, 2.5},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.text);
        auto pcm = (*synth)->synthesize(c.text, c.voice);
        ASSERT_TRUE(pcm) << pcm.error().message;
        EXPECT_EQ(pcm->sampleRate, (*synth)->sampleRate());
        EXPECT_GT(pcm->durationSeconds(), c.minSeconds);
        EXPECT_LT(pcm->durationSeconds(), c.maxSeconds);
        EXPECT_GT(rmsOf(*pcm), 0.02) << "speech, not silence";
        // Trimmed: the speech starts within a few milliseconds of the buffer.
        std::size_t firstLoud = 0;
        while (firstLoud < pcm->size() && std::fabs(pcm->samples[firstLoud]) < 0.01f) ++firstLoud;
        EXPECT_LT(firstLoud * 1000.0 / pcm->sampleRate, 10.0);
    }
}

TEST(Speech, RussianTextInARussianVoiceIsNotSpelledOut) {
    // Read with the English voice, Cyrillic is spelled letter by letter and takes far longer.
    auto synth = SpeechSynthesizer::open();
    ASSERT_TRUE(synth) << synth.error().message;
    auto ru = (*synth)->synthesize("Отдых.", "ru");
    ASSERT_TRUE(ru);
    EXPECT_LT(ru->durationSeconds(), 1.5);
}

TEST(Speech, AnUnknownVoiceIsAnErrorThatNamesIt) {
    auto synth = SpeechSynthesizer::open();
    ASSERT_TRUE(synth);
    auto pcm = (*synth)->synthesize("Hello.", "no-such-voice");
    ASSERT_FALSE(pcm);
    EXPECT_NE(pcm.error().message.find("no-such-voice"), std::string::npos);
}

TEST(Speech, OnlyOneSynthesizerOwnsEspeakAtATime) {
    auto first = SpeechSynthesizer::open();
    ASSERT_TRUE(first);
    auto second = SpeechSynthesizer::open();
    EXPECT_FALSE(second);
    first->reset();
    auto third = SpeechSynthesizer::open();
    EXPECT_TRUE(third);
}

TEST(SpeechWorker, FillsSlotsAtTheMixRateAndTheCacheSharesThem) {
    PhraseCache cache;
    SpeechWorker worker(kMixRate);
    auto halfway = cache.slotFor("en", "Halfway.");
    auto switchRu = cache.slotFor("ru", "Смена стороны.");
    EXPECT_EQ(cache.slotFor("en", "Halfway."), halfway) << "same phrase, same slot";
    EXPECT_NE(cache.slotFor("ru", "Halfway."), halfway) << "another voice is another phrase";
    EXPECT_FALSE(halfway->ready());

    worker.prepare({halfway, switchRu});
    worker.finishPending();
    ASSERT_TRUE(worker.available());
    ASSERT_TRUE(halfway->ready());
    ASSERT_TRUE(switchRu->ready());
    EXPECT_EQ(halfway->pcm()->sampleRate, kMixRate);
    EXPECT_GT(rmsOf(*switchRu->pcm()), 0.02);
    EXPECT_EQ(worker.synthesized(), 2u);

    // Asking again gives the very same buffer and synthesises nothing.
    const Pcm* buffer = halfway->pcm();
    auto again = cache.slotFor("en", "Halfway.");
    worker.prepare({again});
    worker.finishPending();
    EXPECT_EQ(again->pcm(), buffer);
    EXPECT_EQ(worker.synthesized(), 2u);
}

TEST(SpeechWorker, ANewRoutineReplacesTheQueue) {
    SpeechWorker worker(kMixRate);
    PhraseCache cache;
    std::vector<std::shared_ptr<PhraseSlot>> many;
    for (int i = 0; i < 40; ++i) many.push_back(cache.slotFor("en", "Number " + std::to_string(i) + "."));
    worker.prepare(many);
    auto urgent = cache.slotFor("en", "Routine complete. Well done.");
    worker.prepare({urgent});
    worker.finishPending();
    EXPECT_TRUE(urgent->ready());
    EXPECT_LT(worker.synthesized(), 40u) << "the old queue was dropped";
}

TEST(SpeechWorker, AConfiguredVoiceIsUsedAndAnUnknownOneIsReportedOnce) {
    // [sound] voice names an espeak-ng voice with a variant; a typo costs the words, not the beeps.
    SpeechWorker worker(kMixRate);
    PhraseCache cache;
    auto variant = cache.slotFor("ru+f3", "Отдых.");
    auto typo1 = cache.slotFor("rus-typo", "Отдых.");
    auto typo2 = cache.slotFor("rus-typo", "Смена стороны.");
    auto plain = cache.slotFor("ru", "Отдых.");
    testing::internal::CaptureStderr();
    worker.prepare({variant, typo1, typo2, plain});
    worker.finishPending();
    const std::string log = testing::internal::GetCapturedStderr();
    EXPECT_TRUE(variant->ready());
    EXPECT_TRUE(plain->ready());
    EXPECT_TRUE(typo1->failed());
    EXPECT_TRUE(typo2->failed());
    const auto first = log.find("no voice 'rus-typo'");
    ASSERT_NE(first, std::string::npos) << log;
    EXPECT_EQ(log.find("no voice 'rus-typo'", first + 1), std::string::npos) << "said once: " << log;
    EXPECT_NE(log.find("[sound] voice"), std::string::npos) << log;
}

}  // namespace
}  // namespace mc
