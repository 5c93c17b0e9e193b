#include "loop/TodayAdvice.h"

#include "progress/CalendarWeek.h"
#include "ui/Screens.h"

namespace mc {
namespace {

std::string filled(std::string_view pattern, const std::vector<int>& numbers) {
    std::string out(pattern);
    for (size_t i = 0; i < numbers.size(); ++i) {
        const std::string mark = "{" + std::to_string(i + 1) + "}";
        if (size_t at = out.find(mark); at != std::string::npos) out.replace(at, mark.size(), std::to_string(numbers[i]));
    }
    return out;
}

// Upper-cases a leading ASCII letter ("needs dumbbells" -> "Needs dumbbells").
std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

}  // namespace

std::string todayLine(const TodaySuggestion& today, const WallTime& now, const Locale& t) {
    if (!today.position) return "";
    const ProgrammePosition& p = *today.position;
    switch (p.rest) {
    case ProgrammePosition::Rest::None:
        if (p.finished && today.routineId.empty()) return t[UiKey::ProgrammeDone];
        return filled(t[UiKey::TodayProgramme], {p.week, p.session, p.sessionsPerWeek});
    case ProgrammePosition::Rest::DoneForToday: return t[UiKey::DoneForToday];
    case ProgrammePosition::Rest::BetweenDays:
    case ProgrammePosition::Rest::WeekComplete: {
        const auto days = p.nextSessionDay - localDayNumber(now);
        if (days <= 1) return t[UiKey::RestDayTomorrow];
        return filled(t[UiKey::RestDayLater], {static_cast<int>(days)});
    }
    }
    return "";
}

std::string unsuitableLine(const Unsuitability& reason, const Profile& who, const Locale& t,
                           const std::string& language) {
    std::string why = describeUnsuitability(reason, language);
    if (reason.kind == Unsuitability::Kind::Avoid) return situationLabel(who.situation, t) + ": " + why;
    return capitalised(why);
}

HomeAdvice adviceFor(const TodaySuggestion& today, const Profile& who, const WallTime& now, const Locale& t,
                     const std::string& language) {
    HomeAdvice a;
    a.suggestedRoutine = today.routineId;
    a.todayLine = todayLine(today, now, t);
    a.programmeId = today.programmeId;
    a.doseScale = today.doseScale;
    for (const UnsuitableRoutine& u : today.unsuitable)
        if (!u.verdict.reasons.empty()) a.unsuitable[u.routineId] = unsuitableLine(u.verdict.reasons.front(), who, t, language);
    return a;
}

std::vector<std::string> presetProfileNames(const Locale& t) {
    std::vector<std::string> names;
    for (int n = 1; n <= 4; ++n) names.push_back(filled(t[UiKey::PersonN], {n}));
    return names;
}

}  // namespace mc
