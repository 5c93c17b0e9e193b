#include <gtest/gtest.h>

#include "sound/SoundSettings.h"

namespace mc {
namespace {

TEST(SoundSettings, VolumeKeysStepWithinRange) {
    SoundSettings s;
    s.volume = 0.8f;
    s = adjusted(s, SoundKey::VolumeUp);
    EXPECT_FLOAT_EQ(s.volume, 0.9f);
    s = adjusted(adjusted(adjusted(s, SoundKey::VolumeUp), SoundKey::VolumeUp), SoundKey::VolumeUp);
    EXPECT_FLOAT_EQ(s.volume, 1.0f);
    for (int i = 0; i < 15; ++i) s = adjusted(s, SoundKey::VolumeDown);
    EXPECT_FLOAT_EQ(s.volume, 0.0f);
    EXPECT_FLOAT_EQ(outputGain(s), 0.0f);
}

TEST(SoundSettings, MuteTogglesAndVolumeUpUnmutes) {
    SoundSettings s;
    s = adjusted(s, SoundKey::ToggleMute);
    EXPECT_TRUE(s.muted);
    EXPECT_FLOAT_EQ(outputGain(s), 0.0f);
    s = adjusted(s, SoundKey::ToggleMute);
    EXPECT_FALSE(s.muted);
    s = adjusted(s, SoundKey::ToggleMute);
    s = adjusted(s, SoundKey::VolumeUp);
    EXPECT_FALSE(s.muted);
}

TEST(SoundSettings, GainFollowsVolumeSquared) {
    SoundSettings s;
    s.volume = 0.5f;
    EXPECT_FLOAT_EQ(outputGain(s), 0.25f);
    s.volume = 3.0f;  // a bad config value is clamped
    EXPECT_FLOAT_EQ(outputGain(s), 1.0f);
}

TEST(SoundSettings, KeysFromCharacters) {
    EXPECT_EQ(soundKeyForCharacter('+'), SoundKey::VolumeUp);
    EXPECT_EQ(soundKeyForCharacter('='), SoundKey::VolumeUp);
    EXPECT_EQ(soundKeyForCharacter('-'), SoundKey::VolumeDown);
    EXPECT_EQ(soundKeyForCharacter('M'), SoundKey::ToggleMute);
    EXPECT_EQ(soundKeyForCharacter('m'), SoundKey::ToggleMute);
    EXPECT_EQ(soundKeyForCharacter('x'), std::nullopt);
}

}  // namespace
}  // namespace mc
