// The SDL device path, under CI conditions: no sound card. A missing device must
// leave everything else working; SDL's dummy driver stands in for a real one.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "SoundTestSupport.h"
#include "platform/audio/AudioOutput.h"
#include "platform/audio/SpeechWorker.h"
#include "sound/SessionSound.h"

namespace mc {
namespace {

MonoTime steadyNow() {
    using namespace std::chrono;
    return duration_cast<Millis>(steady_clock::now().time_since_epoch());
}

TEST(AudioOutput, WithoutADeviceTheSessionRunsToTheEndSilently) {
    ::setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    auto output = AudioOutput::open();
    ASSERT_NE(output, nullptr);
    EXPECT_FALSE(output->available());
    EXPECT_NE(output->description().find("no audio"), std::string::npos) << output->description();

    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    SpeechWorker speech;
    SessionSound sound(*output, &speech);
    sound.begin(timeline, routine, pack, "en");
    // A fake clock: the whole routine in a few thousand steps, with a pause and a skip.
    SessionEngine engine(timeline, routine, MonoTime{0});
    MonoTime now{0};
    int frames = 0;
    for (; !engine.finished(now) && frames < 100000; now += Millis{33}, ++frames) {
        if (now == Millis{33 * 300}) engine.apply(SessionCommand::Pause, now);
        if (now == Millis{33 * 400}) engine.apply(SessionCommand::Resume, now);
        if (now == Millis{33 * 600}) engine.apply(SessionCommand::Next, now);
        sound.update(engine, now);
    }
    EXPECT_TRUE(engine.finished(now));
    sound.end();
    EXPECT_EQ(output->samplesRendered(), 0);
}

TEST(AudioOutput, TheDummyDeviceMixesScheduledSoundsInItsCallback) {
    ::setenv("SDL_AUDIODRIVER", "dummy", 1);
    auto output = AudioOutput::open();
    ASSERT_TRUE(output->available()) << output->description();
    const ToneBank tones(kMixRate);
    auto tone = std::make_shared<const Pcm>(tones.tone(ToneKind::Start));
    output->schedule(steadyNow() + Millis{100}, Voice{tone});
    EXPECT_EQ(output->voices(), 1u);
    // The callback runs on SDL's thread: wait (generously, the machine may be busy)
    // until the tone has been mixed to its end.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (output->voices() > 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_EQ(output->voices(), 0u);
    EXPECT_GT(output->samplesRendered(), static_cast<int64_t>(tone->size()));
    // Silence drops what has not started.
    output->schedule(steadyNow() + Millis{60000}, Voice{tone});
    EXPECT_EQ(output->voices(), 1u);
    output->silence();
    EXPECT_EQ(output->voices(), 0u);
}

TEST(AudioOutput, RestingClosesTheDeviceOnlyOnceQuietAndTheNextSoundOpensItAgain) {
    ::setenv("SDL_AUDIODRIVER", "dummy", 1);
    auto output = AudioOutput::open();
    ASSERT_TRUE(output->available()) << output->description();
    const ToneBank tones(kMixRate);
    auto tone = std::make_shared<const Pcm>(tones.tone(ToneKind::Start));
    auto waitQuiet = [&] {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (output->voices() > 0 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    };

    output->schedule(steadyNow() + Millis{50}, Voice{tone});
    output->rest();
    EXPECT_TRUE(output->deviceOpen()) << "a sound is still to play";
    waitQuiet();
    output->rest();
    EXPECT_FALSE(output->deviceOpen());
    EXPECT_TRUE(output->available());
    const int64_t before = output->samplesRendered();
    output->setGain(0.5f);  // no device: applied to the mixer, nothing waits on a lock

    output->schedule(steadyNow() + Millis{50}, Voice{tone});
    EXPECT_TRUE(output->deviceOpen());
    waitQuiet();
    EXPECT_EQ(output->voices(), 0u) << "the tone was mixed after reopening";
    EXPECT_GT(output->samplesRendered(), before + static_cast<int64_t>(tone->size()));
}

}  // namespace
}  // namespace mc
