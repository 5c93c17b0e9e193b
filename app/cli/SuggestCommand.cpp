// `mirrorcoach suggest --profile NAME`: what the home screen would offer that person
// today, and why: the programme position or the rule used, the routine, and every
// routine that does not suit them with the reason. Reads the history; changes nothing.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/HouseholdConfig.h"
#include "locale/Locale.h"
#include "loop/TodayAdvice.h"
#include "platform/files/ConfigFile.h"
#include "platform/store/HistoryStore.h"
#include "platform/store/WallClock.h"
#include "platform/system/StatePaths.h"
#include "progress/TodaySuggestion.h"

namespace mc {
namespace {

struct SuggestOptions {
    std::string profile;
    std::string stateDir;
    std::string content;
    std::string config;
};

const char* why(TodaySuggestion::Reason r) {
    using R = TodaySuggestion::Reason;
    switch (r) {
    case R::ProgrammeNext: return "the next session of the programme";
    case R::ProgrammeStandIn: return "the programme's routine for this session does not suit; another routine of the same stage";
    case R::RestDay: return "the programme rests today";
    case R::ProgrammeRoutineUnsuitable: return "no routine of the programme's stage suits; the suitable routine not done for the longest";
    case R::ProgrammeUnsuitable: return "the profile's programme does not suit it, so it is ignored; the suitable routine not done for the longest";
    case R::ProgrammeMissing: return "the profile's programme is not in the content; the suitable routine not done for the longest";
    case R::LeastRecentlyDone: return "no programme: the suitable routine not done for the longest";
    case R::NothingSuitable: return "no routine suits this profile";
    }
    return "";
}

const Routine* routineOf(const ContentPack& pack, const std::string& id) {
    for (const Routine& r : pack.routines)
        if (r.id == id) return &r;
    return nullptr;
}

// The person: stored, with the config's section applied (as the mirror does on start).
std::optional<Profile> findProfile(const std::string& name, const std::vector<Profile>& stored, const Config& config,
                                   std::string& known) {
    const Profile* found = nullptr;
    for (const Profile& p : stored) {
        known += (known.empty() ? "" : ", ") + p.name;
        if (p.name == name) found = &p;
    }
    for (const ProfileConfig& section : config.profiles) {
        if (!found || section.name == name) known += (known.empty() ? "" : ", ") + section.name;
        if (section.name == name) return withConfig(found, section);
    }
    if (found) return *found;
    return std::nullopt;
}

int runSuggest(const SuggestOptions& o) {
    const bool explicitConfig = !o.config.empty();
    ConfigLoad load = loadConfigFile(explicitConfig ? o.config : kDefaultConfigPath, explicitConfig);
    logConfigProblems(load);
    const Config& config = load.config;
    auto pack = loadContent(o.content.empty() ? config.content.bundled_path : o.content);
    if (!pack) {
        std::fprintf(stderr, "mirrorcoach suggest: %s\n", pack.error().message.c_str());
        return kExitFailure;
    }
    auto stateDir = chooseStateDirectory(o.stateDir.empty() ? config.content.state_dir : o.stateDir, processEnvironment());
    if (!stateDir) {
        std::fprintf(stderr, "mirrorcoach suggest: %s\n", stateDir.error().message.c_str());
        return kExitFailure;
    }
    auto store = HistoryStore::open(*stateDir);
    if (!store) {
        std::fprintf(stderr, "mirrorcoach suggest: %s\n", store.error().message.c_str());
        return kExitFailure;
    }
    const WallTime now = wallTimeNow();
    auto stored = store->profiles(now.utcSeconds);
    auto history = stored ? store->sessions() : Result<std::vector<SessionRecord>>(stored.error());
    if (!history) {
        std::fprintf(stderr, "mirrorcoach suggest: %s\n", history.error().message.c_str());
        return kExitFailure;
    }
    std::string known;
    std::optional<Profile> who = findProfile(o.profile, *stored, config, known);
    if (!who) {
        std::fprintf(stderr, "mirrorcoach suggest: no profile '%s' (known: %s)\n", o.profile.c_str(),
                     known.empty() ? "none yet; add one on the mirror or as [profile.<name>] in the config" : known.c_str());
        return kExitFailure;
    }

    const ContentPack& content = **pack;
    const Locale& t = localeFor("en");
    TodaySuggestion today = suggestToday(*who, content, *history, now, config.progress.weekly_goal);
    std::string stage;
    if (who->situation == Situation::Pregnancy) stage = ", trimester " + std::to_string(who->trimester);
    if (who->situation == Situation::Postpartum) stage = ", " + std::to_string(who->weeksSinceBirth) + " weeks since birth";
    std::string equipment;
    for (const std::string& e : who->equipment) equipment += (equipment.empty() ? "" : ", ") + e;
    std::printf("Profile: %s (%s%s; level %s; equipment: %s)\n", who->name.c_str(),
                std::string(situationName(who->situation)).c_str(), stage.c_str(),
                std::string(levelName(who->level)).c_str(), equipment.empty() ? "none" : equipment.c_str());
    if (!today.programmeId.empty()) {
        std::printf("Programme: %s\n", today.programmeId.c_str());
        std::printf("%s\n", todayLine(today, now, t).c_str());
    } else if (!who->programmeId.empty()) {
        std::printf("Programme: %s (not followed)\n", who->programmeId.c_str());
    }
    if (const Routine* r = routineOf(content, today.routineId)) {
        std::printf("Today: %s \xE2\x80\x94 %s\n", r->id.c_str(), r->title.in("en").c_str());
        if (today.doseScale != 1.0) std::printf("Doses: %.0f%% of the routine's\n", today.doseScale * 100);
    } else {
        std::printf("Today: nothing to start\n");
    }
    std::printf("Why: %s (%s)\n", why(today.reason), std::string(reasonName(today.reason)).c_str());
    std::printf("Weekly goal: %d sessions\n", today.weeklyGoal);
    if (!today.unsuitable.empty()) {
        std::printf("Not suitable for %s:\n", who->name.c_str());
        for (const UnsuitableRoutine& u : today.unsuitable) {
            std::string reasons;
            for (const Unsuitability& reason : u.verdict.reasons)
                reasons += (reasons.empty() ? "" : "; ") + unsuitableLine(reason, *who, t, "en");
            std::printf("  %-28s %s\n", u.routineId.c_str(), reasons.c_str());
        }
    }
    return kExitOk;
}

}  // namespace

void addSuggestCommand(CommandRegistry& registry) {
    auto options = std::make_shared<SuggestOptions>();
    CLI::App* sub = registry.add("suggest", "Print today's session for a profile and why (reads the history, changes nothing)",
                                 [options] { return runSuggest(*options); });
    sub->add_option("--profile", options->profile, "The person's profile name")->required();
    sub->add_option("--state-dir", options->stateDir, "Directory of history.sqlite3 (default: as `history`)");
    sub->add_option("--content", options->content, "Content pack folder (default: the installed or bundled pack)");
    sub->add_option("--config", options->config,
                    "Configuration file for [profile.*] and the weekly goal (default: /etc/mirrorcoach/config.toml if present)");
}

}  // namespace mc
