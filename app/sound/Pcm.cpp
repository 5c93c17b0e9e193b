#include "sound/Pcm.h"

#include <cmath>

namespace mc {

Pcm resampled(const Pcm& in, int targetRate) {
    if (in.sampleRate == targetRate || in.empty() || in.sampleRate <= 0 || targetRate <= 0) {
        Pcm copy = in;
        if (copy.sampleRate <= 0 || copy.empty()) copy.sampleRate = targetRate;
        return copy;
    }
    Pcm out;
    out.sampleRate = targetRate;
    const double step = double(in.sampleRate) / targetRate;
    const auto count = static_cast<std::size_t>(std::floor((in.size() - 1) / step)) + 1;
    out.samples.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double pos = i * step;
        const auto j = static_cast<std::size_t>(pos);
        const double frac = pos - j;
        const float a = in.samples[j];
        const float b = j + 1 < in.size() ? in.samples[j + 1] : a;
        out.samples[i] = static_cast<float>(a + (b - a) * frac);
    }
    return out;
}

Pcm trimmedSilence(Pcm in, float threshold) {
    std::size_t first = 0;
    while (first < in.size() && std::fabs(in.samples[first]) < threshold) ++first;
    std::size_t last = in.size();
    while (last > first && std::fabs(in.samples[last - 1]) < threshold) --last;
    // Keep a few milliseconds around the sound so the first and last waves are whole.
    const std::size_t pad = static_cast<std::size_t>(in.sampleRate / 200);
    first = first > pad ? first - pad : 0;
    last = std::min(in.size(), last + pad);
    in.samples = std::vector<float>(in.samples.begin() + first, in.samples.begin() + last);
    return in;
}

}  // namespace mc
