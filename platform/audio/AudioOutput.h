#pragma once
// The SDL audio device: cue sounds are mixed in its callback at the exact sample
// that is heard at their due time (StreamClock maps the monotonic clock onto the
// stream), so timing does not depend on the frame rate.
// Without a device (headless, CI, a Pi without speakers) open() logs one line and
// returns an output that reports unavailable and ignores everything: the mirror
// runs on silently.
#include <SDL.h>

#include <cstdint>
#include <memory>
#include <string>

#include "sound/Mixer.h"
#include "sound/Pcm.h"
#include "sound/SoundSink.h"
#include "sound/StreamClock.h"

namespace mc {

class AudioOutput final : public SoundSink {
public:
    // Opens the default output device (SDL_AUDIODRIVER picks the driver).
    // Due times are read on std::chrono::steady_clock in milliseconds, the clock
    // of platform/display/Clock.h's monotonicNow().
    static std::unique_ptr<AudioOutput> open(int sampleRate = kMixRate);
    ~AudioOutput() override;
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    bool available() const { return device_ != 0; }
    // "pulseaudio, 44100 Hz, 1024-sample buffer" or why there is no sound.
    const std::string& description() const { return description_; }

    void schedule(MonoTime due, Voice voice) override;
    void silence() override;
    void setGain(float gain) override;

    // Samples the device has asked for so far, and voices queued or playing (0 without a device).
    int64_t samplesRendered() const;
    std::size_t voices() const;

private:
    AudioOutput(int sampleRate, double latencyMs);
    static void fill(void* self, Uint8* stream, int bytes);
    static double nowMs();

    SDL_AudioDeviceID device_ = 0;
    bool subsystemStarted_ = false;
    std::string description_;
    Mixer mixer_;       // touched by the callback, or under SDL_LockAudioDevice
    StreamClock clock_; // likewise
};

}  // namespace mc
