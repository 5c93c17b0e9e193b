#include "sound/StreamClock.h"

#include <cmath>

namespace mc {

StreamClock::StreamClock(int sampleRate, double latencyMs) : rate_(sampleRate), latencyMs_(latencyMs) {}

void StreamClock::anchor(int64_t sample, double heardAtMs) {
    anchored_ = true;
    anchorSample_ = sample;
    anchorMs_ = heardAtMs;
}

void StreamClock::observe(int64_t sample, double nowMs) {
    const double measured = nowMs + latencyMs_;
    if (!anchored_) {
        anchor(sample, measured);
        return;
    }
    const double error = measured - clockAt(sample);
    if (std::fabs(error) > kReanchorMs) {
        anchor(sample, measured);
        return;
    }
    // Re-anchor at this sample with a fraction of the error, keeping the numbers small.
    anchor(sample, clockAt(sample) + error * kSmoothing);
}

int64_t StreamClock::sampleAt(double clockMs) const {
    return anchorSample_ + static_cast<int64_t>(std::llround((clockMs - anchorMs_) * rate_ / 1000.0));
}

double StreamClock::clockAt(int64_t sample) const {
    return anchorMs_ + static_cast<double>(sample - anchorSample_) * 1000.0 / rate_;
}

}  // namespace mc
