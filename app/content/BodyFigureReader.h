#pragma once
// Reads the body figure of an exercise (docs/content-format.md, "Figures"): its
// keyframed poses by named joint angles, the view, the body variant and the props.
#include <optional>

#include "content/JsonFields.h"
#include "core/Figure.h"

namespace mc {

// Reads "poses", "view", "body" and "props" of the figure object into `figure`.
// Returns false (with every problem reported) when any is broken.
bool readBodyFigure(const JsonObject& object, Figure& figure);

}  // namespace mc
