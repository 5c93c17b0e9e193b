#include "content/DoseReader.h"

#include "content/Vocabulary.h"

namespace mc {

namespace {
std::optional<Tempo> readTempo(const Json& value, const std::string& pointer, FileReport& report) {
    JsonObject object(value, pointer, report, vocabulary::kTempoKeys, "a tempo");
    if (!object.valid()) return std::nullopt;
    // Parts left out take the documented defaults: 2 s up, 0 s top, 2 s down, 0 s bottom.
    Tempo tempo;
    bool ok = true;
    auto part = [&](std::string_view key, Millis& target) {
        const Json* v = object.find(key);
        if (!v) return;
        auto s = readSeconds(*v, object.pointer(key), report, 0, limits::kTempoPartMax,
                             "each part of a repetition lasts 0 to 30 s, e.g. 2");
        if (s)
            target = fromSeconds(*s);
        else
            ok = false;
    };
    part("up_s", tempo.up);
    part("top_s", tempo.top);
    part("down_s", tempo.down);
    part("bottom_s", tempo.bottom);
    if (!ok) return std::nullopt;
    if (tempo.rep() <= Millis(0)) {
        report.add(pointer, "a repetition lasts 0 s", "give up_s or down_s a length, e.g. 2");
        return std::nullopt;
    }
    return tempo;
}
}  // namespace

DoseFields readDoseFields(const JsonObject& object) {
    DoseFields f;
    FileReport& report = object.report();
    if (const Json* v = object.find("hold_s")) {
        f.hasHold = true;
        if (auto s = readSeconds(*v, object.pointer("hold_s"), report, limits::kHoldMin, limits::kHoldMax,
                                 "a hold lasts 1 to 600 seconds, e.g. 30")) {
            f.hold = fromSeconds(*s);
        }
    }
    if (const Json* v = object.find("reps")) {
        f.hasReps = true;
        f.reps = readCount(*v, object.pointer("reps"), report, limits::kRepsMin, limits::kRepsMax,
                           "repetitions per set: 1 to 100, e.g. 10");
    }
    if (const Json* v = object.find("tempo")) {
        f.hasTempo = true;
        f.tempo = readTempo(*v, object.pointer("tempo"), report);
    }
    if (const Json* v = object.find("sets")) {
        f.sets =
            readCount(*v, object.pointer("sets"), report, limits::kSetsMin, limits::kSetsMax, "sets: 1 to 10, e.g. 2");
    }
    if (const Json* v = object.find("rest_s")) {
        if (auto s = readSeconds(*v, object.pointer("rest_s"), report, 0, limits::kRestMax,
                                 "rest between sets: 0 to 600 seconds, e.g. 15")) {
            f.restBetweenSets = fromSeconds(*s);
        }
    }
    if (const Json* v = object.find("switch_s")) {
        if (auto s = readSeconds(*v, object.pointer("switch_s"), report, 0, limits::kSwitchMax,
                                 "time to change sides: 0 to 120 seconds, e.g. 5")) {
            f.switchSides = fromSeconds(*s);
        }
    }
    return f;
}

namespace {
// Applies the fields every dose shares (sets, rests, side switch).
void applyCommon(Dose& dose, const DoseFields& f) {
    if (f.sets) dose.sets = *f.sets;
    if (f.restBetweenSets) dose.restBetweenSets = *f.restBetweenSets;
    if (f.switchSides) dose.switchSides = *f.switchSides;
}

bool contradictions(const DoseFields& f, const JsonObject& object) {
    bool bad = false;
    if (f.hasHold && f.hasReps) {
        object.report().add(object.pointer("reps"), "both \"hold_s\" and \"reps\" are given",
                            "a dose is either a timed hold (hold_s) or repetitions (reps): remove one");
        bad = true;
    }
    if (f.hasHold && f.hasTempo && !f.hasReps) {
        object.report().add(object.pointer("tempo"), "\"tempo\" is given with a hold",
                            "a tempo paces repetitions: remove it, or use reps instead of hold_s");
        bad = true;
    }
    return bad;
}
}  // namespace

std::optional<Dose> exerciseDose(const DoseFields& f, const JsonObject& object) {
    if (contradictions(f, object)) return std::nullopt;
    if (!f.hasHold && !f.hasReps) {
        object.report().add(object.pointer(),
                            f.hasTempo ? "\"tempo\" is given without \"reps\"" : "missing \"hold_s\" or \"reps\"",
                            "give a hold, {\"hold_s\": 30}, or repetitions, {\"reps\": 10, \"tempo\": {...}}");
        return std::nullopt;
    }
    if ((f.hasHold && !f.hold) || (f.hasReps && !f.reps) || (f.hasTempo && !f.tempo)) return std::nullopt;
    Dose dose;
    if (f.hold) {
        dose.kind = Dose::Kind::Hold;
        dose.hold = *f.hold;
    } else {
        dose.kind = Dose::Kind::Reps;
        dose.reps = *f.reps;
        dose.tempo = f.tempo.value_or(Tempo{});
    }
    applyCommon(dose, f);
    return dose;
}

std::optional<Dose> applyOverrides(const Dose& base, const DoseFields& f, const JsonObject& item) {
    if (contradictions(f, item)) return std::nullopt;
    if ((f.hasHold && !f.hold) || (f.hasReps && !f.reps) || (f.hasTempo && !f.tempo)) return std::nullopt;
    Dose dose = base;
    if (f.hold) {
        dose.kind = Dose::Kind::Hold;
        dose.hold = *f.hold;
        dose.reps = 0;
    } else if (f.reps) {
        // Repetitions keep the exercise's tempo unless the item gives one.
        dose.tempo = f.tempo.value_or(base.kind == Dose::Kind::Reps ? base.tempo : Tempo{});
        dose.kind = Dose::Kind::Reps;
        dose.reps = *f.reps;
    } else if (f.tempo) {
        if (base.kind != Dose::Kind::Reps) {
            item.report().add(item.pointer("tempo"), "\"tempo\" is given but the exercise is a hold",
                              "add \"reps\" to turn it into repetitions, or remove the tempo");
            return std::nullopt;
        }
        dose.tempo = *f.tempo;
    }
    applyCommon(dose, f);
    return dose;
}

}  // namespace mc
