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

// The setup text is said inside get-ready: the mirror's own render of a routine whose
// first exercise has one has speech that goes on after "Get ready: <name>, <dose>."
// has been said, and that speech starts before get-ready ends.
TEST_F(RenderAudioCommand, SaysTheSetupInsideGetReady) {
    const fs::path coaching = fs::path(MC_TEST_FIXTURES) / "valid" / "coaching";
    auto loaded = loadValidPack(coaching);
    ASSERT_TRUE(loaded) << loaded.error().message;
    const Timeline timeline = expandRoutine(*loaded->routine("flow"), *loaded);
    const Phase& getReady = timeline.phases.front();
    ASSERT_EQ(getReady.kind, PhaseKind::GetReady);
    ASSERT_GT(getReady.duration, Millis{5000});  // the reading floor, not the 2 s the routine writes

    // The same pack without cat-cow's setup, its get-ready written as long: the same beeps,
    // and only "Get ready: Cat-cow, four repetitions." said.
    const fs::path plain = dir / "plain";
    fs::copy(coaching, plain, fs::copy_options::recursive);
    auto edit = [](const fs::path& file, const std::string& from, const std::string& to, const std::string& with) {
        std::ifstream in(file);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::size_t a = text.find(from), b = text.find(to, a);
        ASSERT_NE(a, std::string::npos);
        ASSERT_NE(b, std::string::npos);
        text.replace(a, b - a, with);
        std::ofstream(file) << text;
    };
    edit(plain / "exercises" / "cat-cow.json", "\"setup\"", "\"instructions\"", "");
    char getReadySeconds[32];
    std::snprintf(getReadySeconds, sizeof getReadySeconds, "%.3f", seconds(getReady.duration));
    edit(plain / "routines" / "flow.json", "\"get_ready_s\": 2", ",", std::string("\"get_ready_s\": ") + getReadySeconds);

    // Without counting: the 3-2-1 before get-ready ends would be speech too.
    const std::string range = std::string("render-audio --routine flow --no-counting --to ") + getReadySeconds + " ";
    const fs::path beeps = dir / "beeps.wav", spoken = dir / "spoken.wav", intro = dir / "intro.wav";
    ASSERT_EQ(run(range + "--beeps-only --content '" + coaching.string() + "' --out '" + beeps.string() + "'"), 0);
    ASSERT_EQ(run(range + "--content '" + coaching.string() + "' --out '" + spoken.string() + "'"), 0);
    ASSERT_EQ(run(range + "--content '" + plain.string() + "' --out '" + intro.string() + "'"), 0);
    const WavAudio b = readWav(beeps), s = readWav(spoken), i = readWav(intro);
    ASSERT_EQ(s.samples.size(), b.samples.size());
    ASSERT_EQ(i.samples.size(), b.samples.size());

    // Speech is what is loud where the beeps are silent.
    auto speechAt = [&](const WavAudio& w, std::size_t n) { return b.samples[n] == 0 && std::abs(w.samples[n]) > 300; };
    std::size_t introEnd = 0;
    for (std::size_t n = 0; n < i.samples.size(); ++n)
        if (speechAt(i, n)) introEnd = n;
    ASSERT_GT(introEnd, 0u) << "the intro is spoken (is espeak-ng there?)";
    // After the intro has ended (and a short pause), the setup: its onset and how much is said.
    const std::size_t from = introEnd + std::size_t(b.sampleRate) / 10;
    std::size_t onset = 0, after = 0;
    for (std::size_t n = from; n < s.samples.size(); ++n) {
        if (!speechAt(s, n)) continue;
        if (onset == 0) onset = n;
        ++after;
    }
    ASSERT_GT(onset, 0u) << "no speech after the intro";
    const double onsetMs = 1000.0 * double(onset) / b.sampleRate;
    EXPECT_GT(onsetMs, 500.0);
    EXPECT_LT(onsetMs, double(getReady.duration.count())) << "the setup starts inside get-ready";
    EXPECT_GT(double(after) / b.sampleRate, 1.0) << "seconds of setup speech inside get-ready";
}

TEST_F(RenderAudioCommand, RefusesUnknownRoutinesAndBadRanges) {
    const std::string out = "--out '" + (dir / "x.wav").string() + "' --content '" + content + "'";
    EXPECT_EQ(run("render-audio --routine no-such-routine " + out), 2);
    EXPECT_EQ(run("render-audio --routine desk-break --from 50 --to 40 " + out), 2);
    EXPECT_FALSE(fs::exists(dir / "x.wav"));
}

}  // namespace
}  // namespace mc
