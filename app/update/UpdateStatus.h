#pragma once
// What the home screen says about updates: one calm line, e.g.
//   "Content v7 · up to date"
//   "Content v7 · updating…"
//   "Content v7 · last check failed at 14:05 — server did not answer"
#include <cstdint>
#include <string>

#include "locale/Locale.h"

namespace mc {

struct UpdateStatus {
    enum class State {
        NotChecked,  // updates configured, no check finished yet
        UpToDate,    // the last check succeeded (nothing new, or the new pack is installed)
        Updating,    // a check or download is running
        Failed,      // the last check failed; current content keeps working
        Disabled,    // no manifest URL configured
    };
    State state = State::NotChecked;
    std::string contentVersion;  // version of the content on screen ("7", or "bundled")
    std::string failedAt;        // "HH:MM", local time of the last failure
    std::string reason;          // short reason of the last failure
    bool updateReady = false;    // a new version waits for the home screen
    int64_t lastCheckUtc = 0;    // when the last check finished (Unix time), 0 before the first
    bool operator==(const UpdateStatus&) const = default;
};

// In the screen's language; English by default (the CLI and the log).
std::string statusLine(const UpdateStatus& status, const Locale& words = localeFor("en"));

}  // namespace mc
