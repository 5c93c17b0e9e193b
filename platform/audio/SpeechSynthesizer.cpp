#include "platform/audio/SpeechSynthesizer.h"

#include <espeak-ng/speak_lib.h>

#include <atomic>
#include <mutex>
#include <vector>

namespace mc {
namespace {

// espeak-ng's own global state is mirrored here: whether it was initialised (and
// at which rate), and whether a SpeechSynthesizer currently owns it.
std::once_flag gInitOnce;
int gSampleRate = -1;
std::atomic<bool> gInUse{false};

int collectSamples(short* wav, int count, espeak_EVENT* events) {
    auto* out = static_cast<std::vector<int16_t>*>(events ? events->user_data : nullptr);
    if (wav && out && count > 0) out->insert(out->end(), wav, wav + count);
    return 0;  // continue
}

}  // namespace

Result<std::unique_ptr<SpeechSynthesizer>> SpeechSynthesizer::open() {
    if (gInUse.exchange(true)) return Error{"espeak-ng is already in use by another speech synthesizer"};
    std::call_once(gInitOnce, [] {
        // DONT_EXIT: a missing data folder must come back as an error, not end the process.
        gSampleRate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (gSampleRate > 0) espeak_SetSynthCallback(collectSamples);
    });
    if (gSampleRate <= 0) {
        gInUse = false;
        return Error{"espeak-ng could not start (is the package espeak-ng-data installed?)"};
    }
    espeak_SetParameter(espeakRATE, kWordsPerMinute, 0);
    return std::unique_ptr<SpeechSynthesizer>(new SpeechSynthesizer(gSampleRate));
}

SpeechSynthesizer::~SpeechSynthesizer() { gInUse = false; }

Status SpeechSynthesizer::selectVoice(const std::string& voice) {
    if (voice == voice_) return success();
    if (voice.empty() || espeak_SetVoiceByName(voice.c_str()) != EE_OK) {
        return Error{"espeak-ng has no voice '" + voice + "'"};
    }
    voice_ = voice;
    return success();
}

Result<Pcm> SpeechSynthesizer::synthesize(const std::string& text, const std::string& voice) {
    if (Status selected = selectVoice(voice); !selected) return selected.error();
    std::vector<int16_t> samples;
    const espeak_ERROR status = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8, nullptr, &samples);
    if (status != EE_OK) return Error{"espeak-ng failed to speak \"" + text + "\" (error " + std::to_string(status) + ")"};
    Pcm pcm;
    pcm.sampleRate = sampleRate_;
    pcm.samples.reserve(samples.size());
    for (int16_t s : samples) pcm.samples.push_back(static_cast<float>(s) / 32768.0f);
    pcm = trimmedSilence(std::move(pcm));
    if (pcm.empty()) return Error{"espeak-ng produced no sound for \"" + text + "\""};
    return pcm;
}

}  // namespace mc
