#pragma once
// A mono sound in memory: float samples in [-1, 1] at a known rate. Tones and
// synthesised phrases are both Pcm, so the mixer treats them alike.
#include <cstddef>
#include <vector>

#include "core/Time.h"

namespace mc {

struct Pcm {
    int sampleRate = 44100;
    std::vector<float> samples;

    std::size_t size() const { return samples.size(); }
    bool empty() const { return samples.empty(); }
    double durationSeconds() const { return sampleRate > 0 ? double(samples.size()) / sampleRate : 0.0; }
};

// The rate everything is mixed at: twice espeak-ng's 22050 Hz, so speech resamples exactly.
inline constexpr int kMixRate = 44100;

// Linear-interpolation resampling; good enough for speech and short cue tones.
Pcm resampled(const Pcm& in, int targetRate);

// Removes leading and trailing stretches quieter than `threshold`, so a phrase
// starts sounding at the moment it is placed (espeak-ng pads its output).
Pcm trimmedSilence(Pcm in, float threshold = 0.01f);

}  // namespace mc
