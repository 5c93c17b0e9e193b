#include "mirror/HomeList.h"

#include <algorithm>

namespace mc {

HomeList::HomeList(const ContentPack& pack, const std::string& first, const std::set<std::string>& apart) {
    // The group each routine is listed in: the suggested one first, the unsuitable ones last.
    auto groupOfRoutine = [&](const Routine& r) {
        if (!first.empty() && r.id == first) return std::string(kSuggestedGroup);
        if (apart.count(r.id)) return std::string(kApartGroup);
        return r.focus;
    };
    std::vector<std::string> foci;
    for (const Routine& r : pack.routines)
        if (r.id == first) foci.push_back(kSuggestedGroup);
    for (const Routine& r : pack.routines) {
        const std::string g = groupOfRoutine(r);
        if (g != kApartGroup && std::find(foci.begin(), foci.end(), g) == foci.end()) foci.push_back(g);
    }
    if (!apart.empty()) foci.push_back(kApartGroup);
    for (const std::string& focus : foci) {
        const size_t before = order_.size();
        for (size_t i = 0; i < pack.routines.size(); ++i) {
            if (groupOfRoutine(pack.routines[i]) != focus) continue;
            if (order_.size() == before) {
                groupStarts_.push_back(static_cast<int>(order_.size()));
                groupFocus_.push_back(focus);
                rows_.push_back({true, -1, focus});
            }
            order_.push_back(static_cast<int>(i));
            rows_.push_back({false, static_cast<int>(i), focus});
        }
    }
}

int HomeList::positionOf(int routine) const {
    auto it = std::find(order_.begin(), order_.end(), routine);
    return it == order_.end() ? 0 : static_cast<int>(it - order_.begin()) + 1;
}

int HomeList::step(int routine, int delta) const {
    if (order_.empty()) return routine;
    int pos = std::max(0, positionOf(routine) - 1);
    int n = count();
    return order_[((pos + delta) % n + n) % n];
}

int HomeList::groupOf(int routine) const {
    int pos = positionOf(routine) - 1;
    if (pos < 0) return -1;
    auto it = std::upper_bound(groupStarts_.begin(), groupStarts_.end(), pos);
    return static_cast<int>(it - groupStarts_.begin()) - 1;
}

int HomeList::nextGroup(int routine) const {
    if (order_.empty()) return routine;
    int g = groupOf(routine);
    int n = static_cast<int>(groupStarts_.size());
    return order_[groupStarts_[g < 0 ? 0 : (g + 1) % n]];
}

int HomeList::previousGroup(int routine) const {
    if (order_.empty()) return routine;
    int g = groupOf(routine);
    int n = static_cast<int>(groupStarts_.size());
    return order_[groupStarts_[g < 0 ? 0 : (g - 1 + n) % n]];
}

HomeWindow HomeList::window(int selected, int rowsThatFit) const {
    HomeWindow w;
    const int total = static_cast<int>(rows_.size());
    int selRow = -1;
    for (int i = 0; i < total; ++i)
        if (!rows_[i].header && rows_[i].routine == selected) selRow = i;
    if (total == 0 || rowsThatFit <= 0) {
        w.hiddenBelow = count();
        return w;
    }
    if (selRow < 0) selRow = 1;  // not listed: show the top of the list

    // Rows from `start`, with the group's header first when `start` is inside a group,
    // and no header left last without its first routine.
    auto build = [&](int start, int& last) {
        std::vector<HomeRow> rows;
        if (!rows_[start].header && rowsThatFit > 1) rows.push_back({true, -1, rows_[start].focus});
        int i = start;
        for (; i < total && static_cast<int>(rows.size()) < rowsThatFit; ++i) rows.push_back(rows_[i]);
        last = i - 1;
        while (!rows.empty() && rows.back().header) {
            rows.pop_back();
            --last;
        }
        return rows;
    };

    // Keep the selection near the middle, as close to a full window as the ends allow.
    int start = std::clamp(selRow - rowsThatFit / 2, 0, std::max(0, total - rowsThatFit));
    if (rowsThatFit == 1) start = selRow;
    int last = start;
    for (;; ++start) {
        w.rows = build(start, last);
        if (last >= selRow || start >= selRow) break;
    }
    for (int i = 0; i < start; ++i) w.hiddenAbove += rows_[i].header ? 0 : 1;
    for (int i = last + 1; i < total; ++i) w.hiddenBelow += rows_[i].header ? 0 : 1;
    return w;
}

}  // namespace mc
