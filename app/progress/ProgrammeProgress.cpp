#include "progress/ProgrammeProgress.h"

#include <algorithm>
#include <limits>

#include "progress/CalendarWeek.h"
#include "progress/WeekProgress.h"

namespace mc {
namespace {

struct StageAt {
    std::size_t stage = 0;
    int weekInStage = 0;  // 0-based
};

int totalWeeksOf(const Programme& programme) {
    int total = 0;
    for (const ProgrammeStage& stage : programme.stages) total += std::max(stage.weeks, 1);
    return total;
}

// The stage holding overall week `week` (0-based); past the end, the last week of the last stage.
StageAt stageAt(const Programme& programme, int week) {
    for (std::size_t i = 0; i < programme.stages.size(); ++i) {
        const int weeks = std::max(programme.stages[i].weeks, 1);
        if (week < weeks) return {i, week};
        week -= weeks;
    }
    return {programme.stages.size() - 1, std::max(programme.stages.back().weeks, 1) - 1};
}

// Walking the history session by session; see the rules in the header.
class Walk {
public:
    explicit Walk(const Programme& programme) : programme_(programme), total_(totalWeeksOf(programme)) {}

    const ProgrammeStage& stage() const { return programme_.stages[stageAt(programme_, week_).stage]; }
    int perWeek() const { return std::max(stage().sessionsPerWeek, 1); }
    int perDay() const { return std::max(stage().sessionsPerDay, 1); }

    ProgrammePosition::Rest restOn(std::int64_t day) const {
        if (done_ == 0 && opens_ != kNone && day < opens_) return ProgrammePosition::Rest::WeekComplete;
        if (lastDay_ != kNone) {
            if (day <= lastDay_) return onLastDay_ < perDay() ? ProgrammePosition::Rest::None
                                                              : ProgrammePosition::Rest::DoneForToday;
            if (day - lastDay_ - 1 < std::max(stage().restDaysBetween, 0))
                return ProgrammePosition::Rest::BetweenDays;
        }
        return ProgrammePosition::Rest::None;
    }

    // A long gap before `day` steps back one week.
    void gapBefore(std::int64_t day) {
        if (lastDay_ == kNone || day - lastDay_ <= kProgrammeGapDays) return;
        week_ = std::max(std::min(week_, total_) - 1, 0);
        done_ = 0;
        lastDay_ = kNone;
        opens_ = kNone;
        onLastDay_ = 0;
        ++stepsBack_;
    }

    void session(std::int64_t day) {
        gapBefore(day);
        if (restOn(day) != ProgrammePosition::Rest::None) return;  // extra practice
        started_ = true;
        if (done_ == 0) weekStart_ = day;
        if (lastDay_ != kNone && day <= lastDay_) ++onLastDay_;
        else {
            lastDay_ = day;
            onLastDay_ = 1;
        }
        if (++done_ >= perWeek()) {
            opens_ = weekStart_ + 7;
            done_ = 0;
            week_ = std::min(week_ + 1, total_);
        }
    }

    ProgrammePosition position(std::int64_t today) const {
        ProgrammePosition p;
        const StageAt at = stageAt(programme_, week_);
        const ProgrammeStage& s = programme_.stages[at.stage];
        p.stage = at.stage;
        p.weekInStage = at.weekInStage + 1;
        p.totalWeeks = total_;
        p.finished = week_ >= total_;
        p.week = std::min(week_, total_ - 1) + 1;
        p.sessionsPerWeek = perWeek();
        p.session = done_ + 1;
        p.doneToday = lastDay_ == today ? onLastDay_ : 0;
        if (!s.routines.empty()) {
            const std::size_t index = static_cast<std::size_t>(at.weekInStage * perWeek() + done_);
            p.routineId = s.routines[index % s.routines.size()];
        }
        p.doseScale = s.doseScale;
        p.rest = restOn(today);
        p.nextSessionDay = today;
        while (restOn(p.nextSessionDay) != ProgrammePosition::Rest::None) ++p.nextSessionDay;
        p.started = started_;
        p.stepsBack = stepsBack_;
        return p;
    }

private:
    const Programme& programme_;
    int total_;
    int week_ = 0;   // 0-based overall; total_ once finished
    int done_ = 0;   // sessions that advanced in this programme week
    std::int64_t weekStart_ = 0;          // first session day of this programme week
    // Plain numbers with a sentinel rather than std::optional: GCC warns falsely about the latter here.
    static constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();
    std::int64_t opens_ = kNone;    // the first day this week may start (done_ == 0)
    std::int64_t lastDay_ = kNone;  // the last day a session advanced
    int onLastDay_ = 0;
    int stepsBack_ = 0;
    bool started_ = false;
};

}  // namespace

ProgrammePosition programmeProgress(const Programme& programme, const std::vector<SessionRecord>& history,
                                    std::int64_t profileId, WallTime now) {
    if (programme.stages.empty()) return {};
    std::vector<const SessionRecord*> mine;
    for (const SessionRecord& s : history) {
        if (s.profileId == profileId && s.programmeId == programme.id && countsTowardGoal(s)) mine.push_back(&s);
    }
    std::sort(mine.begin(), mine.end(), [](const SessionRecord* a, const SessionRecord* b) {
        return a->startedUtc != b->startedUtc ? a->startedUtc < b->startedUtc : a->id < b->id;
    });
    Walk walk(programme);
    for (const SessionRecord* s : mine) walk.session(localDayNumber(s->localStart()));
    const std::int64_t today = localDayNumber(now);
    walk.gapBefore(today);
    return walk.position(today);
}

}  // namespace mc
