#include "sound/SoundSettings.h"

#include <algorithm>
#include <cmath>

namespace mc {

SoundSettings adjusted(SoundSettings settings, SoundKey key) {
    // Round to whole steps so repeated presses land exactly on 0 and 1.
    auto stepped = [](float v) { return std::clamp(std::round(v / kVolumeStep) * kVolumeStep, 0.0f, 1.0f); };
    switch (key) {
        case SoundKey::VolumeUp:
            settings.volume = stepped(settings.volume + kVolumeStep);
            settings.muted = false;
            break;
        case SoundKey::VolumeDown: settings.volume = stepped(settings.volume - kVolumeStep); break;
        case SoundKey::ToggleMute: settings.muted = !settings.muted; break;
    }
    return settings;
}

std::optional<SoundKey> soundKeyForCharacter(char c) {
    switch (c) {
        case '+':
        case '=': return SoundKey::VolumeUp;
        case '-':
        case '_': return SoundKey::VolumeDown;
        case 'm':
        case 'M': return SoundKey::ToggleMute;
        default: return std::nullopt;
    }
}

float outputGain(const SoundSettings& settings) {
    if (settings.muted) return 0.0f;
    const float v = std::clamp(settings.volume, 0.0f, 1.0f);
    return v * v;
}

}  // namespace mc
