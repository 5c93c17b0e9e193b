#pragma once
// Where scheduled cue sounds go: the SDL audio device (platform/audio/AudioOutput)
// or an offline render (OfflineRender). Both place a voice at the stream sample
// that corresponds to its due time on the monotonic clock.
#include "core/Time.h"
#include "sound/Mixer.h"

namespace mc {

class SoundSink {
public:
    virtual ~SoundSink() = default;
    // Plays `voice` starting at clock time `due` (at once if `due` has passed).
    virtual void schedule(MonoTime due, Voice voice) = 0;
    // Fades out what plays and drops what has not started.
    virtual void silence() = 0;
    // Master gain 0..1 (outputGain of the settings).
    virtual void setGain(float gain) = 0;
    // Nothing is due for a while (no session): a device may be let go once what plays
    // has finished, and taken again by the next schedule().
    virtual void rest() {}
};

}  // namespace mc
