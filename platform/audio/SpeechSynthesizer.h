#pragma once
// Text to speech PCM with the espeak-ng library (synchronous mode: the samples
// come back through a callback inside espeak_Synth; nothing is played).
//
// Why one object, owned by one thread: espeak-ng keeps all its state in globals
// (the current voice, the callback, the synthesis buffers), so two callers on two
// threads would corrupt each other. At most one SpeechSynthesizer exists at a
// time (open() refuses a second), and the SpeechWorker owns it on its thread.
// espeak-ng is initialised once per process and never terminated: in 1.51
// (Debian 12) espeak_Terminate() hangs forever after a second espeak_Initialize(),
// and the library holds nothing that outlives the process.
#include <memory>
#include <string>

#include "core/Result.h"
#include "sound/Pcm.h"

namespace mc {

class SpeechSynthesizer {
public:
    // Fails when espeak-ng's data is missing or another synthesizer is alive.
    static Result<std::unique_ptr<SpeechSynthesizer>> open();
    ~SpeechSynthesizer();
    SpeechSynthesizer(const SpeechSynthesizer&) = delete;
    SpeechSynthesizer& operator=(const SpeechSynthesizer&) = delete;

    // `text` (UTF-8) in `voice` (an espeak-ng voice name, e.g. "en", "ru") as PCM at
    // sampleRate(), with the silence espeak pads around speech trimmed away.
    // Fails when espeak-ng has no such voice (a [sound] voice typo).
    Result<Pcm> synthesize(const std::string& text, const std::string& voice);

    // Makes `voice` espeak's current voice; fails when espeak-ng does not know it.
    Status selectVoice(const std::string& voice);

    int sampleRate() const { return sampleRate_; }

    // Speaking rate in words per minute: a little slower than espeak's 175, for
    // someone listening while moving.
    static constexpr int kWordsPerMinute = 160;

private:
    explicit SpeechSynthesizer(int sampleRate) : sampleRate_(sampleRate) {}
    int sampleRate_;
    std::string voice_;  // the voice espeak currently has selected
};

}  // namespace mc
