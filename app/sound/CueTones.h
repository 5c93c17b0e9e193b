#pragma once
// The beeps: one short synthesised tone per kind of cue, no sound files. Every
// tone is one continuous sound (notes glide into each other without gaps), so
// a listener - and the onset test - hears exactly one event per cue.
#include <array>

#include "core/Timeline.h"
#include "sound/Pcm.h"

namespace mc {

enum class ToneKind {
    GetReady,       // a soft two-note chime
    Countdown,      // 3 and 2: short high beep
    CountdownLast,  // 1: a longer, higher beep, so "now" is unmistakable
    Start,          // bright rising pair
    Halfway,        // two-note wobble
    SwitchSides,    // high-low-high
    Rest,           // falling pair, soft
    NextUp,         // rising fifth
    RepUp,          // soft high tick as the lifting part begins
    RepDown,        // soft low tick as the lowering part begins
    Done,           // a small major arpeggio that rings out
};
inline constexpr int kToneKindCount = 11;

// The tone a cue sounds with.
ToneKind toneForCue(const Cue& cue);

// Synthesises `kind` at `sampleRate`: sine partials with raised-cosine attack and
// release (no clicks), peak at most `kTonePeak`.
Pcm synthesizeTone(ToneKind kind, int sampleRate);
inline constexpr float kTonePeak = 0.5f;

// All tones, synthesised once.
class ToneBank {
public:
    explicit ToneBank(int sampleRate = kMixRate);
    const Pcm& tone(ToneKind kind) const { return tones_[static_cast<int>(kind)]; }

private:
    std::array<Pcm, kToneKindCount> tones_;
};

}  // namespace mc
