#pragma once
// The sound settings a person can change: filled by the config module from the
// TOML file, and adjusted at run time with keys (+/- volume, M mute).
#include <optional>
#include <string>

namespace mc {

struct SoundSettings {
    float volume = 0.8f;   // 0..1; perceived loudness (the gain is volume squared)
    bool muted = false;    // silence everything, keep the session running
    bool speech = true;    // spoken cues; false = beeps only
    bool counting = true;  // say the rep numbers and the last seconds ("three, two, one") aloud;
                           // the beeps and ticks play either way
    std::string voice;     // espeak-ng voice name overriding the language's ([sound] voice);
                           // empty: the voice of the language. Taken when a routine begins.
};

enum class SoundKey { VolumeUp, VolumeDown, ToggleMute };

inline constexpr float kVolumeStep = 0.1f;

// The settings after pressing `key`: volume in kVolumeStep steps within 0..1
// (raising the volume also unmutes), M toggles mute.
SoundSettings adjusted(SoundSettings settings, SoundKey key);

// The key a typed character stands for: '+' or '=' (unshifted '+'), '-' or '_', 'm' or 'M'.
std::optional<SoundKey> soundKeyForCharacter(char c);

// The master gain for the mixer: 0 when muted, else volume squared (even steps
// of the volume sound like even steps of loudness).
float outputGain(const SoundSettings& settings);

}  // namespace mc
