#include <gtest/gtest.h>

#include "sound/WavFormat.h"

namespace mc {
namespace {

TEST(WavFormat, RoundTrips16BitMono) {
    const std::vector<int16_t> samples{0, 1, -1, 32767, -32768, 1234};
    const auto bytes = encodeWav(samples, 44100);
    EXPECT_EQ(bytes.size(), 44u + samples.size() * 2);
    const auto wav = decodeWav(bytes);
    ASSERT_TRUE(wav) << wav.error().message;
    EXPECT_EQ(wav->sampleRate, 44100);
    EXPECT_EQ(wav->channels, 1);
    EXPECT_EQ(wav->samples, samples);
}

TEST(WavFormat, RejectsWhatItCannotRead) {
    const std::vector<uint8_t> junk{'R', 'I', 'F', 'F', 0, 0, 0, 0, 'A', 'V', 'I', ' '};
    EXPECT_FALSE(decodeWav(junk));
    auto bytes = encodeWav(std::vector<int16_t>{1, 2}, 8000);
    bytes[34] = 8;  // 8-bit
    const auto wav = decodeWav(bytes);
    ASSERT_FALSE(wav);
    EXPECT_NE(wav.error().message.find("16-bit"), std::string::npos);
    bytes = encodeWav(std::vector<int16_t>{1, 2}, 8000);
    bytes.resize(46);  // data chunk cut short
    EXPECT_FALSE(decodeWav(bytes));
}

}  // namespace
}  // namespace mc
