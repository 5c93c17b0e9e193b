#include "loop/MirrorLoop.h"

#include <algorithm>

#include "locale/Locale.h"
#include "log/Log.h"
#include "remote/MirrorStatus.h"
#include "loop/TodayAdvice.h"
#include "progress/Suitability.h"

namespace mc {
namespace {

std::optional<SoundKey> soundKeyOf(ShellCommand command) {
    switch (command) {
    case ShellCommand::VolumeUp: return SoundKey::VolumeUp;
    case ShellCommand::VolumeDown: return SoundKey::VolumeDown;
    case ShellCommand::ToggleMute: return SoundKey::ToggleMute;
    default: return std::nullopt;
    }
}

}  // namespace

MirrorLoop::MirrorLoop(LoopParts parts, std::shared_ptr<const ContentPack> content, ViewContext view,
                       const LoopSettings& settings, const WallTime& startedAt)
    : parts_(std::move(parts)),
      settings_(settings),
      state_(std::move(content), settings.timings),
      view_(std::move(view)),
      redraw_(Millis(1000 / std::clamp(settings.fpsCap, 1, 240)), view_.layout) {
    view_.language = settings_.language;
    if (parts_.profiles) {
        state_.setPickerSetup(presetProfileNames(localeFor(settings_.language)),
                              [](const Programme& p, const Profile& who) { return checkProgramme(p, who).suits(); });
        loadHousehold(startedAt, 0);
        // First start: nobody is known yet, so the mirror asks who is exercising.
        if (state_.household().empty()) state_.openPicker(MonoTime{0});
    }
    selectSuggested(startedAt);
    followAdvice(startedAt);
}

void MirrorLoop::loadHousehold(const WallTime& now, std::int64_t currentId) {
    auto people = parts_.profiles->profiles(now.utcSeconds);
    if (!people) {
        logWarning("profiles", people.error().message);
        return;
    }
    state_.setHousehold(std::move(*people), currentId);
}

// The picker saved a profile: store it, then show that person.
void MirrorLoop::saveProfile(const WallTime& now) {
    auto saved = state_.takeSavedProfile();
    if (!saved || !parts_.profiles) return;
    auto id = parts_.profiles->saveProfile(*saved, now.utcSeconds);
    if (!id) {
        logWarning("profiles", id.error().message);
        view_.problem = id.error().message;
        return;
    }
    logNotice("profiles", "saved profile '" + saved->name + "'");
    loadHousehold(now, *id);
}

// Home follows the current person: their week, today's suggestion and what does not suit them.
void MirrorLoop::followAdvice(const WallTime& now) {
    const Profile* who = state_.currentProfile();
    parts_.recorder.week(state_.content(), now, who);
    if (parts_.recorder.generation() == adviceFrom_) return;
    adviceFrom_ = parts_.recorder.generation();
    const auto& today = parts_.recorder.today();
    if (!who || !today) {
        state_.setAdvice({});
        return;
    }
    state_.setAdvice(adviceFor(*today, *who, now, localeFor(settings_.language), settings_.language));
}

void MirrorLoop::run(Clocks& clocks) {
    Millis wait{0};
    for (;;) {
        std::vector<InputEvent> events = parts_.display.waitForInput(wait);
        const bool quit = std::any_of(events.begin(), events.end(),
                                      [](const InputEvent& e) { return e.shell == ShellCommand::Quit; });
        LoopTime now = clocks.now();
        if (quit) {
            shutDown(now);
            return;
        }
        wait = turn(events, now);
        // Drawing took time too: wake when the next change is due, not that much later.
        wait = std::max(Millis(0), wait - (clocks.now().mono - now.mono));
    }
}

void MirrorLoop::shutDown(const LoopTime& now) {
    if (state_.screen() == Screen::Player) state_.handle(Action::Back, now.mono);  // stops the session
    parts_.recorder.observe(state_, now.wall);
    if (soundSession_) parts_.sound.end();
    soundSession_ = nullptr;
    parts_.kiosk.shuttingDown();
}

Millis MirrorLoop::turn(const std::vector<InputEvent>& events, const LoopTime& now) {
    const bool activity = std::any_of(events.begin(), events.end(), [](const InputEvent& e) { return e.activity; });
    const Screen before = state_.screen();
    const KioskTick k = parts_.kiosk.tick({now.mono, secondOfLocalDay(now.wall)}, activity,
                                          state_.screen() == Screen::Home, state_.screen() == Screen::Player);
    actOn(events, k, now.mono);
    if (activity) redraw_.inputArrived(now.mono);
    state_.tick(now.mono);
    parts_.recorder.observe(state_, now.wall);
    saveProfile(now.wall);
    followSession(now.mono);
    takeUpdate();
    followAdvice(now.wall);
    if (state_.screen() == Screen::Home && before != Screen::Home) selectSuggested(now.wall);

    const WeekProgress& week = parts_.recorder.week(state_.content(), now.wall, state_.currentProfile());
    view_.home.updateStatus = statusLine(parts_.updates.status(), localeFor(settings_.language));
    view_.home.weekDone = week.done;
    view_.home.weekGoal = week.goal;
    view_.home.streakWeeks = week.streakWeeks;
    view_.home.suggestedRoutine = week.suggestedRoutineId;
    view_.now = now.mono;
    view_.clockMinutes = secondOfLocalDay(now.wall) / 60;
    view_.shift = burnInShift(now.wall.utcSeconds);
    // The pairing code on home and on the pairing page (a fresh one once the shown one expired).
    const bool showsCode = state_.screen() == Screen::Home || state_.pairingOpen();
    view_.pairing = parts_.remote && showsCode ? parts_.remote->pairingOffer() : std::nullopt;
    view_.remoteOn = parts_.remote != nullptr;

    if (!k.displayOn) {
        // Asleep: one black frame (black is "off" behind a mirror), then nothing.
        if (!dark_) parts_.display.present([](ImDrawList&) {});
        dark_ = true;
        publishRemote(now.mono, week, false);
        return k.maxWait;
    }
    if (dark_) redraw_.inputArrived(now.mono);  // a full frame on waking
    dark_ = false;
    if (redraw_.due(state_, view_, now.mono)) {
        ViewReport report;
        parts_.display.present([&](ImDrawList& list) { report = drawMirror(list, state_, view_); });
        state_.setOverviewPages(report.overviewPages);
        if (frames_ == 0) parts_.kiosk.firstFrameShown();
        ++frames_;
    }
    publishRemote(now.mono, week, true);
    return nextWait(k, now.mono);
}

void MirrorLoop::actOn(const std::vector<InputEvent>& events, const KioskTick& k, MonoTime now) {
    for (const InputEvent& e : events) {
        // The key that woke the display only wakes it; a phone's command, sent by someone
        // looking at the phone, acts.
        if (k.swallowInput && e.client.empty()) continue;
        if (!e.client.empty()) actOnRemote(e, now);
        if (e.action) state_.handle(*e.action, now);
        if (auto key = e.shell ? soundKeyOf(*e.shell) : std::nullopt)
            parts_.sound.setSettings(adjusted(parts_.sound.settings(), *key));
    }
}

// Sound follows the session: begun when it starts, updated after every change, ended
// only when the summary is left (so "well done" is not cut short).
void MirrorLoop::followSession(MonoTime now) {
    if (state_.session() != soundSession_) {
        if (soundSession_) parts_.sound.end();
        soundSession_ = state_.session();
        if (soundSession_)
            parts_.sound.begin(*state_.timeline(), soundSession_->routine(), state_.content(), settings_.language);
    }
    if (soundSession_) parts_.sound.update(*soundSession_, now);
    else parts_.sound.rest();
}

// Updates download on their own thread; the loop only takes finished, verified content,
// and only when no routine is open, so a session is never interrupted.
void MirrorLoop::takeUpdate() {
    if (!state_.canReplaceContent()) return;
    if (auto fresh = parts_.updates.takeReady()) {
        logNotice("content", "showing content version " + std::to_string(fresh->version));
        if (parts_.textOf) {
            // An update may bring characters the font atlas lacks (a new language).
            if (Status s = parts_.display.coverText(parts_.textOf(fresh->pack)); !s)
                logWarning("display", "fonts for the new content: " + s.error().message);
        }
        state_.replaceContent(std::make_shared<const ContentPack>(std::move(fresh->pack)));
    }
}

// What a phone asks for beyond a key's Action: a routine by name, an explicit pause state.
void MirrorLoop::actOnRemote(const InputEvent& e, MonoTime now) {
    if (e.routine) {
        const Routine* selected = state_.routine();
        const std::string id = e.routine->id.empty() && selected ? selected->id : e.routine->id;
        const auto& routines = state_.content().routines;
        auto it = std::find_if(routines.begin(), routines.end(), [&](const Routine& r) { return r.id == id; });
        if (it == routines.end()) {
            logWarning("remote", e.client + ": no routine '" + id + "'");
        } else if (e.routine->start && state_.screen() != Screen::Player) {
            state_.startRoutine(id, now);
        } else if (!e.routine->start && state_.screen() == Screen::Home) {
            state_.select(static_cast<int>(it - routines.begin()));
        } else if (!e.routine->start && state_.screen() == Screen::Overview) {
            state_.openRoutine(id, now);
        }
    }
    if (e.profile && !state_.chooseProfile(*e.profile))
        logWarning("remote", e.client + ": cannot switch to profile '" + *e.profile + "' now");
    if (e.paused && state_.screen() == Screen::Player && state_.session()) {
        // The phone means the routine, not a page over it: a page open on the mirror (the
        // pairing page, just used to pair this phone, or how-to) closes first, resuming
        // what it paused; then the routine gets the asked-for state.
        if (state_.page() != Page::None) state_.handle(Action::Back, now);
        if (state_.session() && state_.session()->view(now).paused != *e.paused) state_.handle(Action::Select, now);
    }
}

void MirrorLoop::publishRemote(MonoTime now, const WeekProgress& week, bool displayOn) {
    if (!parts_.remote) return;
    if (&state_.content() != cataloguedContent_) {
        cataloguedContent_ = &state_.content();
        RemoteCatalogue catalogue;
        catalogue.routinesJson = routinesJson(state_.content(), settings_.timings.reading);
        for (const Routine& r : state_.content().routines) catalogue.routineIds.insert(r.id);
        parts_.remote->publishCatalogue(std::move(catalogue));
    }
    parts_.remote->publish(statusOf(state_, now, parts_.sound.settings(), displayOn, week, parts_.updates.status()),
                           {frames_, parts_.recorder.recorded()});
}

void MirrorLoop::selectSuggested(const WallTime& now) {
    const std::string& id = parts_.recorder.week(state_.content(), now, state_.currentProfile()).suggestedRoutineId;
    const auto& routines = state_.content().routines;
    for (size_t i = 0; i < routines.size(); ++i)
        if (routines[i].id == id) state_.select(static_cast<int>(i));
}

Millis MirrorLoop::nextWait(const KioskTick& k, MonoTime now) const {
    Millis wait = std::min(redraw_.timeout(state_, now), k.maxWait);
    if (auto t = parts_.sound.nextWakeup()) wait = std::clamp(*t - now, Millis(1), wait);
    // A new pairing code replaces the shown one as soon as it expires.
    if (view_.pairing) wait = std::clamp(Millis(view_.pairing->secondsLeft * 1000 + 50), Millis(1), wait);
    return wait;
}

}  // namespace mc
