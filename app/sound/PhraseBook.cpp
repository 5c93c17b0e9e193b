#include "sound/PhraseBook.h"

#include <cmath>

#include "sound/NumberWords.h"

namespace mc {
namespace {

bool russian(std::string_view language) { return language == "ru"; }

std::string capitalised(std::string s) {
    // ASCII only: Russian words that open a phrase are all in the tables already capitalised.
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string durationWords(Millis length, std::string_view language) {
    const int total = static_cast<int>(std::lround(seconds(length)));
    const int minutes = total / 60;
    const int secs = total % 60;
    std::string words;
    if (russian(language)) {
        if (minutes > 0) {
            words = russianNumber(minutes, Gender::Feminine) + " " + russianPlural(minutes, "минута", "минуты", "минут");
        }
        if (secs > 0 || minutes == 0) {
            if (!words.empty()) words += " ";
            words += russianNumber(secs, Gender::Feminine) + " " + russianPlural(secs, "секунда", "секунды", "секунд");
        }
        return words;
    }
    if (minutes > 0) words = englishNumber(minutes) + (minutes == 1 ? " minute" : " minutes");
    if (secs > 0 || minutes == 0) {
        if (!words.empty()) words += " ";
        words += englishNumber(secs) + (secs == 1 ? " second" : " seconds");
    }
    return words;
}

const Exercise* exerciseOf(const Routine& routine, const ContentPack& pack, int item) {
    if (item < 0 || item >= static_cast<int>(routine.items.size())) return nullptr;
    return pack.exercise(routine.items[static_cast<std::size_t>(item)].exercise);
}

// "Cat and cow, fifteen repetitions" for the item at `item`.
std::string itemWords(const Routine& routine, const ContentPack& pack, int item, std::string_view language) {
    const Exercise* exercise = exerciseOf(routine, pack, item);
    if (!exercise) return "";
    const std::string& name = exercise->name.in(language);
    const std::string dose = describeDose(routine.items[static_cast<std::size_t>(item)].dose, exercise->sided, language);
    return dose.empty() ? name : name + ", " + dose;
}

std::string numberWord(int n, std::string_view language) {
    return russian(language) ? russianNumber(n) : englishNumber(n);
}

std::string startWords(const Phase& phase, std::string_view language) {
    const bool ru = russian(language);
    std::string side;
    if (phase.side == Side::Left) side = ru ? "Левая сторона" : "Left side";
    if (phase.side == Side::Right) side = ru ? "Правая сторона" : "Right side";
    // Paced reps: the count "one" that starts at the same moment is the go signal.
    if (phase.paced) return side.empty() ? "" : side + ".";
    const std::string go = ru ? "начали." : "begin.";
    return side.empty() ? capitalised(ru ? "Начали." : "Begin.") : side + ", " + go;
}

std::string restWords(const Phase& phase, std::string_view language) {
    const bool ru = russian(language);
    if (phase.kind == PhaseKind::SetRest && phase.set > 0) {
        if (ru) return "Отдых. Далее подход номер " + russianNumber(phase.set) + ".";
        return "Rest. Next: set " + englishNumber(phase.set) + " of " + englishNumber(phase.sets) + ".";
    }
    return ru ? "Отдых." : "Rest.";
}

}  // namespace

std::string speechLanguageFor(std::string_view contentLanguage) {
    const std::string_view base = contentLanguage.substr(0, contentLanguage.find_first_of("-_"));
    if (base == "ru") return "ru";
    return "en";
}

std::string espeakVoiceFor(std::string_view speechLanguage) {
    return russian(speechLanguage) ? "ru" : "en";
}

std::string describeDose(const Dose& dose, bool sided, std::string_view language) {
    const bool ru = russian(language);
    std::string words;
    if (dose.kind == Dose::Kind::Reps) {
        if (ru) {
            words = russianNumber(dose.reps, Gender::Neuter) + " " +
                    russianPlural(dose.reps, "повторение", "повторения", "повторений");
        } else {
            words = englishNumber(dose.reps) + (dose.reps == 1 ? " repetition" : " repetitions");
        }
    } else {
        words = durationWords(dose.hold, language);
    }
    if (sided) words += ru ? " на каждую сторону" : " each side";
    if (dose.sets > 1) {
        if (ru) {
            words += ", " + russianNumber(dose.sets) + " " + russianPlural(dose.sets, "подход", "подхода", "подходов");
        } else {
            words += ", " + englishNumber(dose.sets) + " sets";
        }
    }
    return words;
}

CuePhrase phraseForCue(const Cue& cue, const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                       std::string_view language) {
    const bool ru = russian(language);
    const Phase* phase = cue.phase >= 0 && cue.phase < static_cast<int>(timeline.phases.size())
                             ? &timeline.phases[static_cast<std::size_t>(cue.phase)]
                             : nullptr;
    switch (cue.kind) {
        case CueKind::GetReady: {
            const std::string item = itemWords(routine, pack, cue.value, language);
            const std::string lead = ru ? "Приготовьтесь" : "Get ready";
            return {item.empty() ? lead + "." : lead + ": " + item + "."};
        }
        case CueKind::Countdown:
        case CueKind::RepUp: return {capitalised(numberWord(cue.value, language)) + ".", true};
        case CueKind::RepDown: return {};
        case CueKind::Start: return {phase ? startWords(*phase, language) : ""};
        case CueKind::Halfway: return {ru ? "Половина." : "Halfway."};
        case CueKind::SwitchSides: return {ru ? "Смена стороны." : "Switch sides."};
        case CueKind::Rest: return {phase ? restWords(*phase, language) : (ru ? "Отдых." : "Rest.")};
        case CueKind::NextUp: {
            const std::string item = itemWords(routine, pack, cue.value, language);
            if (item.empty()) return {};
            return {(ru ? "Далее: " : "Next up: ") + item + "."};
        }
        case CueKind::Done: return {ru ? "Комплекс выполнен. Отличная работа." : "Routine complete. Well done."};
    }
    return {};
}

}  // namespace mc
