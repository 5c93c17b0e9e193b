#include "mirror/MirrorState.h"

#include "progress/PreparedRoutine.h"
#include "progress/SessionOutcome.h"

#include <algorithm>

namespace mc {

namespace {

// Group jumps mean something only in the home list; on the other screens Left/Right
// keep meaning previous/next, as Up/Down do.
Action stepwise(Action a) {
    if (a == Action::NextGroup) return Action::Next;
    if (a == Action::PreviousGroup) return Action::Previous;
    return a;
}

}  // namespace

MirrorState::MirrorState(std::shared_ptr<const ContentPack> content, MirrorTimings timings)
    : content_(std::move(content)), timings_(timings), list_(*content_) {
    if (list_.count() > 0) selected_ = list_.order().front();
}

void MirrorState::select(int index) {
    int count = static_cast<int>(content_->routines.size());
    if (count == 0) return;
    selected_ = ((index % count) + count) % count;
}

const Routine* MirrorState::routine() const {
    // The session's routine, variants swapped and doses scaled, while it runs and after.
    if (prepared_ && (screen_ == Screen::Player || screen_ == Screen::Summary)) return prepared_.get();
    const ContentPack& pack = sessionContent_ ? *sessionContent_ : *content_;
    if (selected_ < 0 || selected_ >= static_cast<int>(pack.routines.size())) return nullptr;
    return &pack.routines[selected_];
}

bool MirrorState::openRoutine(std::string_view id, MonoTime now) {
    const auto& routines = content_->routines;
    auto it = std::find_if(routines.begin(), routines.end(), [&](const Routine& r) { return r.id == id; });
    if (it == routines.end()) return false;
    if (session_) endSession(now);
    selected_ = static_cast<int>(it - routines.begin());
    goTo(Screen::Overview, now);
    return true;
}

bool MirrorState::startRoutine(std::string_view id, MonoTime now) {
    if (!openRoutine(id, now)) return false;
    beginSession(now);
    return true;
}

bool MirrorState::replaceContent(std::shared_ptr<const ContentPack> content) {
    if (!canReplaceContent() || !content) return false;
    // Keep the same routine selected if it still exists.
    std::string selectedId = routine() ? routine()->id : std::string();
    content_ = std::move(content);
    rebuildList();
    selected_ = list_.count() == 0 ? 0 : list_.order().front();
    for (size_t i = 0; i < content_->routines.size(); ++i)
        if (content_->routines[i].id == selectedId) selected_ = static_cast<int>(i);
    return true;
}

void MirrorState::handle(Action action, MonoTime now) {
    // A page takes the key that opens it, and any key while it is open. The how-to page
    // belongs to an exercise, so its key means nothing outside the player.
    if (page_ != Page::None || action == Action::Pairing || (action == Action::HowTo && screen_ == Screen::Player)) {
        handlePage(action, now);
        tick(now);
        return;
    }
    switch (screen_) {
    case Screen::Home: handleHome(action, now); break;
    case Screen::Profile: handlePicker(action, now); break;
    case Screen::Overview:
        action = stepwise(action);
        if (action == Action::Select) beginSession(now);
        if (action == Action::Back) goTo(Screen::Home, now);
        if (action == Action::Next) {
            selected_ = list_.step(selected_, 1);
            goTo(Screen::Overview, now);
        }
        if (action == Action::Previous) {
            selected_ = list_.step(selected_, -1);
            goTo(Screen::Overview, now);
        }
        break;
    case Screen::Player:
        action = stepwise(action);
        if (action == Action::Select) session_->apply(SessionCommand::TogglePause, now);
        if (action == Action::Next) session_->apply(SessionCommand::Next, now);
        if (action == Action::Previous) session_->apply(SessionCommand::Previous, now);
        if (action == Action::Back) {
            session_->apply(SessionCommand::Stop, now);
            endSession(now);
        }
        break;
    case Screen::Summary:
        if (action == Action::Select || action == Action::Back) goTo(Screen::Home, now);
        break;
    }
    tick(now);
}

void MirrorState::handleHome(Action action, MonoTime now) {
    if (confirming_) {
        confirming_ = false;
        if (action == Action::Select) goTo(Screen::Overview, now);
        return;
    }
    if (action == Action::Next) selected_ = list_.step(selected_, 1);
    if (action == Action::Previous) selected_ = list_.step(selected_, -1);
    if (action == Action::NextGroup) selected_ = list_.nextGroup(selected_);
    if (action == Action::PreviousGroup) selected_ = list_.previousGroup(selected_);
    if (action == Action::Select && routine()) {
        if (unsuitableReason(*routine()).empty()) goTo(Screen::Overview, now);
        else confirming_ = true;
    }
    if (action == Action::NextProfile && household_.size() > 1) {
        current_ = (current_ + 1) % static_cast<int>(household_.size());
        ++householdGeneration_;
    }
    if (action == Action::EditProfiles) openPicker(now);
}

void MirrorState::handlePicker(Action action, MonoTime now) {
    if (!picker_) {
        goTo(Screen::Home, now);
        return;
    }
    picker_->handle(action);
    if (picker_->saved()) savedProfile_ = picker_->draft();
    if (picker_->saved() || picker_->cancelled()) {
        picker_.reset();
        goTo(Screen::Home, now);
    }
}

void MirrorState::openPicker(MonoTime now) {
    if (screen_ != Screen::Home && screen_ != Screen::Profile) return;
    picker_.emplace(household_, presetNames_, content_->programmes, programmeFits_);
    confirming_ = false;
    goTo(Screen::Profile, now);
}

void MirrorState::setPickerSetup(std::vector<std::string> presetNames, ProgrammeFit fits) {
    presetNames_ = std::move(presetNames);
    programmeFits_ = std::move(fits);
}

std::optional<Profile> MirrorState::takeSavedProfile() {
    std::optional<Profile> out = std::move(savedProfile_);
    savedProfile_.reset();
    return out;
}

void MirrorState::setHousehold(std::vector<Profile> profiles, std::int64_t currentId) {
    household_ = std::move(profiles);
    current_ = household_.empty() ? -1 : 0;
    for (size_t i = 0; i < household_.size(); ++i)
        if (household_[i].id == currentId) current_ = static_cast<int>(i);
    ++householdGeneration_;
}

bool MirrorState::chooseProfile(std::string_view name) {
    if (screen_ != Screen::Home) return false;
    for (size_t i = 0; i < household_.size(); ++i) {
        if (household_[i].name != name) continue;
        if (current_ != static_cast<int>(i)) {
            current_ = static_cast<int>(i);
            ++householdGeneration_;
        }
        return true;
    }
    return false;
}

const Profile* MirrorState::currentProfile() const {
    return current_ < 0 ? nullptr : &household_[static_cast<size_t>(current_)];
}

void MirrorState::setAdvice(HomeAdvice advice) {
    std::string selectedId = routine() ? routine()->id : std::string();
    const bool followSuggestion = advice.suggestedRoutine != advice_.suggestedRoutine;
    advice_ = std::move(advice);
    rebuildList();
    if (sessionContent_) return;  // a session runs: keep its routine selected
    // The newly suggested routine is highlighted; otherwise the highlight stays.
    std::string want = followSuggestion && !advice_.suggestedRoutine.empty() ? advice_.suggestedRoutine : selectedId;
    for (size_t i = 0; i < content_->routines.size(); ++i)
        if (content_->routines[i].id == want) selected_ = static_cast<int>(i);
}

std::string MirrorState::unsuitableReason(const Routine& r) const {
    auto it = advice_.unsuitable.find(r.id);
    return it == advice_.unsuitable.end() ? std::string() : it->second;
}

void MirrorState::rebuildList() {
    std::set<std::string> apart;
    for (const auto& [id, why] : advice_.unsuitable) apart.insert(id);
    list_ = HomeList(*content_, advice_.suggestedRoutine, apart);
}

void MirrorState::tick(MonoTime now) {
    // An overview or summary waits under a page (see handlePage).
    const bool underPage = page_ != Page::None;
    if (screen_ == Screen::Overview && !underPage && now - screenSince_ >= overviewLength()) beginSession(now);
    if (screen_ == Screen::Player && session_ && session_->finished(now)) endSession(now);
    if (screen_ == Screen::Player && session_ && pausedTooLong(now)) {
        session_->apply(SessionCommand::Stop, now);
        endSession(now);
    }
    if (screen_ == Screen::Summary && !underPage && now - screenSince_ >= timings_.summaryShown) goTo(Screen::Home, now);
}

bool MirrorState::pausedTooLong(MonoTime now) const {
    std::optional<MonoTime> since = session_->pausedSince();
    return since && timings_.pauseTimeout.count() > 0 && now - *since >= timings_.pauseTimeout;
}

Millis MirrorState::overviewRemaining(MonoTime now) const {
    if (screen_ != Screen::Overview) return Millis{0};
    return std::max(Millis{0}, overviewLength() - (now - screenSince_));
}

Millis MirrorState::overviewLength() const {
    return std::max(timings_.overviewCountdown, timings_.overviewPage * overviewPages_);
}

void MirrorState::setOverviewPages(int pages) { overviewPages_ = std::clamp(pages, 1, 50); }

int MirrorState::overviewPage(MonoTime now) const {
    if (screen_ != Screen::Overview || timings_.overviewPage.count() <= 0) return 0;
    return static_cast<int>(((now - screenSince_) / timings_.overviewPage) % overviewPages_);
}

// Any key closes a page (the person has read enough, or paired the phone); a routine
// resumes only if opening the page paused it, and an overview or summary shown under
// the page starts its countdown again, so nothing moved on unseen.
void MirrorState::handlePage(Action action, MonoTime now) {
    if (page_ == Page::None) {
        if (action == Action::HowTo && !session_) return;
        page_ = action == Action::HowTo ? Page::HowTo : Page::Pairing;
        confirming_ = false;
        pausedForPage_ = screen_ == Screen::Player && session_ && !session_->view(now).paused;
        if (pausedForPage_) session_->apply(SessionCommand::Pause, now);
        return;
    }
    page_ = Page::None;
    if (pausedForPage_) session_->apply(SessionCommand::Resume, now);
    pausedForPage_ = false;
    if (screen_ == Screen::Overview || screen_ == Screen::Summary) screenSince_ = now;
}

Millis MirrorState::summaryRemaining(MonoTime now) const {
    if (screen_ != Screen::Summary) return Millis{0};
    return std::max(Millis{0}, timings_.summaryShown - (now - screenSince_));
}

std::optional<FinishedSession> MirrorState::takeFinishedSession() {
    if (outcomeTaken_) return std::nullopt;
    outcomeTaken_ = true;
    return outcome_;
}

void MirrorState::goTo(Screen screen, MonoTime now) {
    page_ = Page::None;
    pausedForPage_ = false;
    confirming_ = false;
    if (screen != screen_ || screen == Screen::Overview) overviewPages_ = 1;
    if (screen == Screen::Home) {
        session_.reset();
        timeline_.reset();
        prepared_.reset();
        sessionContent_.reset();
    }
    screen_ = screen;
    screenSince_ = now;
}

void MirrorState::beginSession(MonoTime now) {
    const Routine* r = routine();
    if (!r) return;
    sessionContent_ = content_;
    // Only the programme's own session counts for the programme; anything else is extra practice.
    const bool suggested = r->id == advice_.suggestedRoutine;
    sessionProgramme_ = suggested ? advice_.programmeId : std::string();
    // For a person: the variants their level and situation call for, the programme's doses.
    if (const Profile* who = currentProfile())
        prepared_ = std::make_unique<const Routine>(
            prepareRoutine(*r, *sessionContent_, *who, suggested ? advice_.doseScale : 1.0).routine);
    goTo(Screen::Player, now);  // routine() now gives the prepared routine
    r = routine();
    timeline_ = std::make_unique<const Timeline>(expandRoutine(*r, *sessionContent_, timings_.reading));
    session_ = std::make_unique<SessionEngine>(*timeline_, *r, now);
}

void MirrorState::endSession(MonoTime now) {
    if (!session_) return;
    SessionView v = session_->view(now);
    FinishedSession o;
    o.routineId = session_->routine().id;
    o.stoppedEarly = !v.finished;
    SessionOutcome covered = sessionOutcomeAt(*timeline_, v.position);
    o.activeTime = covered.workTime;  // exercising only: rests and get-ready are not active time
    o.completedItems = covered.completedItems;
    o.totalItems = covered.totalItems;
    if (const Profile* p = currentProfile()) o.profileId = p->id;
    o.programmeId = sessionProgramme_;
    outcome_ = o;
    outcomeTaken_ = false;
    goTo(Screen::Summary, now);
}

}  // namespace mc
