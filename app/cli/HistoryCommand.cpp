// `mirrorcoach history`: prints the session log (text or CSV) with this week's
// count and the streak, or deletes it after confirmation (`--reset`, `--yes`).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/Commands.h"
#include "platform/store/HistoryStore.h"
#include "platform/store/WallClock.h"
#include "platform/system/StatePaths.h"
#include "progress/CalendarWeek.h"
#include "progress/WeekProgress.h"

namespace mc {
namespace {
namespace fs = std::filesystem;

std::string offsetText(std::int32_t offset) {
    char text[16];
    int minutes = std::abs(offset) / 60;
    std::snprintf(text, sizeof text, "%c%02d:%02d", offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
    return text;
}

// ISO 8601 local time with its offset, as the session was lived: 2026-11-23T07:30:00+03:00.
std::string localIso(WallTime t) {
    LocalDateTime d = localDateTimeOf(t);
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d%s", d.year, d.month, d.day, d.hour, d.minute,
                  d.second, offsetText(t.utcOffsetSeconds).c_str());
    return text;
}

std::string csvField(const std::string& value) {
    if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

// The profile's name for a session ("" before profiles, or when it was removed).
std::string profileName(const std::vector<Profile>& profiles, std::int64_t id) {
    for (const Profile& p : profiles)
        if (p.id == id) return p.name;
    return "";
}

void printCsv(const std::vector<SessionRecord>& sessions, const std::vector<Profile>& profiles) {
    std::printf("id,routine_id,content_version,started_utc,ended_utc,utc_offset_s,started_local,"
                "active_s,completed_items,total_items,stopped_early,profile_id,profile,programme_id\n");
    for (const SessionRecord& s : sessions) {
        std::printf("%lld,%s,%s,%lld,%lld,%d,%s,%lld,%d,%d,%d,%lld,%s,%s\n", static_cast<long long>(s.id),
                    csvField(s.routineId).c_str(), csvField(s.contentVersion).c_str(),
                    static_cast<long long>(s.startedUtc), static_cast<long long>(s.endedUtc), s.utcOffsetSeconds,
                    localIso(s.localStart()).c_str(), static_cast<long long>(s.activeSeconds), s.completedItems,
                    s.totalItems, s.stoppedEarly ? 1 : 0, static_cast<long long>(s.profileId),
                    csvField(profileName(profiles, s.profileId)).c_str(), csvField(s.programmeId).c_str());
    }
}

void printTable(const std::vector<SessionRecord>& sessions, const fs::path& file, int goal) {
    static const char* kWeekdays[] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    std::printf("Session history in %s\n", file.c_str());
    if (sessions.empty()) std::printf("No sessions recorded yet.\n");
    for (const SessionRecord& s : sessions) {
        LocalDateTime d = localDateTimeOf(s.localStart());
        std::string items = s.totalItems > 0 ? std::to_string(s.completedItems) + "/" + std::to_string(s.totalItems)
                                             : std::to_string(s.completedItems);
        std::printf("%s %04d-%02d-%02d %02d:%02d %s  %-28s active %3lld:%02lld  %5s items  %s\n", kWeekdays[d.weekday],
                    d.year, d.month, d.day, d.hour, d.minute, offsetText(s.utcOffsetSeconds).c_str(),
                    s.routineId.c_str(), static_cast<long long>(s.activeSeconds / 60),
                    static_cast<long long>(s.activeSeconds % 60), items.c_str(),
                    s.stoppedEarly ? "stopped early" : "finished");
    }
    WeekProgress week = computeWeekProgress(sessions, wallTimeNow(), goal, {});
    std::printf("This week: %d of %d sessions. Streak: %d week%s meeting the goal.\n", week.done, week.goal,
                week.streakWeeks, week.streakWeeks == 1 ? "" : "s");
}

bool confirmed(std::size_t count, const fs::path& file) {
    std::printf("Delete all %zu recorded session%s in %s? This cannot be undone. Type 'yes' to confirm: ", count,
                count == 1 ? "" : "s", file.c_str());
    std::fflush(stdout);
    std::string answer;
    if (!std::getline(std::cin, answer)) {
        std::printf("\n");
        return false;
    }
    while (!answer.empty() && (answer.back() == '\r' || answer.back() == ' ')) answer.pop_back();
    return answer == "yes" || answer == "y" || answer == "YES" || answer == "Y";
}

struct HistoryOptions {
    std::string stateDir;
    bool csv = false;
    bool reset = false;
    bool yes = false;
    int goal = 3;
};

int runHistory(const HistoryOptions& options) {
    // The same lookup as the run loop: --state-dir, $STATE_DIRECTORY, $XDG_STATE_HOME, ~/.local/state.
    auto stateDir = chooseStateDirectory(options.stateDir, processEnvironment());
    if (!stateDir) {
        std::fprintf(stderr, "mirrorcoach history: %s\n", stateDir.error().message.c_str());
        return kExitFailure;
    }
    auto store = HistoryStore::open(*stateDir);
    if (!store) {
        std::fprintf(stderr, "mirrorcoach history: %s\n", store.error().message.c_str());
        return kExitFailure;
    }
    auto sessions = store->sessions();
    if (!sessions) {
        std::fprintf(stderr, "mirrorcoach history: %s\n", sessions.error().message.c_str());
        return kExitFailure;
    }
    if (!options.reset) {
        if (options.csv) {
            auto profiles = store->profiles(wallTimeNow().utcSeconds);
            if (!profiles) {
                std::fprintf(stderr, "mirrorcoach history: %s\n", profiles.error().message.c_str());
                return kExitFailure;
            }
            printCsv(*sessions, *profiles);
        } else {
            printTable(*sessions, store->path(), options.goal);
        }
        return kExitOk;
    }
    if (sessions->empty()) {
        std::printf("The history in %s is already empty.\n", store->path().c_str());
        return kExitOk;
    }
    if (!options.yes && !confirmed(sessions->size(), store->path())) {
        std::printf("Nothing deleted.\n");
        return kExitFailure;
    }
    auto deleted = store->reset();
    if (!deleted) {
        std::fprintf(stderr, "mirrorcoach history: %s\n", deleted.error().message.c_str());
        return kExitFailure;
    }
    std::printf("Deleted %d session%s from %s.\n", *deleted, *deleted == 1 ? "" : "s", store->path().c_str());
    return kExitOk;
}

}  // namespace

void addHistoryCommand(CommandRegistry& registry) {
    auto options = std::make_shared<HistoryOptions>();
    CLI::App* sub = registry.add("history", "Print the log of recorded sessions, or delete it with --reset",
                                 [options] { return runHistory(*options); });
    sub->add_option("--state-dir", options->stateDir,
                    "Directory of history.sqlite3 (default: $STATE_DIRECTORY, else $XDG_STATE_HOME/mirrorcoach, "
                    "else ~/.local/state/mirrorcoach)");
    CLI::Option* csv = sub->add_flag("--csv", options->csv, "Print CSV (one row per session) instead of a table");
    CLI::Option* reset = sub->add_flag("--reset", options->reset, "Delete every recorded session (asks first)");
    sub->add_flag("--yes", options->yes, "With --reset: do not ask for confirmation")->needs(reset);
    sub->add_option("--goal", options->goal, "Weekly goal used for the summary line")
        ->check(CLI::Range(1, 50))
        ->excludes(csv);
    reset->excludes(csv);
}

}  // namespace mc
