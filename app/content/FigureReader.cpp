#include "content/FigureReader.h"

#include <array>

#include "content/BodyFigureReader.h"
#include "content/KeyframeList.h"
#include "content/Vocabulary.h"

namespace mc {

namespace {
// Generous bounds that still catch typos (a hip 12 body heights away, an angle in radians*100).
constexpr double kHipXMax = 3, kHipYMin = -1, kHipYMax = 3;
constexpr double kAngleMax = 360;

constexpr std::array<std::string_view, 11> kPoseKeys{"hip",       "torso",       "head",      "upper_arm_l",
                                                     "forearm_l", "upper_arm_r", "forearm_r", "thigh_l",
                                                     "shin_l",    "thigh_r",     "shin_r"};

std::optional<Pose> readPose(const Json& value, const std::string& pointer, FileReport& report) {
    JsonObject object(value, pointer, report, kPoseKeys, "a pose", "pose segment");
    if (!object.valid()) return std::nullopt;
    Pose pose = defaultPose();
    bool ok = true;
    if (const Json* hip = object.find("hip")) {
        std::string at = object.pointer("hip");
        if (!hip->is_array() || hip->size() != 2) {
            report.add(at,
                       "expected the hip as [x, y], found " + describeType(*hip) +
                           (hip->is_array() ? " of " + std::to_string(hip->size()) + " numbers" : ""),
                       "give two numbers in body heights, e.g. [0, 0.5] for standing");
            ok = false;
        } else {
            auto x = readNumber((*hip)[0], at + "/0", report, -kHipXMax, kHipXMax);
            auto y = readNumber((*hip)[1], at + "/1", report, kHipYMin, kHipYMax);
            if (x && y) {
                pose.hipX = static_cast<float>(*x);
                pose.hipY = static_cast<float>(*y);
            } else {
                ok = false;
            }
        }
    }
    for (std::size_t s = 0; s < vocabulary::kSegmentNames.size(); ++s) {
        std::string_view name = vocabulary::kSegmentNames[s];
        const Json* angle = object.find(name);
        if (!angle) continue;
        if (auto degrees = readNumber(*angle, object.pointer(name), report, -kAngleMax, kAngleMax)) {
            pose.angle[s] = static_cast<float>(*degrees);
        } else {
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return pose;
}
}  // namespace

Pose defaultPose() {
    Pose pose;
    pose.hipX = 0.0f;
    pose.hipY = 0.49f;  // legs of 0.49 body heights reach the floor
    auto set = [&](Segment s, float degrees) { pose.angle[static_cast<int>(s)] = degrees; };
    set(Segment::Torso, 90);
    set(Segment::Head, 90);
    for (Segment s : {Segment::UpperArmL, Segment::ForearmL, Segment::UpperArmR, Segment::ForearmR, Segment::ThighL,
                      Segment::ShinL, Segment::ThighR, Segment::ShinR}) {
        set(s, -90);
    }
    return pose;
}

std::optional<Figure> readFigure(const Json& value, const std::string& pointer, FileReport& report) {
    JsonObject object(value, pointer, report, vocabulary::kFigureKeys, "a figure");
    if (!object.valid()) return std::nullopt;
    const bool body = object.find("poses") != nullptr;
    if (body && object.find("keyframes")) {
        report.add(object.pointer("keyframes"), "a figure has either \"poses\" (the body) or \"keyframes\" (the stick figure), not both",
                   "keep \"poses\"");
        return std::nullopt;
    }
    if (body) {
        Figure figure;
        if (!readBodyFigure(object, figure)) return std::nullopt;
        return figure;
    }
    for (std::string_view bodyOnly : {"view", "body", "props"})
        if (object.find(bodyOnly))
            report.add(object.pointer(bodyOnly), "\"" + std::string(bodyOnly) + "\" belongs to a body figure",
                       "give the body's \"poses\" (joint angles by name) instead of \"keyframes\"");
    const Json* keyframes = object.find("keyframes");
    if (!keyframes) {
        object.require("poses", "give at least two poses: [{\"at\": 0, \"pose\": {...}}, {\"at\": 1, \"pose\": {...}}]");
        return std::nullopt;
    }
    Figure figure;
    bool ok = readKeyframeList(*keyframes, object.pointer("keyframes"), report, "keyframe",
                               "the segment angles, e.g. {\"torso\": 90}", readPose,
                               [](float at, const Pose& pose) { return Keyframe{at, pose}; }, figure.keyframes);
    if (!ok) return std::nullopt;
    return figure;
}

}  // namespace mc
