#include <cmath>
#include <cstdio>

#include "ui/Screens.h"

namespace mc {

std::string formatDuration(Millis d, const Locale& t) {
    long s = static_cast<long>((d.count() + 999) / 1000);
    if (s < 60) return std::to_string(s) + " " + t[UiKey::Seconds];
    long m = (s + 30) / 60;
    return std::to_string(m) + " " + t[UiKey::Minutes];
}

std::string formatClock(Millis d) {
    long s = static_cast<long>(std::max<int64_t>(0, d.count()) / 1000);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

std::string formatDose(const Dose& dose, bool sided, const Locale& t) {
    std::string out;
    if (dose.sets > 1) out += std::to_string(dose.sets) + " \xC3\x97 ";
    if (dose.kind == Dose::Kind::Hold) {
        out += formatDuration(dose.hold, t) + " " + t[UiKey::Hold];
    } else {
        out += std::to_string(dose.reps) + " " + t.nounFor(dose.reps, Noun::Repetition);
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
        return out + t[UiKey::Set] + " " + std::to_string(phase.set) + " " + t[UiKey::Of] + " " +
               std::to_string(phase.sets) + "  \xE2\x80\xA2  " + formatDose(oneSet, sided, t);
    }
    return out + exerciseName + "  \xE2\x80\xA2  " + formatDose(dose, sided, t);
}

int secondsLeft(Millis remaining) { return static_cast<int>((std::max<int64_t>(0, remaining.count()) + 999) / 1000); }

}  // namespace mc
