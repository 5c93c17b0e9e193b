#include "figure/BodyPicture.h"

namespace mc {

BodyShape bodyPicture(const BodyModel& model, const BodyPose& pose, View view,
                      std::span<const Support> supports) {
    PosedBody body = poseBody(model, pose);
    groundOn(body, supports);  // the floor alone when there are no supports
    return projectBody(body, view);
}

}  // namespace mc
