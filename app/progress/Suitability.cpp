#include "progress/Suitability.h"

#include <algorithm>
#include <set>

namespace mc {
namespace {

bool inRange(int value, const std::optional<int>& from, const std::optional<int>& to) {
    return (!from || value >= *from) && (!to || value <= *to);
}

void add(SuitabilityVerdict& into, const SuitabilityVerdict& from, const std::string& exerciseId) {
    for (Unsuitability reason : from.reasons) {
        if (reason.exerciseId.empty()) reason.exerciseId = exerciseId;
        into.reasons.push_back(std::move(reason));
    }
}

// Following one kind of link (easier or harder) until a suitable exercise; a chain
// that loops stops where it started.
std::string followChain(const ContentPack& pack, const Exercise& from, bool easier, const Profile& profile) {
    std::set<std::string> seen{from.id};
    const Exercise* at = &from;
    while (true) {
        const std::string& next = easier ? at->easier : at->harder;
        if (next.empty() || !seen.insert(next).second) return "";
        at = pack.exercise(next);
        if (!at) return "";
        if (checkExercise(*at, profile).suits()) return at->id;
    }
}

struct Words {
    std::string_view name, en, ru;
};

// Content names as a person reads them; unknown names stay as they are.
constexpr Words kWords[] = {
    {"general", "a healthy back", "здоровая спина"},
    {"back-pain-acute", "acute back pain", "острая боль в спине"},
    {"back-pain-recovering", "recovering from back pain", "восстановление после боли в спине"},
    {"herniated-disc", "a herniated disc", "грыжа диска"},
    {"pregnancy", "pregnancy", "беременность"},
    {"postpartum", "after childbirth", "после родов"},
    {"strength", "strength training", "силовые тренировки"},
    {"gentle", "gentle", "щадящий"},
    {"beginner", "beginner", "начальный"},
    {"intermediate", "intermediate", "средний"},
    {"chair", "a chair", "стул"},
    {"dumbbells", "dumbbells", "гантели"},
    {"bar", "a bar", "турник"},
    {"bench", "a bench", "скамья"},
    {"fitball", "a gym ball", "фитбол"},
    {"wall", "a wall", "стена"},
    {"towel", "a towel", "полотенце"},
    {"pillow", "a pillow", "подушка"},
    {"strap", "a strap", "ремень"},
};

std::string wordsFor(std::string_view names, bool ru) {
    std::string out;
    while (!names.empty()) {
        const std::size_t comma = names.find(", ");
        const std::string_view name = names.substr(0, comma);
        std::string_view word = name;
        for (const Words& w : kWords)
            if (w.name == name) word = ru ? w.ru : w.en;
        out += (out.empty() ? "" : ", ") + std::string(word);
        names = comma == std::string_view::npos ? std::string_view{} : names.substr(comma + 2);
    }
    return out;
}

}  // namespace

bool alwaysAtHand(std::string_view equipment) {
    for (std::string_view item : {"none", "mat", "wall", "towel", "pillow", "strap"})
        if (equipment == item) return true;
    return false;
}

bool hasEquipment(const Profile& profile, std::string_view equipment) {
    return alwaysAtHand(equipment) ||
           std::find(profile.equipment.begin(), profile.equipment.end(), equipment) != profile.equipment.end();
}

bool conditionMatches(const AudienceCondition& condition, const Profile& profile) {
    if (condition.situation != profile.situation) return false;
    switch (profile.situation) {
    case Situation::Pregnancy: return inRange(profile.trimester, condition.fromTrimester, condition.toTrimester);
    case Situation::Postpartum: return inRange(profile.weeksSinceBirth, condition.fromWeek, condition.toWeek);
    default: return true;
    }
}

SuitabilityVerdict checkDeclaration(const Suitability& declared, const Profile& profile) {
    SuitabilityVerdict verdict;
    for (const AudienceExclusion& avoid : declared.avoid) {
        if (conditionMatches(avoid.when, profile))
            verdict.reasons.push_back({Unsuitability::Kind::Avoid, avoid.reason, "", ""});
    }
    if (!declared.suits.empty() &&
        std::none_of(declared.suits.begin(), declared.suits.end(),
                     [&](const AudienceCondition& c) { return conditionMatches(c, profile); })) {
        std::string names;
        for (const AudienceCondition& c : declared.suits) {
            std::string name{situationName(c.situation)};
            if (names.find(name) != std::string::npos) continue;
            names += (names.empty() ? "" : ", ") + name;
        }
        verdict.reasons.push_back({Unsuitability::Kind::MeantForOthers, {}, names, ""});
    }
    if (declared.minLevel && profile.level < *declared.minLevel)
        verdict.reasons.push_back({Unsuitability::Kind::Level, {}, std::string{levelName(*declared.minLevel)}, ""});
    return verdict;
}

SuitabilityVerdict checkExercise(const Exercise& exercise, const Profile& profile) {
    SuitabilityVerdict verdict = checkDeclaration(exercise.suitability, profile);
    for (const std::string& item : exercise.equipment) {
        if (!hasEquipment(profile, item))
            verdict.reasons.push_back({Unsuitability::Kind::Equipment, {}, item, ""});
    }
    for (Unsuitability& reason : verdict.reasons) reason.exerciseId = exercise.id;
    return verdict;
}

std::string suitableStandIn(const ContentPack& pack, std::string_view exerciseId, const Profile& profile) {
    const Exercise* exercise = pack.exercise(exerciseId);
    if (!exercise) return "";
    if (checkExercise(*exercise, profile).suits()) return exercise->id;
    if (std::string easier = followChain(pack, *exercise, true, profile); !easier.empty()) return easier;
    return followChain(pack, *exercise, false, profile);
}

SuitabilityVerdict checkRoutine(const Routine& routine, const ContentPack& pack, const Profile& profile) {
    SuitabilityVerdict verdict = checkDeclaration(routine.suitability, profile);
    std::set<std::string> checked;
    for (const RoutineItem& item : routine.items) {
        if (!checked.insert(item.exercise).second) continue;
        const Exercise* exercise = pack.exercise(item.exercise);
        if (!exercise || !suitableStandIn(pack, item.exercise, profile).empty()) continue;
        add(verdict, checkExercise(*exercise, profile), exercise->id);
    }
    return verdict;
}

SuitabilityVerdict checkProgramme(const Programme& programme, const Profile& profile) {
    return checkDeclaration(programme.suitability, profile);
}

std::string describeUnsuitability(const Unsuitability& reason, std::string_view language) {
    const bool ru = language.substr(0, 2) == "ru";
    switch (reason.kind) {
    case Unsuitability::Kind::Avoid: return reason.reason.in(language);
    case Unsuitability::Kind::MeantForOthers:
        return (ru ? "предназначено для: " : "meant for ") + wordsFor(reason.detail, ru);
    case Unsuitability::Kind::Level:
        return ru ? "уровень не ниже: " + wordsFor(reason.detail, ru) : "for level " + reason.detail + " and up";
    case Unsuitability::Kind::Equipment: return (ru ? "нужно: " : "needs ") + wordsFor(reason.detail, ru);
    }
    return "";
}

}  // namespace mc
