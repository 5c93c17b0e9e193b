#pragma once
// Every moment a routine puts on the mirror, drawn with a layout report: home, the
// overview page by page, each player phase's start and middle, the summary, every
// exercise's how-to page, and (once per size and language) the picker and the pairing
// page. Shared by the layout matrix and the language check.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "LayoutProbe.h"
#include "core/Timeline.h"

namespace mc::test {

// Player moments per routine: every phase's start and middle, thinned evenly beyond this.
constexpr size_t kMaxPlayerMoments = 80;

// One drawn moment and where it came from.
struct Moment {
    std::string screen;  // "home", "overview", "player get-ready", ..., "summary"
    std::string routine;
    Millis at{0};
    LayoutReport report;
};

// "player work middle" -> "player work": the screen, whatever the moment in it.
inline std::string screenKind(const std::string& screen) {
    for (const char* suffix : {" start", " middle"})
        if (screen.ends_with(suffix)) return screen.substr(0, screen.size() - std::string(suffix).size());
    return screen;
}

inline std::string phaseName(PhaseKind kind) {
    switch (kind) {
    case PhaseKind::GetReady: return "get-ready";
    case PhaseKind::Work: return "work";
    case PhaseKind::SetRest: return "set-rest";
    case PhaseKind::ExerciseRest: return "rest";
    case PhaseKind::SwitchSides: return "switch-sides";
    case PhaseKind::Done: return "done";
    }
    return "?";
}

// The player moments of a timeline: each phase's start (just after it) and middle.
inline std::vector<std::pair<Millis, std::string>> playerMoments(const Timeline& tl) {
    std::vector<std::pair<Millis, std::string>> all;
    for (const Phase& p : tl.phases) {
        if (p.duration.count() <= 0) continue;
        all.emplace_back(p.start + std::min(Millis{200}, p.duration / 4), "player " + phaseName(p.kind) + " start");
        all.emplace_back(p.start + p.duration / 2, "player " + phaseName(p.kind) + " middle");
    }
    if (all.size() <= kMaxPlayerMoments) return all;
    std::vector<std::pair<Millis, std::string>> some;
    for (size_t i = 0; i < kMaxPlayerMoments; ++i) some.push_back(all[i * all.size() / kMaxPlayerMoments]);
    return some;
}

// Every moment of every screen of `routine` in one size and language. The overview is
// drawn once a second for as long as it stays up (ticking the state and the clock), so
// pages that turn by themselves are all seen without knowing how paging is exposed.
inline void forEachMoment(LayoutProbe& probe, std::shared_ptr<const ContentPack> pack, const Routine& routine,
                   const std::string& language, const std::function<void(Moment&&)>& visit) {
    ShotRequest request;
    request.routineId = routine.id;
    request.language = language;
    request.width = int(probe.layout().width);
    request.height = int(probe.layout().height);

    request.screen = Screen::Home;
    auto home = shotState(pack, request);
    ASSERT_TRUE(home.ok()) << home.error().message;
    visit({"home", routine.id, Millis{0}, probe.report(*home, request, MonoTime{0})});
    // Home with a household: the names, "Today" and the routines apart.
    request.household = true;
    auto household = shotState(pack, request);
    ASSERT_TRUE(household.ok()) << household.error().message;
    visit({"home household", routine.id, Millis{0}, probe.report(*household, request, MonoTime{0})});
    request.household = false;
    // The profile picker, every step (once per size and language).
    if (routine.id == pack->routines.front().id) {
        request.screen = Screen::Profile;
        for (const char* step : {"name", "situation", "stage", "equipment", "level", "programme", "confirm"}) {
            request.pickerStep = step;
            auto picker = shotState(pack, request);
            ASSERT_TRUE(picker.ok()) << picker.error().message;
            visit({std::string("profile ") + step, routine.id, Millis{0}, probe.report(*picker, request, MonoTime{0})});
        }
        // The pairing page (the Q key), with the phone remote on and off.
        request.screen = Screen::Home;
        request.pairing = true;
        for (bool on : {true, false}) {
            request.remoteOn = on;
            auto pairing = shotState(pack, request);
            ASSERT_TRUE(pairing.ok()) << pairing.error().message;
            ASSERT_TRUE(pairing->pairingOpen());
            visit({on ? "pairing" : "pairing remote off", routine.id, Millis{0},
                   probe.report(*pairing, request, MonoTime{0})});
        }
        request.pairing = false;
        request.remoteOn = true;
    }

    request.screen = Screen::Overview;
    auto overview = shotState(pack, request);
    ASSERT_TRUE(overview.ok()) << overview.error().message;
    for (MonoTime now{0}; overview->screen() == Screen::Overview && now < Millis{600000}; now += Millis{1000}) {
        visit({"overview", routine.id, now, probe.report(*overview, request, now)});
        // As the run loop does: the screen's page count makes the pages turn and the start wait.
        overview->setOverviewPages(probe.lastView().overviewPages);
        overview->tick(now + Millis{1000});
    }

    request.screen.reset();
    Timeline tl = expandRoutine(routine, *pack);
    std::vector<std::pair<Millis, std::string>> moments = playerMoments(tl);
    moments.emplace_back(tl.total + Millis{1000}, "summary");
    for (auto& [at, name] : moments) {
        request.at = at;
        auto state = shotState(pack, request);
        ASSERT_TRUE(state.ok()) << state.error().message;
        visit({name, routine.id, at, probe.report(*state, request, at)});
    }
    // The how-to page of every exercise, opened during its first phase.
    std::set<int> seenItems;
    request.howTo = true;
    for (const Phase& p : tl.phases) {
        if (p.kind != PhaseKind::Work || !seenItems.insert(p.item).second) continue;
        request.at = p.start + Millis{500};
        auto state = shotState(pack, request);
        ASSERT_TRUE(state.ok()) << state.error().message;
        ASSERT_TRUE(state->howToOpen());
        visit({"how-to", routine.id, request.at, probe.report(*state, request, request.at)});
    }
}

}  // namespace mc::test
