#pragma once
// The home screen's list of routines as a pure model: the routines grouped by focus
// (groups in the order their first routine appears), the selected routine's position,
// jumps between groups, and which rows a screen of a given height shows. Kept apart
// from drawing so "every routine reachable, no orphan header" is tested without pixels.
#include <set>
#include <string>
#include <vector>

#include "core/Content.h"

namespace mc {

// One row of the list: a group's header or a routine (an index into the pack's routines).
struct HomeRow {
    bool header = false;
    int routine = -1;   // -1 for a header
    std::string focus;  // the group this row belongs to
    bool operator==(const HomeRow&) const = default;
};

// The rows a screen shows, and how many routines are out of sight above and below.
struct HomeWindow {
    std::vector<HomeRow> rows;
    int hiddenAbove = 0;
    int hiddenBelow = 0;
};

class HomeList {
public:
    // The names of the two groups that are not a focus: the routine suggested today
    // (listed first, alone) and the routines that do not suit the person (listed last).
    static constexpr const char* kSuggestedGroup = "@today";
    static constexpr const char* kApartGroup = "@apart";

    HomeList() = default;
    // `first`: the routine listed first in its own group ("" for none); `apart`: routine
    // ids listed last, in their own group.
    explicit HomeList(const ContentPack& pack, const std::string& first = "", const std::set<std::string>& apart = {});

    // Routine indices in display order.
    const std::vector<int>& order() const { return order_; }
    int count() const { return static_cast<int>(order_.size()); }
    // 1-based position of a routine in display order ("7 of 20"); 0 if it is not listed.
    int positionOf(int routine) const;

    // The routine `delta` steps away in display order, wrapping past either end.
    int step(int routine, int delta) const;
    // The first routine of the next / previous group, wrapping from the last group to
    // the first and back. With a single group both return that group's first routine.
    int nextGroup(int routine) const;
    int previousGroup(int routine) const;

    // At most `rowsThatFit` rows that always include `selected` (when listed). The window
    // never ends with a header whose first routine is cut off, and when it starts inside
    // a group that group's header is repeated as the first row. With room for one row only
    // the selected routine is shown, without its header.
    HomeWindow window(int selected, int rowsThatFit) const;

private:
    int groupOf(int routine) const;  // index into groupStarts_, -1 if not listed

    std::vector<int> order_;
    std::vector<HomeRow> rows_;         // every header and routine, top to bottom
    std::vector<int> groupStarts_;      // position in order_ of each group's first routine
    std::vector<std::string> groupFocus_;
};

}  // namespace mc
