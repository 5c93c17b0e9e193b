#include "remote/MirrorStatus.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include "locale/Locale.h"
#include "sound/SoundSettings.h"

namespace mc {
namespace {

const char* screenName(Screen s) {
    switch (s) {
    case Screen::Home: return "home";
    case Screen::Overview: return "overview";
    case Screen::Player: return "player";
    case Screen::Summary: return "summary";
    case Screen::Profile: return "profile";  // the profile picker: not home, so no person changes
    }
    return "home";
}

const char* phaseName(PhaseKind k) {
    switch (k) {
    case PhaseKind::GetReady: return "get_ready";
    case PhaseKind::Work: return "work";
    case PhaseKind::SwitchSides: return "switch_sides";
    case PhaseKind::SetRest: return "set_rest";
    case PhaseKind::ExerciseRest: return "exercise_rest";
    case PhaseKind::Done: return "done";
    }
    return "done";
}

int wholeSecondsUp(Millis m) { return static_cast<int>((std::max<int64_t>(0, m.count()) + 999) / 1000); }

const Exercise* exerciseOfItem(const ContentPack& pack, const Routine& routine, int item) {
    if (item < 0 || item >= static_cast<int>(routine.items.size())) return nullptr;
    return pack.exercise(routine.items[item].exercise);
}

nlohmann::json textJson(const LocalizedText& t) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [lang, text] : t.byLanguage) out[lang] = text;
    return out;
}

const char* updateStateName(UpdateStatus::State s) {
    switch (s) {
    case UpdateStatus::State::NotChecked: return "not_checked";
    case UpdateStatus::State::UpToDate: return "up_to_date";
    case UpdateStatus::State::Updating: return "updating";
    case UpdateStatus::State::Failed: return "failed";
    case UpdateStatus::State::Disabled: return "disabled";
    }
    return "not_checked";
}

}  // namespace

MirrorStatus statusOf(const MirrorState& state, MonoTime now, const SoundSettings& sound, bool displayOn,
                      const WeekProgress& week, const UpdateStatus& update) {
    MirrorStatus s;
    s.screen = screenName(state.screen());
    if (const Routine* r = state.routine()) {
        s.routineId = r->id;
        s.routineTitle = r->title;
    }
    if (state.screen() == Screen::Overview) s.secondsLeft = wholeSecondsUp(state.overviewRemaining(now));
    if (state.screen() == Screen::Summary) s.secondsLeft = wholeSecondsUp(state.summaryRemaining(now));
    if (const SessionEngine* session = state.session(); session && state.screen() == Screen::Player) {
        const SessionView v = session->view(now);
        const Routine& routine = session->routine();
        if (v.phase) {
            s.phase = phaseName(v.phase->kind);
            s.secondsLeft = wholeSecondsUp(v.remaining);
            s.set = v.phase->set;
            s.sets = v.phase->sets;
            s.side = v.phase->side == Side::Left ? "left" : v.phase->side == Side::Right ? "right" : "";
            if (const Exercise* e = exerciseOfItem(state.content(), routine, v.phase->item)) {
                s.exerciseId = e->id;
                s.exercise = e->name;
            }
            const Timeline& t = session->timeline();
            if (v.nextWorkPhase >= 0 && v.nextWorkPhase < static_cast<int>(t.phases.size()) &&
                t.phases[v.nextWorkPhase].item != v.phase->item)
                if (const Exercise* e = exerciseOfItem(state.content(), routine, t.phases[v.nextWorkPhase].item))
                    s.nextUp = e->name;
        }
        if (v.rep) {
            s.rep = v.rep->rep;
            s.reps = v.rep->reps;
        }
        s.paused = v.paused;
        s.progressPercent = static_cast<int>(std::lround(v.routineProgress * 100.0f));
    }
    s.volume = static_cast<int>(std::lround(sound.volume * 100.0f));
    s.muted = sound.muted;
    s.displayOn = displayOn;
    s.week = week;
    s.update = update;
    for (const Profile& p : state.household()) s.profiles.push_back(p.name);
    if (const Profile* who = state.currentProfile()) s.profile = who->name;
    return s;
}

std::string statusJson(const MirrorStatus& s) {
    nlohmann::json j = {
        {"screen", s.screen},
        {"routine", s.routineId},
        {"routine_title", textJson(s.routineTitle)},
        {"phase", s.phase},
        {"exercise", s.exerciseId},
        {"exercise_name", textJson(s.exercise)},
        {"seconds_left", s.secondsLeft},
        {"set", s.set},
        {"sets", s.sets},
        {"side", s.side},
        {"rep", s.rep},
        {"reps", s.reps},
        {"next_up", textJson(s.nextUp)},
        {"paused", s.paused},
        {"progress_percent", s.progressPercent},
        {"volume", s.volume},
        {"muted", s.muted},
        {"display_on", s.displayOn},
        {"week", {{"done", s.week.done}, {"goal", s.week.goal}, {"streak_weeks", s.week.streakWeeks},
                  {"suggested", s.week.suggestedRoutineId}}},
        {"profiles", s.profiles},
        {"profile", s.profile},
        {"content_version", s.update.contentVersion},
        {"update", {{"state", updateStateName(s.update.state)}, {"line", statusLine(s.update)},
                    {"failed_at", s.update.failedAt}, {"reason", s.update.reason}}},
    };
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string routinesJson(const ContentPack& pack, const ReadingPace& reading) {
    HomeList list(pack);
    nlohmann::json out = nlohmann::json::array();
    for (int index : list.order()) {
        const Routine& r = pack.routines[index];
        const Timeline t = expandRoutine(r, pack, reading);
        // The group's name in every language the mirror speaks, as its home list names it;
        // a focus no language has a word for keeps its key.
        nlohmann::json groupTitle = nlohmann::json::object();
        for (const Locale& l : supportedLocales()) {
            const std::string name = l.focus(r.focus);
            groupTitle[l.tag] = name.empty() ? r.focus : name;
        }
        out.push_back({{"id", r.id}, {"title", textJson(r.title)}, {"group", r.focus}, {"group_title", groupTitle},
                       {"level", r.level}, {"seconds", wholeSecondsUp(t.total)}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace mc
