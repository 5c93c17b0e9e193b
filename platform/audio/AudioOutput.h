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

    // Sound works: a device opened (it may be closed now, resting; schedule() reopens it).
    bool available() const { return working_; }
    bool deviceOpen() const { return device_ != 0; }
    // "pulseaudio, 44100 Hz, 1024-sample buffer" or why there is no sound.
    const std::string& description() const { return description_; }

    void schedule(MonoTime due, Voice voice) override;
    void silence() override;
    void setGain(float gain) override;
    // Closes the device once nothing plays (a silent open device still wakes its
    // thread every buffer); the next schedule() opens it again.
    void rest() override;

    // Samples the device has asked for so far, and voices queued or playing (0 without a device).
    int64_t samplesRendered() const;
    std::size_t voices() const;

private:
    AudioOutput(int sampleRate, double latencyMs);
    std::string openDevice();  // "" or why not
    bool wake();               // the device open for a voice, if sound works
    static void fill(void* self, Uint8* stream, int bytes);
    static double nowMs();

    int sampleRate_;
    SDL_AudioDeviceID device_ = 0;  // 0 while resting or without sound
    bool working_ = false;
    bool subsystemStarted_ = false;
    std::string description_;
    Mixer mixer_;       // touched by the callback, or under SDL_LockAudioDevice
    StreamClock clock_; // likewise
};

}  // namespace mc
