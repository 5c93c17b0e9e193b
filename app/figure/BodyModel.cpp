#include "figure/BodyModel.h"

namespace mc {

BodyModel bodyModel(BodyVariant variant) {
    BodyModel model;
    model.variant = variant;
    if (variant == BodyVariant::Pregnant) {
        // Late pregnancy: the belly stands out about 0.1 body heights in front of the
        // waist, centred a little above the hips; the waist itself is a bit fuller.
        model.bellyA = {0.075f, 0.035f};
        model.bellyB = {0.065f, 0.105f};
        model.bellyRadiusA = 0.08f;
        model.bellyRadiusB = 0.07f;
        model.lumbarRadiusA = 0.065f;
        model.lumbarRadiusB = 0.065f;
    }
    return model;
}

}  // namespace mc
