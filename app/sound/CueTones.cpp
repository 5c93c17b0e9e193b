#include "sound/CueTones.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace mc {
namespace {

// One note of a tone: starts at `at` seconds, lasts `length`, with a soft
// second and third harmonic so it carries in a room without being shrill.
struct Note {
    double at;
    double length;
    double hz;
    double level;
};

// A raised-cosine edge: 0 -> 1 over `edge` seconds.
double ramp(double t, double edge) {
    if (t <= 0) return 0;
    if (t >= edge) return 1;
    return 0.5 - 0.5 * std::cos(std::numbers::pi * t / edge);
}

Pcm render(const std::vector<Note>& notes, int rate, double attack, double release) {
    double end = 0;
    for (const Note& n : notes) end = std::max(end, n.at + n.length);
    Pcm pcm;
    pcm.sampleRate = rate;
    pcm.samples.assign(static_cast<std::size_t>(std::ceil(end * rate)) + 1, 0.0f);
    for (const Note& n : notes) {
        const auto first = static_cast<std::size_t>(n.at * rate);
        const auto count = static_cast<std::size_t>(n.length * rate);
        // The oscillator turns by a fixed angle per sample (a complex rotation), so
        // a whole tone bank costs no trigonometry per sample: quick on a Pi at start-up.
        const double step = 2 * std::numbers::pi * n.hz / rate;
        const double stepCos = std::cos(step);
        const double stepSin = std::sin(step);
        double c = 1.0;  // cos of the phase
        double sn = 0.0; // sin of the phase
        for (std::size_t i = 0; i < count && first + i < pcm.size(); ++i) {
            const double t = double(i) / rate;
            const double envelope = ramp(t, attack) * ramp(n.length - t, release);
            // Harmonics from the fundamental: sin 2w = 2 sin w cos w, sin 3w = sin w (3 - 4 sin^2 w).
            const double wave = sn + 0.25 * (2 * sn * c) + 0.08 * sn * (3 - 4 * sn * sn);
            pcm.samples[first + i] += static_cast<float>(n.level * envelope * wave / 1.33);
            const double nextC = c * stepCos - sn * stepSin;
            sn = sn * stepCos + c * stepSin;
            c = nextC;
        }
    }
    // Normalise so the loudest tone peaks at kTonePeak and quieter ones keep their ratio.
    float peak = 0;
    for (float s : pcm.samples) peak = std::max(peak, std::fabs(s));
    if (peak > kTonePeak) {
        for (float& s : pcm.samples) s *= kTonePeak / peak;
    }
    return pcm;
}

// Consecutive notes overlap by `overlap` seconds, so the tone never falls silent
// in between (one onset per cue).
std::vector<Note> legato(std::initializer_list<double> hz, double each, double level, double overlap = 0.03) {
    std::vector<Note> notes;
    double at = 0;
    for (double f : hz) {
        notes.push_back({at, each + overlap, f, level});
        at += each;
    }
    return notes;
}

}  // namespace

ToneKind toneForCue(const Cue& cue) {
    switch (cue.kind) {
        case CueKind::GetReady: return ToneKind::GetReady;
        case CueKind::Countdown: return cue.value <= 1 ? ToneKind::CountdownLast : ToneKind::Countdown;
        case CueKind::Start: return ToneKind::Start;
        case CueKind::Halfway: return ToneKind::Halfway;
        case CueKind::SwitchSides: return ToneKind::SwitchSides;
        case CueKind::Rest: return ToneKind::Rest;
        case CueKind::NextUp: return ToneKind::NextUp;
        // Always due with a GetReady or NextUp, whose tone wins (CuePlan.h).
        case CueKind::Setup: return ToneKind::NextUp;
        case CueKind::RepUp: return ToneKind::RepUp;
        case CueKind::RepDown: return ToneKind::RepDown;
        case CueKind::Done: return ToneKind::Done;
    }
    return ToneKind::Start;
}

Pcm synthesizeTone(ToneKind kind, int rate) {
    // Pitches: A5 880, D6 1175, C5 523, E5 659, G5 784, C6 1047.
    switch (kind) {
        case ToneKind::GetReady: return render(legato({523.25, 783.99}, 0.14, 0.7), rate, 0.008, 0.06);
        case ToneKind::Countdown: return render({{0, 0.10, 880.0, 1.0}}, rate, 0.004, 0.03);
        case ToneKind::CountdownLast: return render({{0, 0.22, 1174.66, 1.0}}, rate, 0.004, 0.06);
        case ToneKind::Start: return render(legato({783.99, 1046.5}, 0.11, 1.0), rate, 0.004, 0.08);
        case ToneKind::Halfway: return render(legato({659.25, 783.99}, 0.09, 0.8), rate, 0.005, 0.05);
        case ToneKind::SwitchSides:
            return render(legato({987.77, 659.25, 987.77}, 0.09, 0.9), rate, 0.004, 0.05);
        case ToneKind::Rest: return render(legato({783.99, 523.25}, 0.16, 0.6), rate, 0.008, 0.10);
        case ToneKind::NextUp: return render(legato({523.25, 783.99, 1046.5}, 0.08, 0.7), rate, 0.005, 0.07);
        case ToneKind::RepUp: return render({{0, 0.05, 1318.5, 0.45}}, rate, 0.003, 0.03);
        case ToneKind::RepDown: return render({{0, 0.05, 659.25, 0.45}}, rate, 0.003, 0.03);
        case ToneKind::Done: {
            // C-E-G-C arpeggio whose notes keep ringing into a chord.
            std::vector<Note> notes;
            const double hz[] = {523.25, 659.25, 783.99, 1046.5};
            for (int i = 0; i < 4; ++i) notes.push_back({0.12 * i, 0.9 - 0.12 * i, hz[i], 0.45});
            return render(notes, rate, 0.006, 0.45);
        }
    }
    return {};
}

ToneBank::ToneBank(int sampleRate) {
    for (int i = 0; i < kToneKindCount; ++i) tones_[i] = synthesizeTone(static_cast<ToneKind>(i), sampleRate);
}

}  // namespace mc
