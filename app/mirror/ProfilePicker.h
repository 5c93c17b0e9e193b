#pragma once
// The profile picker as pure state: who is exercising, set on the mirror with the three
// keys of a clicker (previous / next / select) and no keyboard. Steps: a name (an
// existing profile to change, or a free "Person n" preset), the situation, the
// trimester or weeks since birth when they matter, the equipment at hand (toggled, then
// "Done"), the level, a programme (the suitable ones first, then "none", then the
// others), and a confirmation. Back (Esc / B) goes one step back; the confirmation also
// offers "Start over" for a clicker, which has no Back.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/Content.h"
#include "progress/Profile.h"

namespace mc {

enum class Action;

enum class PickerStep { Name, Situation, Stage, Equipment, Level, Programme, Confirm };

// One line of the current step. The screen words it (the picker has no texts).
struct PickerChoice {
    enum class Kind {
        Existing,      // an existing profile: `name`
        Preset,        // a new profile named `name` ("Person 2" in the mirror's language)
        Situation,     // `situation`
        Trimester,     // `number` 1..3
        Weeks,         // `number` weeks since birth
        Equipment,     // `name` (content's word), `on` when at hand
        Done,          // ends the equipment list
        Level,         // `level`
        Programme,     // `name` = programme id, `suitable`
        NoProgramme,
        Save,
        StartOver,
    };
    Kind kind = Kind::Save;
    std::string name;
    int number = 0;
    Situation situation = Situation::General;
    Level level = Level::Beginner;
    bool on = false;
    bool suitable = true;
};

// Whether a programme suits a profile (progress/Suitability's checkProgramme in the mirror).
using ProgrammeFit = std::function<bool(const Programme&, const Profile&)>;

class ProfilePicker {
public:
    // `presetNames`: the names offered for new profiles, in the mirror's language
    // ("Person 1".."Person 4"); those already taken are left out.
    ProfilePicker(std::vector<Profile> existing, std::vector<std::string> presetNames,
                  std::vector<Programme> programmes, ProgrammeFit fits);

    void handle(Action action);

    PickerStep step() const { return step_; }
    const std::vector<PickerChoice>& choices() const { return choices_; }
    int highlighted() const { return highlighted_; }
    const Profile& draft() const { return draft_; }
    const std::vector<Programme>& programmes() const { return programmes_; }
    // Step number (1-based) and how many steps this profile's path has, for "Step 2 of 6".
    int stepNumber() const;
    int stepCount() const;

    bool saved() const { return saved_; }          // Save chosen: draft() is the profile to store
    bool cancelled() const { return cancelled_; }  // Back on the first step

private:
    void enter(PickerStep step);
    void choose(const PickerChoice& choice);
    void back();
    bool hasStage() const;

    std::vector<Profile> existing_;
    std::vector<std::string> presetNames_;
    std::vector<Programme> programmes_;
    ProgrammeFit fits_;
    PickerStep step_ = PickerStep::Name;
    std::vector<PickerChoice> choices_;
    int highlighted_ = 0;
    Profile draft_;
    bool saved_ = false;
    bool cancelled_ = false;
};

}  // namespace mc
