#include "sound/Mixer.h"

#include <algorithm>
#include <cmath>

namespace mc {

Mixer::Mixer(int sampleRate) : rate_(sampleRate) { voices_.reserve(kMaxVoices); }

bool Mixer::add(int64_t startSample, Voice voice) {
    if (voices_.size() >= kMaxVoices) return false;
    Playing playing;
    playing.start = std::max(startSample, cursor_);
    playing.speech = voice.phrase != nullptr;
    playing.voice = std::move(voice);
    voices_.push_back(std::move(playing));
    return true;
}

void Mixer::silence() {
    std::erase_if(voices_, [](const Playing& v) { return !v.started; });
    const float step = static_cast<float>(1.0 / (kFadeSeconds * rate_));
    for (Playing& v : voices_) v.fadeStep = std::max(v.fadeStep, step);
}

std::size_t Mixer::pendingVoices() const {
    return static_cast<std::size_t>(std::count_if(voices_.begin(), voices_.end(), [](const Playing& v) { return !v.started; }));
}

void Mixer::begin(Playing& voice) {
    voice.started = true;
    voice.pcm = voice.speech ? voice.voice.phrase->pcm() : voice.voice.tone.get();
    if (!voice.pcm || voice.pcm->empty()) {
        voice.done = true;
        return;
    }
    if (!voice.speech) return;
    // A new phrase cuts the one still talking: the latest cue is the one that matters.
    const float step = static_cast<float>(1.0 / (kFadeSeconds * rate_));
    for (Playing& other : voices_) {
        if (&other != &voice && other.speech && other.started && !other.done) other.fadeStep = std::max(other.fadeStep, step);
    }
}

void Mixer::mixVoice(Playing& voice, float* out, int frames) {
    const int64_t offset = voice.start - cursor_;
    int i = static_cast<int>(std::max<int64_t>(offset, 0));
    const std::vector<float>& samples = voice.pcm->samples;
    for (; i < frames && voice.position < samples.size(); ++i, ++voice.position) {
        if (voice.fadeStep > 0) {
            voice.fade -= voice.fadeStep;
            if (voice.fade <= 0) {
                voice.done = true;
                return;
            }
        }
        out[i] += samples[voice.position] * voice.voice.gain * voice.fade;
    }
    if (voice.position >= samples.size()) voice.done = true;
}

void Mixer::render(float* out, int frames) {
    std::fill(out, out + frames, 0.0f);
    for (Playing& voice : voices_) {
        if (voice.done || voice.start >= cursor_ + frames) continue;
        if (!voice.started) begin(voice);
        if (!voice.done) mixVoice(voice, out, frames);
    }
    std::erase_if(voices_, [](const Playing& v) { return v.done; });

    // Ramp the master gain across the buffer so volume changes never click.
    const float from = gain_;
    const float to = targetGain_;
    for (int i = 0; i < frames; ++i) {
        const float g = from + (to - from) * (static_cast<float>(i + 1) / static_cast<float>(frames));
        out[i] = std::clamp(out[i] * g, -1.0f, 1.0f);
    }
    gain_ = to;
    cursor_ += frames;
}

void Mixer::render(int16_t* out, int frames) {
    // Nothing sounds in this buffer (the mirror is quiet most of the time): zeros, which
    // is what mixing would give, without waking the float path 43 times a second.
    const bool quiet = std::all_of(voices_.begin(), voices_.end(),
                                   [&](const Playing& v) { return v.done || v.start >= cursor_ + frames; });
    if (quiet) {
        std::fill(out, out + frames, int16_t{0});
        std::erase_if(voices_, [](const Playing& v) { return v.done; });
        gain_ = targetGain_;
        cursor_ += frames;
        return;
    }
    constexpr int kChunk = 512;
    float chunk[kChunk];
    for (int done = 0; done < frames;) {
        const int n = std::min(kChunk, frames - done);
        render(chunk, n);
        for (int i = 0; i < n; ++i) out[done + i] = static_cast<int16_t>(std::lrint(chunk[i] * 32767.0f));
        done += n;
    }
}

}  // namespace mc
