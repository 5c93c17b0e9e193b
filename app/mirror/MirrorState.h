#pragma once
// The mirror as a person experiences it: home -> routine overview -> player ->
// summary -> home. Everything advances by itself; inputs only speed things up.
// Pure: a function of the content, the injected monotonic clock and the actions.
#include <map>
#include <memory>
#include <optional>

#include "core/Content.h"
#include "core/SessionEngine.h"
#include "core/Timeline.h"
#include "mirror/HomeList.h"
#include "mirror/ProfilePicker.h"
#include "progress/Profile.h"

namespace mc {

enum class Screen { Home, Overview, Player, Summary, Profile };

// What a key, clicker button or gamepad button means, whatever the device.
enum class Action {
    Select,         // Enter / Space / A: open, start, pause/resume
    Next,           // Down / PageDown: next routine or next phase
    Previous,       // Up / PageUp: previous routine or phase
    Back,           // Esc / B: back toward home (stops a session)
    NextGroup,      // Right: on home the next group's first routine; elsewhere as Next
    PreviousGroup,  // Left: on home the previous group's first routine; elsewhere as Previous
    HowTo,          // I / F1: the exercise's full instructions (pauses the routine while open)
    NextProfile,    // P / Tab: on home, the next person of the household
    EditProfiles,   // E / F2: on home, the profile picker (add or change a person)
    Pairing,        // Q / F3: the phone remote's pairing page, on any screen (pauses a routine while open)
};

// A full-screen page over the current screen; any key closes it.
enum class Page { None, HowTo, Pairing };

// What home offers the current person, worked out by the loop from the history
// (progress/TodaySuggestion); the state only shows and follows it.
struct HomeAdvice {
    std::string suggestedRoutine;  // listed first and highlighted; "" for none (a rest day)
    std::string todayLine;         // "Today: week 2, session 1 of 3", "Rest day — next session tomorrow"; "" hides it
    std::string programmeId;       // recorded with a session of `suggestedRoutine`
    double doseScale = 1.0;        // applied when `suggestedRoutine` runs
    std::map<std::string, std::string> unsuitable;  // routine id -> why, in the screen's language
};

// How long the screens wait before moving on by themselves.
struct MirrorTimings {
    Millis overviewCountdown{20000};  // the overview starts the routine after this...
    Millis overviewPage{12000};       // ...but not before each page of it was shown this long
    Millis summaryShown{60000};       // the summary returns home after this
    // A routine left paused this long ends (recorded as stopped), so the display can
    // sleep again; 0 keeps it paused for ever.
    Millis pauseTimeout{600'000};
    // Get-ready and rests last long enough to read the next exercise's setup ([player] config).
    ReadingPace reading;
};

// How a session ended, for the summary screen and the history.
struct FinishedSession {
    std::string routineId;
    Millis activeTime{0};  // time in Work phases (holds and repetitions), without rests
    int completedItems = 0;
    int totalItems = 0;
    bool stoppedEarly = false;
    std::int64_t profileId = 0;  // who exercised, 0 without profiles
    std::string programmeId;     // the programme the session belonged to, "" for none
};

class MirrorState {
public:
    explicit MirrorState(std::shared_ptr<const ContentPack> content, MirrorTimings timings = {});

    void handle(Action action, MonoTime now);
    // Advances whatever moves by itself (countdowns, the end of a session).
    void tick(MonoTime now);

    // Opens the overview of a routine, or starts it straight away (skipping the overview).
    bool openRoutine(std::string_view id, MonoTime now);
    bool startRoutine(std::string_view id, MonoTime now);

    // New content is taken only on the home screen, so a session is never interrupted.
    // Returns false (and keeps the current content) anywhere else.
    bool replaceContent(std::shared_ptr<const ContentPack> content);
    bool canReplaceContent() const { return screen_ == Screen::Home; }

    Screen screen() const { return screen_; }
    MonoTime screenSince() const { return screenSince_; }
    const ContentPack& content() const { return *content_; }
    int selectedRoutine() const { return selected_; }
    void select(int index);
    // Routine indices in the order the home screen lists them: grouped by focus, the
    // groups in the order their first routine appears. Next/Previous follow it.
    const std::vector<int>& displayOrder() const { return list_.order(); }
    // The home list: positions, groups and the rows a screen shows.
    const HomeList& homeList() const { return list_; }

