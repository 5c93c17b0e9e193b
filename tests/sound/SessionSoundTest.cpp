// SessionSound with a recording sink and an instant fake synthesiser: which
// sounds go out when, and how the settings change that.
#include <gtest/gtest.h>

#include <algorithm>

#include "SoundTestSupport.h"
#include "sound/SessionSound.h"

namespace mc {
namespace {

struct Scheduled {
    MonoTime due;
    Voice voice;
};

class RecordingSink final : public SoundSink {
public:
    void schedule(MonoTime due, Voice voice) override { scheduled.push_back({due, std::move(voice)}); }
    void silence() override { ++silences; }
    void setGain(float g) override { gain = g; }
    std::vector<Scheduled> scheduled;
    int silences = 0;
    float gain = -1;
};

class InstantSpeech final : public PhraseSynthesis {
public:
    void prepare(std::vector<std::shared_ptr<PhraseSlot>> slots) override {
        for (auto& slot : slots) {
            prepared.push_back(slot->text());
            voices.push_back(slot->voice());
            Pcm pcm;
            pcm.samples.assign(100, 0.1f);
            slot->publish(pcm);
        }
    }
    void finishPending() override {}
    std::vector<std::string> prepared;
    std::vector<std::string> voices;
};

struct Fixture {
    ContentPack pack = test::handPack();
    Routine routine = test::handRoutine();
    Timeline timeline = expandRoutine(routine, pack);
};

TEST(SessionSound, PreparesTheNextPhrasesOnceInOrderOfUseAndEachIsReadyWhenDue) {
    Fixture f;
    RecordingSink sink;
    InstantSpeech speech;
    SessionSound sound(sink, &speech);
    sound.begin(f.timeline, f.routine, f.pack, "en");
    ASSERT_FALSE(speech.prepared.empty());
    EXPECT_EQ(speech.prepared.front(), "Get ready: Cat and cow, five repetitions.");
    EXPECT_LE(speech.prepared.size(), 12u) << "only a window of cues ahead is synthesised";
    const std::size_t atStart = speech.prepared.size();

    SessionEngine engine(f.timeline, f.routine, MonoTime{0});
    for (MonoTime now{0}; now <= f.timeline.total + Millis{1000}; now += Millis{100}) sound.update(engine, now);
    EXPECT_GT(speech.prepared.size(), atStart) << "the window moved on";
    auto sorted = speech.prepared;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_NE(std::find(sorted.begin(), sorted.end(), "Routine complete. Well done."), sorted.end());
    int phrases = 0;
    for (const auto& s : sink.scheduled)
        if (s.voice.phrase) {
            ++phrases;
            EXPECT_TRUE(s.voice.phrase->ready()) << s.voice.phrase->text() << " was not synthesised in time";
        }
    EXPECT_GT(phrases, 5);
}

TEST(SessionSound, ARegionTagSpeaksItsLanguageInItsVoice) {
    Fixture f;
    RecordingSink sink;
    InstantSpeech speech;
    SessionSound sound(sink, &speech);
    sound.begin(f.timeline, f.routine, f.pack, "ru-RU");
    ASSERT_FALSE(speech.prepared.empty());
    EXPECT_EQ(speech.prepared.front(), "Приготовьтесь: Кошка-корова, пять повторений.");
    for (const std::string& voice : speech.voices) EXPECT_EQ(voice, "ru");
}

TEST(SessionSound, AConfiguredVoiceOverridesTheLanguagesVoice) {
    Fixture f;
    RecordingSink sink;
    InstantSpeech speech;
    SoundSettings settings;
    settings.voice = "ru+f3";
    SessionSound sound(sink, &speech, settings);
    sound.begin(f.timeline, f.routine, f.pack, "ru");
    ASSERT_FALSE(speech.voices.empty());
    for (const std::string& voice : speech.voices) EXPECT_EQ(voice, "ru+f3");
    EXPECT_EQ(speech.prepared.front(), "Приготовьтесь: Кошка-корова, пять повторений.");
}

TEST(SessionSound, RunsAWholeSessionOnAFakeClock) {
    Fixture f;
    RecordingSink sink;
    InstantSpeech speech;
    SessionSound sound(sink, &speech);
    sound.begin(f.timeline, f.routine, f.pack, "en");
    SessionEngine engine(f.timeline, f.routine, MonoTime{100000});
    for (MonoTime now{100000}; !engine.finished(now); now += Millis{250}) sound.update(engine, now);
    sound.update(engine, MonoTime{100000} + f.timeline.total);
    // One tone per planned cue, plus one phrase for each that has words.
    std::size_t tones = 0, phrases = 0;
    for (const auto& s : sink.scheduled) (s.voice.tone ? tones : phrases) += 1;
    EXPECT_EQ(tones, sound.plan().size());
    const auto withWords = std::count_if(sound.plan().begin(), sound.plan().end(), [](const PlannedCue& c) { return !c.phrase.empty(); });
    EXPECT_EQ(phrases, static_cast<std::size_t>(withWords));
    EXPECT_EQ(sink.scheduled.back().due, MonoTime{100000} + f.timeline.total);
    EXPECT_EQ(sound.nextWakeup(), std::nullopt);
}

TEST(SessionSound, BeepsOnlyAndNoCounting) {
    Fixture f;
    RecordingSink sink;
    InstantSpeech speech;
    SoundSettings settings;
    settings.counting = false;
    SessionSound sound(sink, &speech, settings);
    sound.begin(f.timeline, f.routine, f.pack, "en");
    EXPECT_EQ(std::find(speech.prepared.begin(), speech.prepared.end(), "Three."), speech.prepared.end());
    EXPECT_FALSE(speech.prepared.empty());

    SessionEngine engine(f.timeline, f.routine, MonoTime{0});
    sound.update(engine, MonoTime{0});
    for (MonoTime now{0}; now < Millis{16000}; now += Millis{100}) sound.update(engine, now);
    for (const auto& s : sink.scheduled) {
        if (s.voice.phrase) EXPECT_NE(s.voice.phrase->text(), "Three.");
    }
    // Speech off: tones only from now on. Turning it back on prepares what is missing.
    settings.speech = false;
    sound.setSettings(settings);
    const std::size_t before = sink.scheduled.size();
    for (MonoTime now{16000}; now < Millis{40000}; now += Millis{100}) sound.update(engine, now);
    ASSERT_GT(sink.scheduled.size(), before);
    for (std::size_t i = before; i < sink.scheduled.size(); ++i) EXPECT_EQ(sink.scheduled[i].voice.phrase, nullptr);
    settings.speech = true;
    settings.counting = true;
    speech.prepared.clear();
    sound.setSettings(settings);
    EXPECT_NE(std::find(speech.prepared.begin(), speech.prepared.end(), "Three."), speech.prepared.end());
}

TEST(SessionSound, VolumeAndMuteReachTheSink) {
    RecordingSink sink;
    SoundSettings settings;
    settings.volume = 0.5f;
    SessionSound sound(sink, nullptr, settings);
    EXPECT_FLOAT_EQ(sink.gain, 0.25f);
    sound.setSettings(adjusted(sound.settings(), SoundKey::ToggleMute));
    EXPECT_FLOAT_EQ(sink.gain, 0.0f);
    sound.setSettings(adjusted(sound.settings(), SoundKey::VolumeUp));
    EXPECT_FLOAT_EQ(sink.gain, 0.36f);
}

TEST(SessionSound, PauseAndEndSilence) {
    Fixture f;
    RecordingSink sink;
    SessionSound sound(sink, nullptr);
    sound.begin(f.timeline, f.routine, f.pack, "en");
    const int afterBegin = sink.silences;
    SessionEngine engine(f.timeline, f.routine, MonoTime{0});
    sound.update(engine, MonoTime{0});
    engine.apply(SessionCommand::Pause, MonoTime{3000});
    sound.update(engine, MonoTime{3000});
    EXPECT_EQ(sink.silences, afterBegin + 1);
    const std::size_t before = sink.scheduled.size();
    sound.update(engine, MonoTime{20000});
    EXPECT_EQ(sink.scheduled.size(), before) << "nothing while paused";
    sound.end();
    EXPECT_EQ(sink.silences, afterBegin + 2);
    sound.update(engine, MonoTime{30000});
    EXPECT_EQ(sink.scheduled.size(), before);
}

}  // namespace
}  // namespace mc
