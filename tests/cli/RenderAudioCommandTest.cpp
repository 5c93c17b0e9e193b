// `mirrorcoach render-audio` as a child process: the WAV it writes carries every
// cue of the routine at the engine's time.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "sound/SoundTestSupport.h"
#include "sound/CuePlan.h"
#include "sound/WavFormat.h"

namespace mc {
namespace {

namespace fs = std::filesystem;

int run(const std::string& args) {
    const std::string command = std::string("SDL_AUDIODRIVER=dummy '") + MC_BINARY + "' " + args + " >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

WavAudio readWav(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    const std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto wav = decodeWav(bytes);
    EXPECT_TRUE(wav) << wav.error().message;
    return wav ? std::move(*wav) : WavAudio{};
}

class RenderAudioCommand : public ::testing::Test {
protected:
    fs::path dir = fs::temp_directory_path() / ("mc-render-audio-" + std::to_string(::getpid()));
    std::string content = std::string(MC_SOURCE_ASSETS) + "/pack";
    void SetUp() override { fs::create_directories(dir); }
    void TearDown() override { fs::remove_all(dir); }
};

TEST_F(RenderAudioCommand, TheWavHasEveryCueOnTime) {
    const fs::path out = dir / "desk-break.wav";
    ASSERT_EQ(run("render-audio --routine desk-break --beeps-only --from 5 --to 95 --content '" + content + "' --out '" +
                  out.string() + "'"),
              0);
    const WavAudio wav = readWav(out);
    EXPECT_EQ(wav.channels, 1);
    EXPECT_NEAR(double(wav.samples.size()) / wav.sampleRate, 90.0, 0.1);

    const ContentPack& pack = test::bundledPack();
    const Routine& routine = *pack.routine("desk-break");
    const Timeline timeline = expandRoutine(routine, pack);
    std::vector<double> dues;
    for (const PlannedCue& cue : planCueSounds(timeline, routine, pack, "en")) {
        if (cue.at >= Millis{5000} && cue.at < Millis{95000}) dues.push_back(double(cue.at.count() - 5000));
    }
    const auto onsets = test::detectOnsets(wav.samples, wav.sampleRate);
    ASSERT_EQ(onsets.size(), dues.size());
    for (std::size_t i = 0; i < dues.size(); ++i) EXPECT_NEAR(onsets[i].ms, dues[i], 30.0) << i;
}

TEST_F(RenderAudioCommand, SpeechAddsWordsToTheBeeps) {
    const fs::path beeps = dir / "beeps.wav";
    const fs::path spoken = dir / "spoken.wav";
    const std::string common = "render-audio --routine desk-break --to 20 --content '" + content + "' ";
    ASSERT_EQ(run(common + "--beeps-only --out '" + beeps.string() + "'"), 0);
    ASSERT_EQ(run(common + "--out '" + spoken.string() + "'"), 0);
    const WavAudio a = readWav(beeps);
    const WavAudio b = readWav(spoken);
    ASSERT_EQ(a.samples.size(), b.samples.size());
    // Where the beeps leave silence (while "Get ready: Shoulder shrugs, ten
    // repetitions." is said, and after each count), the spoken track has sound.
    double silentInBeeps = 0, loudInSpoken = 0;
    for (std::size_t i = 0; i < a.samples.size(); ++i) {
        if (a.samples[i] != 0) continue;
        silentInBeeps += 1;
        if (std::abs(b.samples[i]) > 300) loudInSpoken += 1;
    }
    EXPECT_GT(loudInSpoken / a.sampleRate, 1.5) << "seconds of speech where the beeps are silent";
    EXPECT_GT(silentInBeeps / a.sampleRate, 5.0);
}

TEST_F(RenderAudioCommand, RefusesUnknownRoutinesAndBadRanges) {
    const std::string out = "--out '" + (dir / "x.wav").string() + "' --content '" + content + "'";
    EXPECT_EQ(run("render-audio --routine no-such-routine " + out), 2);
    EXPECT_EQ(run("render-audio --routine desk-break --from 50 --to 40 " + out), 2);
    EXPECT_FALSE(fs::exists(dir / "x.wav"));
}

}  // namespace
}  // namespace mc
