#pragma once
// Which word and cue line a paced exercise shows at a stage of a repetition, so the
// word under the counter and the cue never contradict the movement ("Round" while
// rounding up). Content binds them per stage (Exercise::pace).
#include "core/Content.h"
#include "core/Timeline.h"

namespace mc {

// The texts bound to `stage` of `exercise`. A stage without its own word or cue takes
// the one of the movement it belongs to: top takes lift's, bottom takes lower's
// (each field on its own). Empty texts when the content binds none.
PaceText paceTextAt(const Exercise& exercise, RepPosition::Stage stage);

}  // namespace mc
