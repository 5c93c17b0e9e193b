#pragma once
// A person's day at the mirror as timed key presses: morning and evening routines,
// pauses, skips, a routine stopped early, browsing without starting, and a key pressed
// in the night. Times are simulated seconds since the start of the day being soaked.
#include <cstdint>
#include <map>
#include <vector>

#include "mirror/MirrorState.h"

namespace mc::test_support {

struct ScriptedPress {
    int64_t atSecond = 0;
    Action action = Action::Next;
};

class DayScript {
public:
    // Visits: a key to wake the mirror, `browse` presses to pick a routine, Select to open
    // it (the overview then starts it by itself), optionally a pause, skips or a stop.
    struct Visit {
        int64_t atSecond = 0;
        int browse = 0;
        bool start = true;        // false: only look around, then leave it idle
        bool pause = false;       // pause for a minute, two minutes in
        int skips = 0;            // phases skipped five minutes in
        bool stopEarly = false;   // Back twice eight minutes in
    };

    void add(const Visit& v) {
        int64_t t = v.atSecond;
        press(t, Action::Next);  // wakes the display if it is dark (that key only wakes it)
        for (int i = 0; i < v.browse; ++i) press(t + 3 + i, Action::Next);
        if (!v.start) return;
        press(t + 10, Action::Select);  // open the overview; it starts the routine after 20 s
        if (v.pause) {
            press(t + 150, Action::Select);
            press(t + 210, Action::Select);
        }
        for (int i = 0; i < v.skips; ++i) press(t + 300 + i, Action::Next);
        if (v.stopEarly) {
            press(t + 480, Action::Back);
            press(t + 481, Action::Back);
        }
    }

    // Presses due at or before `second`, removed from the script.
    std::vector<Action> takeDue(int64_t second) {
        std::vector<Action> due;
        while (!presses_.empty() && presses_.begin()->first <= second) {
            due.push_back(presses_.begin()->second);
            presses_.erase(presses_.begin());
        }
        return due;
    }

    // The second of the next press, or -1 when the script is done.
    int64_t nextSecond() const { return presses_.empty() ? -1 : presses_.begin()->first; }

private:
    void press(int64_t second, Action action) { presses_.emplace(second, action); }
    std::multimap<int64_t, Action> presses_;
};

}  // namespace mc::test_support
