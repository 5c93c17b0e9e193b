#pragma once
// Reads an exercise's animated figure: keyframed poses of a side-view stick body.
#include <optional>

#include "content/JsonFields.h"
#include "core/Figure.h"

namespace mc {

// The pose a segment or the hip takes when a keyframe leaves it out: standing,
// facing right, arms hanging (documented in docs/content-format.md).
Pose defaultPose();

std::optional<Figure> readFigure(const Json& value, const std::string& pointer, FileReport& report);

}  // namespace mc
