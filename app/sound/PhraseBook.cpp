#include "sound/PhraseBook.h"

#include <cmath>

#include "locale/Locale.h"

namespace mc {
namespace {

// The words of one language, and the tag to take content names in (see PhraseBook.h).
struct Speech {
    const Locale& words;
    std::string_view names;
};

Speech speechFor(std::string_view language) {
    const LocaleChoice choice = chooseLocale(language);
    return {*choice.locale, choice.fellBack ? std::string_view(choice.locale->tag) : language};
}

std::string capitalised(std::string s) {
    // ASCII only: espeak-ng reads a lower-case Cyrillic word the same.
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string durationWords(Millis length, const Locale& l) {
    const int total = static_cast<int>(std::lround(seconds(length)));
    const int minutes = total / 60;
    const int secs = total % 60;
    std::string words;
    if (minutes > 0) words = l.count(minutes, Noun::Minute);
    if (secs > 0 || minutes == 0) {
        if (!words.empty()) words += " ";
        words += l.count(secs, Noun::Second);
    }
    return words;
}

std::string doseWords(const Dose& dose, bool sided, const Locale& l) {
    std::string words = dose.kind == Dose::Kind::Reps ? l.count(dose.reps, Noun::Repetition) : durationWords(dose.hold, l);
    if (sided) words = l.phrase(Phrase::EachSide, {words});
    if (dose.sets > 1) words = l.phrase(Phrase::WithSets, {words, l.count(dose.sets, Noun::Set)});
    return words;
}

const Exercise* exerciseOf(const Routine& routine, const ContentPack& pack, int item) {
    if (item < 0 || item >= static_cast<int>(routine.items.size())) return nullptr;
    return pack.exercise(routine.items[static_cast<std::size_t>(item)].exercise);
}

// "Cat and cow, fifteen repetitions" for the item at `item`.
std::string itemWords(const Routine& routine, const ContentPack& pack, int item, const Speech& s) {
    const Exercise* exercise = exerciseOf(routine, pack, item);
    if (!exercise) return "";
    const std::string& name = exercise->name.in(s.names);
    const std::string dose = doseWords(routine.items[static_cast<std::size_t>(item)].dose, exercise->sided, s.words);
    return dose.empty() ? name : s.words.phrase(Phrase::ItemWithDose, {name, dose});
}

std::string startWords(const Phase& phase, const Locale& l) {
    std::string side;
    if (phase.side == Side::Left) side = l.phrase(Phrase::LeftSide);
    if (phase.side == Side::Right) side = l.phrase(Phrase::RightSide);
    // Paced reps: the count "one" that starts at the same moment is the go signal.
    if (phase.paced) return side.empty() ? "" : l.phrase(Phrase::SideOnly, {side});
    return side.empty() ? l.phrase(Phrase::Begin) : l.phrase(Phrase::SideBegin, {side});
}

std::string restWords(const Phase& phase, const Locale& l) {
    if (phase.kind == PhaseKind::SetRest && phase.set > 0)
        return l.phrase(Phrase::RestBeforeSet, {l.number(phase.set), l.number(phase.sets)});
    return l.phrase(Phrase::Rest);
}

}  // namespace

std::string espeakVoiceFor(std::string_view language) { return localeFor(language).espeakVoice; }

std::string describeDose(const Dose& dose, bool sided, std::string_view language) {
    return doseWords(dose, sided, localeFor(language));
}

CuePhrase phraseForCue(const Cue& cue, const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                       std::string_view language) {
    const Speech s = speechFor(language);
    const Locale& l = s.words;
    const Phase* phase = cue.phase >= 0 && cue.phase < static_cast<int>(timeline.phases.size())
                             ? &timeline.phases[static_cast<std::size_t>(cue.phase)]
                             : nullptr;
    switch (cue.kind) {
        case CueKind::GetReady: {
            const std::string item = itemWords(routine, pack, cue.value, s);
            return {item.empty() ? l.phrase(Phrase::GetReady) : l.phrase(Phrase::GetReadyFor, {item})};
        }
        case CueKind::Countdown:
        case CueKind::RepUp: return {l.phrase(Phrase::Number, {capitalised(l.number(cue.value))}), true};
        case CueKind::RepDown: return {};
        case CueKind::Start: return {phase ? startWords(*phase, l) : ""};
        case CueKind::Halfway: return {l.phrase(Phrase::Halfway)};
        case CueKind::SwitchSides: return {l.phrase(Phrase::SwitchSides)};
        case CueKind::Rest: return {phase ? restWords(*phase, l) : l.phrase(Phrase::Rest)};
        case CueKind::NextUp: {
            const std::string item = itemWords(routine, pack, cue.value, s);
            if (item.empty()) return {};
            return {l.phrase(Phrase::NextUp, {item})};
        }
        case CueKind::Setup: {
            // Taken in the language of the words around it, like the exercise's name.
            const Exercise* exercise = exerciseOf(routine, pack, cue.value);
            if (!exercise) return {};
            std::string words = exercise->setup.in(s.names);
            // The first caution is the one that matters most (content-format.md).
            if (!exercise->cautions.empty()) {
                const std::string care = l.phrase(Phrase::TakeCare, {exercise->cautions.front().in(s.names)});
                words += (words.empty() ? "" : " ") + care;
            }
            return {words};
        }
        case CueKind::Done: return {l.phrase(Phrase::Done)};
    }
    return {};
}

}  // namespace mc