    // The routine on the overview/player/summary screens.
    const Routine* routine() const;
    const Timeline* timeline() const { return timeline_.get(); }
    const SessionEngine* session() const { return session_.get(); }
    const std::optional<FinishedSession>& lastOutcome() const { return outcome_; }
    const MirrorTimings& timings() const { return timings_; }

    // Time left before the overview starts the routine by itself / the summary goes home.
    Millis overviewRemaining(MonoTime now) const;
    // The overview's safety text may need several pages on a small or portrait screen.
    // The screen says how many it drew; they then turn by themselves, and the routine
    // waits until every page has been shown once.
    void setOverviewPages(int pages);
    int overviewPages() const { return overviewPages_; }
    int overviewPage(MonoTime now) const;  // 0-based page showing at `now`

    // The full instructions of the current exercise, over the player.
    bool howToOpen() const { return page_ == Page::HowTo; }
    // The phone remote's pairing page (QR code, address, code), over any screen.
    bool pairingOpen() const { return page_ == Page::Pairing; }
    Page page() const { return page_; }
    Millis summaryRemaining(MonoTime now) const;

    // Set whenever a session ends; the shell takes it to record history.
    std::optional<FinishedSession> takeFinishedSession();

    // The household (platform/store keeps it); `currentId` picks the person shown, else
    // the first. NextProfile cycles them on home.
    void setHousehold(std::vector<Profile> profiles, std::int64_t currentId);
    const std::vector<Profile>& household() const { return household_; }
    const Profile* currentProfile() const;
    // Makes the household member named `name` the current person, on home only (a
    // session keeps the person it started with). False when there is no such person
    // or a session is under way.
    bool chooseProfile(std::string_view name);
    // Changes each time the person on home changes (the loop then recomputes the advice).
    int householdGeneration() const { return householdGeneration_; }
    void setAdvice(HomeAdvice advice);
    const HomeAdvice& advice() const { return advice_; }
    // Why the routine does not suit the current person, "" when it does.
    std::string unsuitableReason(const Routine& routine) const;
    // Starting a routine that does not suit asks first: Select starts it, anything else does not.
    bool confirmingUnsuitable() const { return confirming_; }

    // The picker's setup: names for new people ("Person 1".."Person 4", in the screen's
    // language) and whether a programme suits a profile.
    void setPickerSetup(std::vector<std::string> presetNames, ProgrammeFit fits);
    // Opens the picker (EditProfiles does it on home; the loop at first start).
    void openPicker(MonoTime now);
    const ProfilePicker* picker() const { return picker_ ? &*picker_ : nullptr; }
    // The profile the picker saved; the shell stores it and calls setHousehold.
    std::optional<Profile> takeSavedProfile();

private:
    void goTo(Screen screen, MonoTime now);
    void beginSession(MonoTime now);
    void endSession(MonoTime now);
    bool pausedTooLong(MonoTime now) const;
    Millis overviewLength() const;
    void handlePage(Action action, MonoTime now);
    void handleHome(Action action, MonoTime now);
    void handlePicker(Action action, MonoTime now);
    void rebuildList();

    std::shared_ptr<const ContentPack> content_;
    // The content a running session uses stays alive while it runs, even if replaced.
    std::shared_ptr<const ContentPack> sessionContent_;
    MirrorTimings timings_;
    Screen screen_ = Screen::Home;
    MonoTime screenSince_{0};
    int selected_ = 0;
    HomeList list_;
    // On the heap so the engine's reference to its timeline survives moving the state.
    std::unique_ptr<const Timeline> timeline_;
    std::unique_ptr<const Routine> prepared_;  // the running session's routine, prepared for the person
    std::unique_ptr<SessionEngine> session_;
    std::optional<FinishedSession> outcome_;
    bool outcomeTaken_ = true;
    int overviewPages_ = 1;
    Page page_ = Page::None;
    bool pausedForPage_ = false;  // resume on closing only what the page paused
    std::vector<Profile> household_;
    int current_ = -1;  // index into household_, -1 without profiles
    int householdGeneration_ = 0;
    HomeAdvice advice_;
    bool confirming_ = false;
    std::vector<std::string> presetNames_;
    ProgrammeFit programmeFits_;
    std::optional<ProfilePicker> picker_;
    std::optional<Profile> savedProfile_;
    std::string sessionProgramme_;  // the programme of the running session, "" for none
};

}  // namespace mc
