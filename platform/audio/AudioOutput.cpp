#include "platform/audio/AudioOutput.h"

#include "platform/audio/AlsaErrors.h"

#include <chrono>

#include "log/Log.h"

namespace mc {
namespace {

// About 23 ms at 44.1 kHz: short enough that the latency estimate is tight,
// long enough not to underrun on a Pi busy drawing.
constexpr Uint16 kBufferSamples = 1024;

// SDL_LockAudioDevice for a scope.
class DeviceLock {
public:
    explicit DeviceLock(SDL_AudioDeviceID device) : device_(device) { SDL_LockAudioDevice(device_); }
    ~DeviceLock() { SDL_UnlockAudioDevice(device_); }
    DeviceLock(const DeviceLock&) = delete;
    DeviceLock& operator=(const DeviceLock&) = delete;

private:
    SDL_AudioDeviceID device_;
};

}  // namespace

AudioOutput::AudioOutput(int sampleRate, double latencyMs)
    : sampleRate_(sampleRate), mixer_(sampleRate), clock_(sampleRate, latencyMs) {}

double AudioOutput::nowMs() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

std::unique_ptr<AudioOutput> AudioOutput::open(int sampleRate) {
    auto unavailable = [sampleRate](const std::string& why) {
        std::unique_ptr<AudioOutput> output(new AudioOutput(sampleRate, 0));
        output->description_ = why;
        logWarning("sound", why + "; the mirror runs silently");
        return output;
    };
    silenceAlsaErrors();  // SDL's ALSA backend probes devices; the one line below says what came of it
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return unavailable(std::string("no audio (SDL: ") + SDL_GetError() + ")");

    const double latencyMs = 1000.0 * kBufferSamples / sampleRate;
    std::unique_ptr<AudioOutput> output(new AudioOutput(sampleRate, latencyMs));
    output->subsystemStarted_ = true;
    if (std::string why = output->openDevice(); !why.empty()) return unavailable(why);
    return output;
}

std::string AudioOutput::openDevice() {
    SDL_AudioSpec want{};
    want.freq = sampleRate_;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = kBufferSamples;
    want.callback = &AudioOutput::fill;
    want.userdata = this;
    SDL_AudioSpec have{};
    // No allowed changes: SDL converts to whatever the hardware wants, so the mixer
    // always sees mono 16-bit at its own rate.
    const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (device == 0) return std::string("no audio device (SDL: ") + SDL_GetError() + ")";
    device_ = device;
    working_ = true;
    const char* driver = SDL_GetCurrentAudioDriver();
    description_ = std::string(driver ? driver : "audio") + ", " + std::to_string(have.freq) + " Hz, " +
                   std::to_string(have.samples) + "-sample buffer";
    // The stream goes on from the mixer's cursor: what is scheduled next maps onto it.
    clock_.anchor(mixer_.cursor(), nowMs() + clock_.latencyMs());
    SDL_PauseAudioDevice(device, 0);
    return {};
}

AudioOutput::~AudioOutput() {
    if (device_ != 0) SDL_CloseAudioDevice(device_);
    if (subsystemStarted_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void AudioOutput::rest() {
    if (device_ == 0) return;
    {
        DeviceLock lock(device_);
        if (mixer_.voices() > 0) return;  // let it finish; the loop asks again
    }
    // An open device wakes its thread 43 times a second even when silent (SDL keeps
    // feeding a paused device silence): closed, a mirror at home costs nothing.
    SDL_CloseAudioDevice(device_);
    device_ = 0;
}

bool AudioOutput::wake() {
    if (device_ != 0) return true;
    if (!working_) return false;
    if (std::string why = openDevice(); !why.empty()) {
        working_ = false;  // not retried: the cues stay silent, as at start without a device
        logWarning("sound", why + " on reopening; the mirror runs silently");
        return false;
    }
    return true;
}

void AudioOutput::fill(void* self, Uint8* stream, int bytes) {
    auto* output = static_cast<AudioOutput*>(self);
    output->clock_.observe(output->mixer_.cursor(), nowMs());
    output->mixer_.render(reinterpret_cast<int16_t*>(stream), bytes / 2);
}

void AudioOutput::schedule(MonoTime due, Voice voice) {
    if (!wake()) return;
    DeviceLock lock(device_);
    mixer_.add(clock_.sampleAt(static_cast<double>(due.count())), std::move(voice));
}

void AudioOutput::silence() {
    if (device_ == 0) return;  // closed: nothing plays
    DeviceLock lock(device_);
    mixer_.silence();
}

void AudioOutput::setGain(float gain) {
    if (device_ == 0) {  // closed: no callback runs
        mixer_.setGain(gain);
        return;
    }
    DeviceLock lock(device_);
    mixer_.setGain(gain);
}

int64_t AudioOutput::samplesRendered() const {
    if (device_ == 0) return mixer_.cursor();
    DeviceLock lock(device_);
    return mixer_.cursor();
}

}  // namespace mc

namespace mc {

std::size_t AudioOutput::voices() const {
    if (device_ == 0) return mixer_.voices();
    DeviceLock lock(device_);
    return mixer_.voices();
}

}  // namespace mc
