#pragma once
// From an authored pose to what is drawn, in one call: pose the body, rest it on
// the floor (and any supports under it), and see it from the chosen view.
#include <span>

#include "figure/BodyModel.h"
#include "figure/BodyPose.h"
#include "figure/BodyShape.h"
#include "figure/BodyView.h"
#include "figure/Grounding.h"

namespace mc {

BodyShape bodyPicture(const BodyModel& model, const BodyPose& pose, View view,
                      std::span<const Support> supports = {});

}  // namespace mc
