#include "core/PaceText.h"

namespace mc {

PaceText paceTextAt(const Exercise& exercise, RepPosition::Stage stage) {
    const Pace& pace = exercise.pace;
    // The stage's own texts, and the ones of the movement it pauses in.
    const PaceText* own = &pace.lift;
    const PaceText* movement = nullptr;
    switch (stage) {
        case RepPosition::Stage::Up: own = &pace.lift; break;
        case RepPosition::Stage::Top: own = &pace.top, movement = &pace.lift; break;
        case RepPosition::Stage::Down: own = &pace.lower; break;
        case RepPosition::Stage::Bottom: own = &pace.bottom, movement = &pace.lower; break;
    }
    PaceText text = *own;
    if (movement && text.word.empty()) text.word = movement->word;
    if (movement && text.cue.empty()) text.cue = movement->cue;
    return text;
}

}  // namespace mc
