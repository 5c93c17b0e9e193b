#include "sound/CuePlan.h"

#include "sound/PhraseBook.h"

namespace mc {
namespace {

int importance(CueKind kind) {
    switch (kind) {
        case CueKind::Done: return 9;
        case CueKind::Start: return 8;
        case CueKind::SwitchSides: return 7;
        case CueKind::NextUp: return 6;
        case CueKind::Rest: return 5;
        case CueKind::GetReady: return 4;
        case CueKind::Halfway: return 3;
        case CueKind::Countdown: return 2;
        case CueKind::RepUp: return 1;
        case CueKind::RepDown: return 0;
        case CueKind::Setup: return -1;  // words only: sounds with the GetReady / NextUp it follows
    }
    return 0;
}

}  // namespace

std::vector<PlannedCue> planCueSounds(const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                                      std::string_view language) {
    std::vector<PlannedCue> plan;
    for (const Cue& cue : timeline.cues) {
        const CuePhrase words = phraseForCue(cue, timeline, routine, pack, language);
        if (plan.empty() || plan.back().at != cue.at) {
            plan.push_back({cue.at, cue.kind, toneForCue(cue), words.text, words.countOnly && !words.text.empty()});
            continue;
        }
        PlannedCue& merged = plan.back();
        if (importance(cue.kind) > importance(merged.kind)) {
            merged.kind = cue.kind;
            merged.tone = toneForCue(cue);
        }
        if (words.text.empty()) continue;
        merged.countOnly = merged.phrase.empty() ? words.countOnly : merged.countOnly && words.countOnly;
        merged.phrase = merged.phrase.empty() ? words.text : merged.phrase + " " + words.text;
    }
    return plan;
}

}  // namespace mc
