#pragma once
// The content model: exercises and routines as the engine and the screens use them.
// Parsing and validation live in ContentParser / ContentValidator; this is plain data.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Figure.h"
#include "core/Audience.h"
#include "core/LocalizedText.h"
#include "core/Programme.h"
#include "Time.h"
#include "locale/SideLabel.h"

namespace mc {

enum class Category { Stretch, Strength, Mobility, Relaxation };

// Pacing of one repetition: lift, hold at the top, lower, pause at the bottom.
struct Tempo {
    Millis up{2000};
    Millis top{0};
    Millis down{2000};
    Millis bottom{0};

    Millis rep() const { return up + top + down + bottom; }
};

// How much of an exercise: a timed hold, or paced repetitions; and how many sets.
struct Dose {
    enum class Kind { Hold, Reps };
    Kind kind = Kind::Hold;
    Millis hold{30000};      // Kind::Hold
    int reps = 0;            // Kind::Reps
    Tempo tempo;             // Kind::Reps
    int sets = 1;
    Millis restBetweenSets{15000};
    Millis switchSides{5000};  // sided exercises: pause to change sides (see switchTimeFor)

    // Length of one side of one set.
    Millis workTime() const { return kind == Kind::Hold ? hold : tempo.rep() * reps; }
};

// The equipment-derived default of Dose::switchSides when content sets none:
// 5 s when only `none`/`mat`/`wall` are used, 10 s when something must be moved
// or re-gripped (dumbbells, a chair, a strap, ...).
Millis switchTimeFor(const std::vector<std::string>& equipment);

// Texts bound to one stage of a paced repetition (content: "pace"): the word under
// the rep counter and the cue line shown while that stage runs. Either may be empty.
struct PaceText {
    LocalizedText word;
    LocalizedText cue;
};

// The four stages of a repetition, as Tempo: lift (up), top, lower (down), bottom.
struct Pace {
    PaceText lift, top, lower, bottom;

    bool empty() const;
};

struct Exercise {
    std::string id;
    LocalizedText name;
    LocalizedText setup;         // how to get into the start position, one or two short sentences
    LocalizedText instructions;  // the full description ("how to" page)
    std::vector<LocalizedText> cues;  // one line each: breathing, form; not bound to a stage
    Pace pace;                        // paced exercises: texts bound to the stages of a rep
    Category category = Category::Stretch;
    std::vector<std::string> muscles;
    std::vector<std::string> equipment;  // "none", "mat", "chair", "dumbbells", ...
    bool sided = false;                  // done once per side, left then right
    Limb limb = Limb::Side;              // sided exercises: what a side means ("LEFT LEG")
    Dose dose;                           // default dose, routines may override
    std::vector<LocalizedText> cautions;
    std::vector<LocalizedText> contraindications;
    Figure figure;
    std::string image;  // optional raster illustration, path inside the pack
    Suitability suitability;  // whom it suits and whom it must not be given to
    // Exercise ids of the easier and harder versions ("" for none); the profile's
    // level picks one when a routine is prepared for a person.
    std::string easier, harder;

    bool uses(std::string_view item) const;  // equipment, e.g. "dumbbells"
};

struct RoutineItem {
    std::string exercise;  // Exercise::id
    Dose dose;             // the exercise's default with the routine's overrides applied
    std::optional<Millis> restAfter;  // overrides Routine::restBetweenExercises
};

struct Routine {
    std::string id;
    LocalizedText title;
    LocalizedText description;
    std::string focus;  // "relief", "stretch", "strength", "posture", ...
    std::string level;  // "gentle", "beginner", "intermediate"
    LocalizedText safety;
    // The body every figure of the routine is drawn with (a pregnancy routine: Pregnant),
    // or nullopt for each exercise's own.
    std::optional<BodyVariant> body;
    Millis getReady{10000};
    Millis restBetweenExercises{15000};
    std::vector<RoutineItem> items;
    Suitability suitability;
};

struct ContentPack {
    int formatVersion = 1;
    std::string id;
    std::string version;
    std::string language = "en";  // language the mirror speaks unless configured otherwise
    // Every text has each of these (pack.json "languages"; when absent just `language`).
    std::vector<std::string> languages{"en"};
    LocalizedText title;
    std::vector<LocalizedText> safety;  // general rules shown before every routine
    std::vector<Exercise> exercises;
    std::vector<Routine> routines;
    std::vector<Programme> programmes;

    const Exercise* exercise(std::string_view id) const;
    const Routine* routine(std::string_view id) const;
    const Programme* programme(std::string_view id) const;
};

}  // namespace mc
