#pragma once
// The mirror as a person experiences it: home -> routine overview -> player ->
// summary -> home. Everything advances by itself; inputs only speed things up.
// Pure: a function of the content, the injected monotonic clock and the actions.
#include <memory>
#include <optional>

#include "core/Content.h"
#include "core/SessionEngine.h"
#include "core/Timeline.h"
#include "mirror/HomeList.h"

namespace mc {

enum class Screen { Home, Overview, Player, Summary };

// What a key, clicker button or gamepad button means, whatever the device.
enum class Action {
    Select,         // Enter / Space / A: open, start, pause/resume
    Next,           // Down / PageDown: next routine or next phase
    Previous,       // Up / PageUp: previous routine or phase
    Back,           // Esc / B: back toward home (stops a session)
    NextGroup,      // Right: on home the next group's first routine; elsewhere as Next
    PreviousGroup,  // Left: on home the previous group's first routine; elsewhere as Previous
    HowTo,          // I / F1: the exercise's full instructions (pauses the routine while open)
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
    bool howToOpen() const { return howToOpen_; }
    Millis summaryRemaining(MonoTime now) const;

    // Set whenever a session ends; the shell takes it to record history.
    std::optional<FinishedSession> takeFinishedSession();

private:
    void goTo(Screen screen, MonoTime now);
    void beginSession(MonoTime now);
    void endSession(MonoTime now);
    bool pausedTooLong(MonoTime now) const;
    Millis overviewLength() const;
    void handleHowTo(Action action, MonoTime now);

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
    std::unique_ptr<SessionEngine> session_;
    std::optional<FinishedSession> outcome_;
    bool outcomeTaken_ = true;
    int overviewPages_ = 1;
    bool howToOpen_ = false;
    bool pausedForHowTo_ = false;  // resume on closing only what the page paused
};

}  // namespace mc
