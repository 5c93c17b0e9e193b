#pragma once
// Shared by the sound tests: the bundled pack, hand-built routines, and an
// onset detector that finds where sounds begin in rendered samples.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "core/Content.h"
#include "platform/files/PackReader.h"

namespace mc::test {

inline const ContentPack& bundledPack() {
    static const ContentPack pack = [] {
        auto loaded = loadValidPack(std::string(MC_SOURCE_ASSETS) + "/pack");
        if (!loaded) ADD_FAILURE() << "bundled pack: " << loaded.error().message;
        return loaded ? std::move(*loaded) : ContentPack{};
    }();
    return pack;
}

inline Dose repsDose(int reps, Millis up, Millis down, int sets = 1) {
    Dose d;
    d.kind = Dose::Kind::Reps;
    d.reps = reps;
    d.tempo = Tempo{up, Millis{0}, down, Millis{0}};
    d.sets = sets;
    d.restBetweenSets = Millis{6000};
    d.switchSides = Millis{5000};
    return d;
}

inline Dose holdDose(Millis hold) {
    Dose d;
    d.kind = Dose::Kind::Hold;
    d.hold = hold;
    d.switchSides = Millis{5000};
    return d;
}

// A small pack made by hand: a sided paced exercise, a hold, a plain paced one.
inline ContentPack handPack() {
    ContentPack pack;
    pack.language = "en";
    Exercise cat;
    cat.id = "cat-cow";
    cat.name.byLanguage = {{"en", "Cat and cow"}, {"ru", "Кошка-корова"}};
    cat.dose = repsDose(15, Millis{2000}, Millis{2000});
    Exercise bridge;
    bridge.id = "bridge";
    bridge.name.byLanguage = {{"en", "Bridge"}, {"ru", "Мостик"}};
    bridge.dose = holdDose(Millis{20000});
    Exercise bird;
    bird.id = "bird-dog";
    bird.name.byLanguage = {{"en", "Bird dog"}, {"ru", "Птица-собака"}};
    bird.sided = true;
    bird.dose = repsDose(3, Millis{1000}, Millis{1500}, 2);
    pack.exercises = {cat, bridge, bird};
    return pack;
}

inline Routine handRoutine() {
    Routine r;
    r.id = "hand";
    r.title.byLanguage = {{"en", "Hand-made"}};
    r.getReady = Millis{10000};
    r.restBetweenExercises = Millis{8000};
    r.items = {{"cat-cow", repsDose(5, Millis{2000}, Millis{2000}), std::nullopt},
               {"bridge", holdDose(Millis{20000}), std::nullopt},
               {"bird-dog", repsDose(3, Millis{1000}, Millis{1500}, 2), std::nullopt}};
    return r;
}

struct Onset {
    double ms = 0;  // where the sound begins, in ms from sample 0
    int64_t sample = 0;
};

// A sound begins where the short-time level rises above `on` after at least
// `quietMs` below `off`: tones have clean attacks, so this finds each cue once.
inline std::vector<Onset> detectOnsets(const std::vector<int16_t>& samples, int rate, double on = 0.02,
                                       double off = 0.004, double quietMs = 25) {
    const int window = rate / 500;  // 2 ms
    const int hop = rate / 1000;    // 1 ms
    std::vector<Onset> onsets;
    double quietFor = quietMs;  // the start of the track counts as quiet
    bool inSound = false;
    int64_t candidate = -1;
    for (int64_t start = 0; start + window <= static_cast<int64_t>(samples.size()); start += hop) {
        double sum = 0;
        for (int i = 0; i < window; ++i) {
            const double s = samples[static_cast<std::size_t>(start + i)] / 32768.0;
            sum += s * s;
        }
        const double rms = std::sqrt(sum / window);
        if (rms < off) {
            quietFor += 1000.0 * hop / rate;
            inSound = false;
            candidate = -1;
            continue;
        }
        if (!inSound && candidate < 0 && quietFor >= quietMs) candidate = start;
        if (!inSound && rms >= on) {
            if (candidate >= 0) onsets.push_back({1000.0 * candidate / rate, candidate});
            inSound = true;
            candidate = -1;
        }
        quietFor = 0;
    }
    return onsets;
}

// Sign changes in `ms` milliseconds after `from`: a rough pitch measure that
// tells a high tick from a low one.
inline int zeroCrossings(const std::vector<int16_t>& samples, int rate, int64_t from, double ms) {
    const auto end = std::min<int64_t>(static_cast<int64_t>(samples.size()), from + static_cast<int64_t>(ms * rate / 1000));
    int crossings = 0;
    for (int64_t i = from + 1; i < end; ++i) {
        if ((samples[static_cast<std::size_t>(i - 1)] < 0) != (samples[static_cast<std::size_t>(i)] < 0)) ++crossings;
    }
    return crossings;
}

}  // namespace mc::test
