#pragma once
// Mixes cue sounds into an audio stream at exact sample positions. The stream's
// sample counter is the clock: a voice added for sample N starts at sample N,
// whichever buffer that falls in, so timing does not depend on when (or how
// often) the caller adds voices or the device asks for audio.
// Not thread-safe: the owner serialises add/silence with render (AudioOutput
// locks the SDL device; offline rendering is single-threaded). render() does not
// allocate, so it is safe in an audio callback.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "sound/PhraseCache.h"

namespace mc {

struct Voice {
    std::shared_ptr<const Pcm> tone;           // a tone (at the mixer's rate), or
    std::shared_ptr<const PhraseSlot> phrase;  // speech, taken from the slot when the voice starts:
                                               // a slot still empty then is skipped, never waited for
    float gain = 1.0f;
};

class Mixer {
public:
    explicit Mixer(int sampleRate);

    int sampleRate() const { return rate_; }
    // The first sample the next render() produces.
    int64_t cursor() const { return cursor_; }

    // Plays `voice` from `startSample` on; a start already past plays at once.
    // Returns false (and drops it) when kMaxVoices are already queued.
    bool add(int64_t startSample, Voice voice);

    // Pausing/skipping: fades out what is playing (within kFadeSeconds, no click)
    // and drops every voice that has not started yet.
    void silence();

    // Master gain 0..1 (volume and mute); changes ramp over one buffer (the
    // first one, before anything was rendered, applies at once).
    void setGain(float gain) {
        targetGain_ = gain;
        if (cursor_ == 0) gain_ = gain;
    }

    // Mixes the next `frames` samples (mono) and advances the cursor.
    void render(float* out, int frames);
    void render(int16_t* out, int frames);

    std::size_t voices() const { return voices_.size(); }
    std::size_t pendingVoices() const;

    static constexpr std::size_t kMaxVoices = 128;
    static constexpr double kFadeSeconds = 0.012;

private:
    struct Playing {
        int64_t start = 0;
        Voice voice;
        const Pcm* pcm = nullptr;  // resolved when the voice starts
        std::size_t position = 0;
        bool started = false;
        bool speech = false;
        bool done = false;
        float fade = 1.0f;      // multiplier while fading out
        float fadeStep = 0.0f;  // > 0 once fading
    };
    void begin(Playing& voice);
    void mixVoice(Playing& voice, float* out, int frames);

    int rate_;
    int64_t cursor_ = 0;
    float gain_ = 1.0f;
    float targetGain_ = 1.0f;
    std::vector<Playing> voices_;
};

}  // namespace mc
