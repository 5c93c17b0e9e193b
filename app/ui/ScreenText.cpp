#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "ui/Screens.h"

namespace mc {

std::string formatDuration(Millis d, const Locale& t) {
    long s = static_cast<long>((d.count() + 999) / 1000);
    if (s < 60) return std::to_string(s) + kNoBreak + t[UiKey::Seconds];
    long m = (s + 30) / 60;
    return std::to_string(m) + kNoBreak + t[UiKey::Minutes];
}

std::string formatClock(Millis d) {
    long s = static_cast<long>(std::max<int64_t>(0, d.count()) / 1000);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

std::string formatDose(const Dose& dose, bool sided, const Locale& t) {
    std::string out;
    if (dose.sets > 1) out += std::to_string(dose.sets) + kNoBreak + "\xC3\x97" + kNoBreak;
    if (dose.kind == Dose::Kind::Hold) {
        out += t.text(UiKey::Hold, {formatDuration(dose.hold, t)});
    } else {
        out += std::to_string(dose.reps) + kNoBreak + t.nounFor(dose.reps, Noun::Repetition);
    }
    if (sided) out += std::string(", ") + t[UiKey::EachSide];
    return out;
}

std::string comingLine(const Phase& phase, const std::string& exerciseName, const Dose& dose, bool sided,
                       const Locale& t) {
    std::string out = std::string(t[UiKey::NextUp]) + ": ";
    if (phase.kind == PhaseKind::SetRest) {
        // The same exercise again: which set, and how much of it.
        Dose oneSet = dose;
        oneSet.sets = 1;
        return out + t[UiKey::Set] + kNoBreak + std::to_string(phase.set) + kNoBreak + t[UiKey::Of] + kNoBreak +
               std::to_string(phase.sets) + "  \xE2\x80\xA2  " + formatDose(oneSet, sided, t);
    }
    return out + exerciseName + "  \xE2\x80\xA2  " + formatDose(dose, sided, t);
}

std::string equipmentLine(const Routine& routine, const ContentPack& pack, const Locale& t) {
    std::set<std::string> names;
    for (const RoutineItem& item : routine.items)
        if (const Exercise* e = pack.exercise(item.exercise))
            for (const std::string& eq : e->equipment)
                if (*t.equipment(eq)) names.insert(t.equipment(eq));
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
    return out.empty() ? "" : std::string(t[UiKey::YouNeed]) + ": " + out;
}

int secondsLeft(Millis remaining) { return static_cast<int>((std::max<int64_t>(0, remaining.count()) + 999) / 1000); }

float tickedProgress(Millis remaining, Millis duration) {
    const int total = secondsLeft(duration);
    if (total <= 0) return 1.0f;
    return std::clamp(static_cast<float>(total - secondsLeft(remaining)) / static_cast<float>(total), 0.0f, 1.0f);
}

}  // namespace mc
