#pragma once
// 16-bit PCM WAV as bytes (RIFF/WAVE, little-endian), both ways: render-audio
// writes it, tests read the rendered file back. No file I/O here.
#include <cstdint>
#include <span>
#include <vector>

#include "core/Result.h"

namespace mc {

struct WavAudio {
    int sampleRate = 44100;
    int channels = 1;
    std::vector<int16_t> samples;  // interleaved when channels > 1
};

std::vector<uint8_t> encodeWav(std::span<const int16_t> samples, int sampleRate, int channels = 1);

// Reads 16-bit PCM WAV (other formats are an error that says what was found).
Result<WavAudio> decodeWav(std::span<const uint8_t> bytes);

}  // namespace mc
