#pragma once
// Maps the monotonic clock onto an audio stream's sample counter, so a cue due at
// clock time T is placed at the sample that will be heard at T. Fed by the audio
// callback: "the buffer starting at sample S is being filled now and will be
// heard after the device latency". Callback wake-ups jitter by milliseconds, so
// small errors are smoothed; a big one (an underrun, a stalled device) re-anchors.
#include <cstdint>

namespace mc {

class StreamClock {
public:
    // `latencyMs`: from filling a buffer to hearing its first sample (about one buffer).
    StreamClock(int sampleRate, double latencyMs);

    // Sets the mapping outright: `sample` is heard at `heardAtMs`.
    void anchor(int64_t sample, double heardAtMs);
    // An audio callback filling the buffer that starts at `sample`, at clock time `nowMs`.
    void observe(int64_t sample, double nowMs);

    // The sample heard at clock time `clockMs`.
    int64_t sampleAt(double clockMs) const;
    // The clock time `sample` is heard at.
    double clockAt(int64_t sample) const;

    double latencyMs() const { return latencyMs_; }

    // Errors above this re-anchor instead of being smoothed.
    static constexpr double kReanchorMs = 25.0;
    // Share of an error corrected per callback: slow enough to average jitter,
    // fast enough to follow a sound card clock that runs slightly fast or slow.
    static constexpr double kSmoothing = 0.05;

private:
    int rate_;
    double latencyMs_;
    bool anchored_ = false;
    int64_t anchorSample_ = 0;
    double anchorMs_ = 0;
};

}  // namespace mc
