#pragma once
// The keys every language gives a text for: the screens' words (UiKey), the
// spoken phrases (Phrase) and the nouns counted aloud (Noun). A language's texts
// are written as {key, text} pairs (see Languages.cpp), and keyed() turns them
// into a table at compile time, refusing to compile when a key is missing or
// given twice, so no language can lack a word or shift one into the wrong slot.
#include <array>
#include <cstddef>

namespace mc {

enum class UiKey {
    GetReady, Rest, SwitchSides, NextUp,
    Set,          // "Set 1 of 2" -> "Set"
    Of,           // "of"
    LeftSide, RightSide,
    Up, Down,     // stage words of paced reps
    Hold,         // a hold's dose, {1} its time: "{1} hold" -> "30 s hold", "удержание 30 с"
    Paused, PausedHint,
    RoutineComplete, StoppedEarly,
    Minutes,      // "min"
    Seconds,      // "s"
    StartsIn, StartHint, HomeHint,
    ThisWeek,     // "This week: 2 / 3 sessions"
    BeforeYouStart, StopIf,
    DoneItems,    // "of 8 exercises done" -> "done" (after the count and its noun)
    ActiveTime, BackHome, Suggested, NoContent,
    ExerciseOf,   // "Exercise 2 of 8"
    EachSide,
    InARow,       // "4 weeks in a row"
    MoreAbove, MoreBelow,  // "▲ 3 more": routines scrolled out of the home list; {1} is the number
    // The home screen's update line: "Content v7 · up to date" ({1}: version, failure time).
    ContentVersion, ContentBundled, UpdatesNotChecked, Updating, UpToDate, UpdateReady, CheckFailedAt,
    // The names of the content's `focus` and `level` values.
    FocusRelief, FocusStretch, FocusStrength, FocusPosture, FocusMobility, FocusPregnancy, FocusPostnatal,
    FocusOffice,
    LevelGentle, LevelBeginner, LevelIntermediate, LevelAdvanced,
    // The content's `equipment` values.
    EquipMat, EquipTowel, EquipStrap, EquipChair, EquipWall, EquipPillow, EquipDumbbells, EquipBar,
    EquipFitball, EquipBench,
    TimeLeft,     // "{1} left": the time left in the routine
    YouNeed,      // "You need: mat, chair"
    HowTo,        // the heading of the full instructions page
    HowToHint,    // "I: how to" - the key that opens it
    HowToClose,   // "Any key: back to the exercise"
    Careful,      // the heading of an exercise's cautions
    NextTime,     // "Next time: Core strength"
    // The profile picker (mirror/ProfilePicker) and the household on home.
    PersonN,      // "Person {1}": a new profile's name, chosen without a keyboard
    PickName, PickSituation, PickTrimester, PickWeeks, PickEquipment, PickLevel, PickProgramme, PickConfirm,
    SituationGeneral, SituationBackPainAcute, SituationBackPainRecovering, SituationHerniatedDisc,
    SituationPregnancy, SituationPostpartum, SituationStrength,
    TrimesterN,   // "Trimester {1}"
    PickDone, NoProgramme, NotForProfile, SaveProfile, StartOver,
    StepOf,       // "Step {1} of {2}"
    PickerHint,   // "↑ ↓ choose • Enter: select • Esc: back"
    ProfileHint,  // "P: next person • E: profiles"
    TodayProgramme,  // "Today: week {1}, session {2} of {3}"
    RestDayTomorrow, RestDayLater,  // "Rest day — next session tomorrow" / "... in {1} days"
    DoneForToday,    // "Done for today — next session tomorrow"
    ProgrammeDone,   // "Programme complete — keep practising"
    StartAnyway,     // "Start anyway?"
    ConfirmHint,     // "Enter: yes  •  any other key: no"
    // The phone remote's pairing page (the Q key), and what it says when the remote is off.
    PairTitle,       // "Pair a phone"
    PairScan,        // "Point the phone camera at the code."
    PairOpen,        // "Or open on the phone:" (the address follows)
    PairCode,        // "and type the code:" (the code follows in large digits)
    PairUnavailable, // the remote is on but no code can be shown (the log says why)
    RemoteOff,       // "The phone remote is off"
    RemoteOffHow,    // "To turn it on, add these lines to the config file and restart the mirror:"
    PageClose,       // "Any key: back"
    Count
};

// Spoken phrases; {1} and {2} stand for the words filled in (a language may leave one out).
enum class Phrase {
    GetReady,       // "Get ready."
    GetReadyFor,    // "Get ready: {1}." - the item
    Number,         // "{1}." - a count or the last seconds
    Begin,          // "Begin."
    SideBegin,      // "{1}, begin." - the side
    SideOnly,       // "{1}." - the side, when the first count is the go signal
    LeftSide, RightSide,
    Halfway, SwitchSides, Rest,
    RestBeforeSet,  // "Rest. Next: set {1} of {2}."
    NextUp,         // "Next up: {1}."
    Done,
    ItemWithDose,   // "{1}, {2}" - name, dose
    EachSide,       // "{1} each side" - the dose
    WithSets,       // "{1}, {2}" - the dose, the number of sets
    TakeCare,       // "Take care: {1}" - an exercise's main caution
    Count
};

// Nouns after a number, spoken or shown, in the form the number asks for.
enum class Noun { Repetition, Second, Minute, Set, Exercise, Session, Week, Count };

template <typename Key>
inline constexpr std::size_t kKeyCount = static_cast<std::size_t>(Key::Count);

template <typename Key, typename Value>
struct Keyed {
    std::array<Value, kKeyCount<Key>> values{};
    constexpr const Value& operator[](Key key) const { return values[static_cast<std::size_t>(key)]; }
};

template <typename Key, typename Value>
struct Entry {
    Key key;
    Value value;
};

// Used in constant expressions only: a missing or repeated key is a compile error.
template <typename Key, typename Value, std::size_t N>
consteval Keyed<Key, Value> keyed(const Entry<Key, Value> (&entries)[N]) {
    Keyed<Key, Value> table{};
    std::array<bool, kKeyCount<Key>> seen{};
    for (const auto& e : entries) {
        const auto i = static_cast<std::size_t>(e.key);
        if (i >= seen.size() || seen[i]) throw "a text key is given twice";
        seen[i] = true;
        table.values[i] = e.value;
    }
    for (bool s : seen)
        if (!s) throw "a text key has no text";
    return table;
}

}  // namespace mc
