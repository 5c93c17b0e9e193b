#include "mirror/ProfilePicker.h"

#include <algorithm>

#include "mirror/MirrorState.h"

namespace mc {
namespace {

using Kind = PickerChoice::Kind;

constexpr Situation kSituations[] = {Situation::General,        Situation::BackPainAcute, Situation::BackPainRecovering,
                                     Situation::HerniatedDisc,  Situation::Pregnancy,     Situation::Postpartum,
                                     Situation::Strength};
constexpr Level kLevels[] = {Level::Gentle, Level::Beginner, Level::Intermediate};
// Weeks since birth offered: the stages postpartum content tells apart, roughly.
constexpr int kWeeks[] = {1, 2, 4, 6, 8, 12, 16, 26, 52};

PickerChoice choice(Kind kind) {
    PickerChoice c;
    c.kind = kind;
    return c;
}

}  // namespace

ProfilePicker::ProfilePicker(std::vector<Profile> existing, std::vector<std::string> presetNames,
                             std::vector<Programme> programmes, ProgrammeFit fits)
    : existing_(std::move(existing)),
      presetNames_(std::move(presetNames)),
      programmes_(std::move(programmes)),
      fits_(std::move(fits)) {
    enter(PickerStep::Name);
}

bool ProfilePicker::hasStage() const {
    return draft_.situation == Situation::Pregnancy || draft_.situation == Situation::Postpartum;
}

int ProfilePicker::stepCount() const { return hasStage() ? 7 : 6; }

int ProfilePicker::stepNumber() const {
    int n = static_cast<int>(step_) + 1;
    if (!hasStage() && step_ > PickerStep::Stage) --n;
    return n;
}

void ProfilePicker::enter(PickerStep step) {
    step_ = step;
    choices_.clear();
    highlighted_ = 0;
    auto highlightWhere = [&](auto&& matches) {
        for (size_t i = 0; i < choices_.size(); ++i)
            if (matches(choices_[i])) highlighted_ = static_cast<int>(i);
    };
    switch (step) {
    case PickerStep::Name:
        for (const Profile& p : existing_) {
            PickerChoice c = choice(Kind::Existing);
            c.name = p.name;
            choices_.push_back(c);
        }
        for (const std::string& preset : presetNames_) {
            auto taken = [&](const Profile& p) { return p.name == preset; };
            if (std::any_of(existing_.begin(), existing_.end(), taken)) continue;
            PickerChoice c = choice(Kind::Preset);
            c.name = preset;
            choices_.push_back(c);
        }
        highlightWhere([&](const PickerChoice& c) { return !draft_.name.empty() && c.name == draft_.name; });
        break;
    case PickerStep::Situation:
        for (Situation s : kSituations) {
            PickerChoice c = choice(Kind::Situation);
            c.situation = s;
            choices_.push_back(c);
        }
        highlightWhere([&](const PickerChoice& c) { return c.situation == draft_.situation; });
        break;
    case PickerStep::Stage:
        if (draft_.situation == Situation::Pregnancy) {
            for (int t = 1; t <= 3; ++t) {
                PickerChoice c = choice(Kind::Trimester);
                c.number = t;
                choices_.push_back(c);
            }
            highlightWhere([&](const PickerChoice& c) { return c.number == draft_.trimester; });
        } else {
            for (int w : kWeeks) {
                PickerChoice c = choice(Kind::Weeks);
                c.number = w;
                choices_.push_back(c);
            }
            // The nearest offered number at or below the profile's.
            highlightWhere([&](const PickerChoice& c) { return c.number <= draft_.weeksSinceBirth; });
        }
        break;
    case PickerStep::Equipment:
        for (std::string_view item : kEquipmentAtHand) {
            PickerChoice c = choice(Kind::Equipment);
            c.name = std::string(item);
            c.on = std::find(draft_.equipment.begin(), draft_.equipment.end(), c.name) != draft_.equipment.end();
            choices_.push_back(c);
        }
        choices_.push_back(choice(Kind::Done));
        break;
    case PickerStep::Level:
        for (Level l : kLevels) {
            PickerChoice c = choice(Kind::Level);
            c.level = l;
            choices_.push_back(c);
        }
        highlightWhere([&](const PickerChoice& c) { return c.level == draft_.level; });
        break;
    case PickerStep::Programme: {
        // Suitable programmes first, those written for a situation (the person's) before
        // those for anyone; then "none"; then the rest.
        std::vector<PickerChoice> forAnyone, unsuitable;
        for (const Programme& p : programmes_) {
            PickerChoice c = choice(Kind::Programme);
            c.name = p.id;
            c.suitable = !fits_ || fits_(p, draft_);
            (!c.suitable ? unsuitable : p.suitability.suits.empty() ? forAnyone : choices_).push_back(c);
        }
        choices_.insert(choices_.end(), forAnyone.begin(), forAnyone.end());
        choices_.push_back(choice(Kind::NoProgramme));
        choices_.insert(choices_.end(), unsuitable.begin(), unsuitable.end());
        highlightWhere([&](const PickerChoice& c) {
            return c.kind == Kind::Programme && c.name == draft_.programmeId && c.suitable;
        });
        break;
    }
    case PickerStep::Confirm:
        choices_.push_back(choice(Kind::Save));
        choices_.push_back(choice(Kind::StartOver));
        break;
    }
}

void ProfilePicker::handle(Action action) {
    if (saved_ || cancelled_) return;
    const int count = static_cast<int>(choices_.size());
    switch (action) {
    case Action::Next:
    case Action::NextGroup:
        if (count > 0) highlighted_ = (highlighted_ + 1) % count;
        break;
    case Action::Previous:
    case Action::PreviousGroup:
        if (count > 0) highlighted_ = (highlighted_ + count - 1) % count;
        break;
    case Action::Select:
        if (count > 0) choose(choices_[static_cast<size_t>(highlighted_)]);
        break;
    case Action::Back: back(); break;
    default: break;
    }
}

void ProfilePicker::choose(const PickerChoice& c) {
    switch (c.kind) {
    case Kind::Existing:
        for (const Profile& p : existing_)
            if (p.name == c.name) draft_ = p;
        enter(PickerStep::Situation);
        break;
    case Kind::Preset:
        draft_ = Profile{};
        draft_.name = c.name;
        enter(PickerStep::Situation);
        break;
    case Kind::Situation:
        draft_.situation = c.situation;
        if (c.situation != Situation::Pregnancy) draft_.trimester = 0;
        if (c.situation != Situation::Postpartum) draft_.weeksSinceBirth = 0;
        enter(hasStage() ? PickerStep::Stage : PickerStep::Equipment);
        break;
    case Kind::Trimester:
        draft_.trimester = c.number;
        enter(PickerStep::Equipment);
        break;
    case Kind::Weeks:
        draft_.weeksSinceBirth = c.number;
        enter(PickerStep::Equipment);
        break;
    case Kind::Equipment: {
        auto& eq = draft_.equipment;
        auto at = std::find(eq.begin(), eq.end(), c.name);
        if (at == eq.end()) eq.push_back(c.name);
        else eq.erase(at);
        choices_[static_cast<size_t>(highlighted_)].on = std::find(eq.begin(), eq.end(), c.name) != eq.end();
        break;
    }
    case Kind::Done: enter(PickerStep::Level); break;
    case Kind::Level:
        draft_.level = c.level;
        enter(PickerStep::Programme);
        break;
    case Kind::Programme:
        draft_.programmeId = c.name;
        enter(PickerStep::Confirm);
        break;
    case Kind::NoProgramme:
        draft_.programmeId.clear();
        enter(PickerStep::Confirm);
        break;
    case Kind::Save: saved_ = true; break;
    case Kind::StartOver: enter(PickerStep::Name); break;
    }
}

void ProfilePicker::back() {
    switch (step_) {
    case PickerStep::Name: cancelled_ = true; break;
    case PickerStep::Situation: enter(PickerStep::Name); break;
    case PickerStep::Stage: enter(PickerStep::Situation); break;
    case PickerStep::Equipment: enter(hasStage() ? PickerStep::Stage : PickerStep::Situation); break;
    case PickerStep::Level: enter(PickerStep::Equipment); break;
    case PickerStep::Programme: enter(PickerStep::Level); break;
    case PickerStep::Confirm: enter(PickerStep::Programme); break;
    }
}

}  // namespace mc
