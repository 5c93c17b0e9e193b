#pragma once
// Small content built in code for the engine tests: exact numbers, no files.
#include <optional>
#include <string>

#include "core/Content.h"

namespace mc::test {

inline Dose holdDose(Millis hold, int sets = 1, Millis restBetweenSets = Millis{15000},
                     Millis switchSides = Millis{5000}) {
    Dose dose;
    dose.kind = Dose::Kind::Hold;
    dose.hold = hold;
    dose.sets = sets;
    dose.restBetweenSets = restBetweenSets;
    dose.switchSides = switchSides;
    return dose;
}

inline Dose repsDose(int reps, Tempo tempo, int sets = 1, Millis restBetweenSets = Millis{15000},
                     Millis switchSides = Millis{5000}) {
    Dose dose;
    dose.kind = Dose::Kind::Reps;
    dose.reps = reps;
    dose.tempo = tempo;
    dose.sets = sets;
    dose.restBetweenSets = restBetweenSets;
    dose.switchSides = switchSides;
    return dose;
}

inline Tempo tempo(int upMs, int topMs, int downMs, int bottomMs) {
    return Tempo{Millis{upMs}, Millis{topMs}, Millis{downMs}, Millis{bottomMs}};
}

// A pack with a one-sided and a two-sided exercise of each kind.
inline ContentPack enginePack() {
    ContentPack pack;
    pack.id = "engine-test";
    auto add = [&](const std::string& id, bool sided) {
        Exercise e;
        e.id = id;
        e.name.byLanguage["en"] = id;
        e.sided = sided;
        pack.exercises.push_back(e);
    };
    add("plank", false);       // holds
    add("side-stretch", true);  // sided holds
    add("bridge", false);      // reps
    add("bird-dog", true);     // sided reps
    return pack;
}

inline RoutineItem item(const std::string& exercise, Dose dose, std::optional<Millis> restAfter = std::nullopt) {
    RoutineItem it;
    it.exercise = exercise;
    it.dose = dose;
    it.restAfter = restAfter;
    return it;
}

inline Routine routineOf(std::vector<RoutineItem> items, Millis getReady = Millis{10000},
                         Millis restBetweenExercises = Millis{15000}) {
    Routine routine;
    routine.id = "test-routine";
    routine.getReady = getReady;
    routine.restBetweenExercises = restBetweenExercises;
    routine.items = std::move(items);
    return routine;
}

}  // namespace mc::test
