#include "sound/WavFormat.h"

#include <cstring>
#include <string>

namespace mc {
namespace {

void put16(std::vector<uint8_t>& out, uint16_t v) {
    out.push_back(static_cast<uint8_t>(v & 0xff));
    out.push_back(static_cast<uint8_t>(v >> 8));
}
void put32(std::vector<uint8_t>& out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>((v >> (8 * i)) & 0xff));
}
void putTag(std::vector<uint8_t>& out, const char* tag) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(tag[i]));
}

uint32_t get32(std::span<const uint8_t> b, std::size_t at) {
    return uint32_t(b[at]) | uint32_t(b[at + 1]) << 8 | uint32_t(b[at + 2]) << 16 | uint32_t(b[at + 3]) << 24;
}
uint16_t get16(std::span<const uint8_t> b, std::size_t at) { return uint16_t(b[at] | b[at + 1] << 8); }
bool tagAt(std::span<const uint8_t> b, std::size_t at, const char* tag) {
    return at + 4 <= b.size() && std::memcmp(b.data() + at, tag, 4) == 0;
}

}  // namespace

std::vector<uint8_t> encodeWav(std::span<const int16_t> samples, int sampleRate, int channels) {
    const auto dataBytes = static_cast<uint32_t>(samples.size() * 2);
    std::vector<uint8_t> out;
    out.reserve(44 + dataBytes);
    putTag(out, "RIFF");
    put32(out, 36 + dataBytes);
    putTag(out, "WAVE");
    putTag(out, "fmt ");
    put32(out, 16);
    put16(out, 1);  // PCM
    put16(out, static_cast<uint16_t>(channels));
    put32(out, static_cast<uint32_t>(sampleRate));
    put32(out, static_cast<uint32_t>(sampleRate * channels * 2));
    put16(out, static_cast<uint16_t>(channels * 2));
    put16(out, 16);
    putTag(out, "data");
    put32(out, dataBytes);
    for (int16_t s : samples) put16(out, static_cast<uint16_t>(s));
    return out;
}

Result<WavAudio> decodeWav(std::span<const uint8_t> bytes) {
    if (bytes.size() < 12 || !tagAt(bytes, 0, "RIFF") || !tagAt(bytes, 8, "WAVE")) {
        return Error{"not a WAV file: no RIFF/WAVE header"};
    }
    WavAudio wav;
    bool haveFormat = false;
    for (std::size_t at = 12; at + 8 <= bytes.size();) {
        const uint32_t size = get32(bytes, at + 4);
        const std::size_t body = at + 8;
        if (body + size > bytes.size()) return Error{"WAV chunk at byte " + std::to_string(at) + " runs past the end"};
        if (tagAt(bytes, at, "fmt ")) {
            if (size < 16) return Error{"WAV format chunk too short"};
            const uint16_t format = get16(bytes, body);
            const uint16_t bits = get16(bytes, body + 14);
            if (format != 1 || bits != 16) {
                return Error{"unsupported WAV encoding (format " + std::to_string(format) + ", " + std::to_string(bits) +
                             " bits): only 16-bit PCM"};
            }
            wav.channels = get16(bytes, body + 2);
            wav.sampleRate = static_cast<int>(get32(bytes, body + 4));
            haveFormat = true;
        } else if (tagAt(bytes, at, "data")) {
            if (!haveFormat) return Error{"WAV data chunk before its format chunk"};
            wav.samples.resize(size / 2);
            for (std::size_t i = 0; i < wav.samples.size(); ++i) wav.samples[i] = static_cast<int16_t>(get16(bytes, body + 2 * i));
            return wav;
        }
        at = body + size + (size & 1);  // chunks are padded to even sizes
    }
    return Error{"WAV file has no data chunk"};
}

}  // namespace mc
