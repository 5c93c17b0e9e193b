#include "content/BodyFigureReader.h"

#include <algorithm>
#include <array>
#include <vector>

#include "content/KeyframeList.h"
#include "content/Vocabulary.h"

namespace mc {
namespace {

constexpr std::size_t kMaxProps = 8;
constexpr double kAngleMax = 360;   // degrees either way
constexpr double kPlaceMax = 3;     // body heights from the picture's middle
constexpr double kPropSizeMax = 3;  // body heights

const std::vector<std::string_view>& poseFieldNames() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (const PoseField& f : poseFields()) out.push_back(f.name);
        return out;
    }();
    return names;
}

// Positions are in body heights, angles in degrees.
bool isPosition(std::string_view field) { return field == "placement.x" || field == "placement.z"; }

std::optional<BodyPose> readBodyPose(const Json& value, const std::string& pointer, FileReport& report) {
    JsonObject object(value, pointer, report, poseFieldNames(), "a pose", "pose field");
    if (!object.valid()) return std::nullopt;
    BodyPose pose;  // every field left out keeps standing's value (0)
    bool ok = true;
    for (const PoseField& field : poseFields()) {
        const Json* v = object.find(field.name);
        if (!v) continue;
        double limit = isPosition(field.name) ? kPlaceMax : kAngleMax;
        if (auto n = readNumber(*v, object.pointer(field.name), report, -limit, limit)) {
            field.of(pose) = static_cast<float>(*n);
        } else {
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return pose;
}

bool readPoses(const JsonObject& object, Figure& figure) {
    return readKeyframeList(*object.find("poses"), object.pointer("poses"), object.report(), "pose",
                            "joint angles by name, e.g. {\"lumbar.flex\": 20}", readBodyPose,
                            [](float at, const BodyPose& pose) { return BodyKeyframe{at, pose}; }, figure.poses);
}

std::optional<Vec2> readPoint(const Json& value, const std::string& pointer, FileReport& report) {
    if (!value.is_array() || value.size() != 2) {
        report.add(pointer, "expected a point [x, y], found " + describeType(value),
                   "two numbers in body heights: x from the middle of the picture, y up from the floor");
        return std::nullopt;
    }
    auto x = readNumber(value[0], pointer + "/0", report, -kPlaceMax, kPlaceMax);
    auto y = readNumber(value[1], pointer + "/1", report, -kPlaceMax, kPlaceMax);
    if (!x || !y) return std::nullopt;
    return Vec2{static_cast<float>(*x), static_cast<float>(*y)};
}

// "between": ["left-hand", "left-foot"]: a strap or towel whose ends follow a hand and a foot.
bool readBetween(const Json& value, const std::string& pointer, FileReport& report, FigureProp& out) {
    if (!value.is_array() || value.size() != 2) {
        report.add(pointer, "expected two ends, found " + describeType(value),
                   "a hand and what it holds, e.g. [\"left-hand\", \"left-foot\"]");
        return false;
    }
    std::vector<std::string_view> names(vocabulary::kBodyEnds.begin(), vocabulary::kBodyEnds.end());
    BodyEnd ends[2]{};
    for (int i = 0; i < 2; ++i) {
        auto name = readChoice(value[i], pointer + "/" + std::to_string(i), report, vocabulary::kBodyEnds, "end");
        if (!name) return false;
        ends[i] = static_cast<BodyEnd>(std::find(names.begin(), names.end(), *name) - names.begin());
    }
    if (out.prop.kind != PropKind::Strap && out.prop.kind != PropKind::Towel) {
        report.add(pointer, "only a strap or a towel runs between a hand and a foot",
                   "place other props with \"at\", or hold a dumbbell or bar with \"hand\"");
        return false;
    }
    out.follows = true;
    out.from = ends[0];
    out.to = ends[1];
    return true;
}

std::optional<FigureProp> readProp(const Json& value, const std::string& pointer, FileReport& report) {
    JsonObject object(value, pointer, report, vocabulary::kPropKeys, "a prop");
    if (!object.valid()) return std::nullopt;
    FigureProp out;
    bool ok = true;
    if (const Json* kind = object.require("kind", "what it is, e.g. \"chair\"")) {
        std::vector<std::string_view> names = propKindNames();
        auto name = readChoice(*kind, object.pointer("kind"), report, names, "prop");
        if (name) out.prop.kind = *propKindFromName(*name);
        ok = ok && name.has_value();
    } else {
        ok = false;
    }
    auto point = [&](std::string_view key, Vec2& into) {
        if (const Json* v = object.find(key)) {
            auto p = readPoint(*v, object.pointer(key), report);
            if (p) into = *p;
            ok = ok && p.has_value();
        }
    };
    point("at", out.prop.at);
    point("to", out.prop.to);
    if (const Json* v = object.find("size")) {
        auto n = readNumber(*v, object.pointer("size"), report, 0, kPropSizeMax);
        if (n) out.prop.size = static_cast<float>(*n);
        ok = ok && n.has_value();
    }
    auto number = [&](std::string_view key, double limit, float& into) {
        if (const Json* v = object.find(key)) {
            auto n = readNumber(*v, object.pointer(key), report, -limit, limit);
            if (n) into = static_cast<float>(*n);
            ok = ok && n.has_value();
        }
    };
    number("angle", kAngleMax, out.prop.angle);
    number("yaw", kAngleMax, out.prop.yaw);
    number("depth", kPlaceMax, out.prop.depth);
    auto flag = [&](std::string_view key, bool& into) {
        if (const Json* v = object.find(key)) {
            auto b = readBool(*v, object.pointer(key), report);
            if (b) into = *b;
            ok = ok && b.has_value();
        }
    };
    flag("mirrored", out.prop.mirrored);
    flag("far", out.prop.far);
    flag("support", out.support);
    if (const Json* v = object.find("hand")) {
        auto hand = readChoice(*v, object.pointer("hand"), report, vocabulary::kHands, "hand");
        if (hand) out.hand = *hand == "left" ? FigureProp::Hand::Left : FigureProp::Hand::Right;
        ok = ok && hand.has_value();
        bool holdable = out.prop.kind == PropKind::Dumbbell || out.prop.kind == PropKind::Bar;
        if (hand && !holdable) {
            report.add(object.pointer("hand"), "only a dumbbell or a bar is held in a hand",
                       "place other props with \"at\" instead");
            ok = false;
        }
    }
    if (const Json* v = object.find("between")) ok = readBetween(*v, object.pointer("between"), report, out) && ok;
    if (out.support && out.hand != FigureProp::Hand::None) {
        report.add(object.pointer("support"), "a prop held in a hand cannot also hold the body up");
        ok = false;
    }
    if (!ok) return std::nullopt;
    return out;
}

bool readProps(const JsonObject& object, Figure& figure) {
    FileReport& report = object.report();
    const Json* list = object.find("props");
    std::string pointer = object.pointer("props");
    if (!list->is_array() || list->size() > kMaxProps) {
        report.add(pointer,
                   list->is_array() ? "at most " + std::to_string(kMaxProps) + " props, found " + std::to_string(list->size())
                                    : "expected a list of props, found " + describeType(*list));
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto prop = readProp((*list)[i], pointer + "/" + std::to_string(i), report);
        if (prop) figure.props.push_back(*prop);
        ok = ok && prop.has_value();
    }
    return ok;
}

}  // namespace

bool readBodyFigure(const JsonObject& object, Figure& figure) {
    FileReport& report = object.report();
    bool ok = readPoses(object, figure);
    if (const Json* v = object.find("view")) {
        auto view = readChoice(*v, object.pointer("view"), report, vocabulary::kViews, "view");
        if (view == "front") figure.view = View::Front;
        if (view == "back") figure.view = View::Back;
        if (view == "three-quarter") figure.view = View::ThreeQuarter;
        if (view == "top") figure.view = View::Top;
        ok = ok && view.has_value();
    }
    if (const Json* v = object.find("body")) {
        auto body = readChoice(*v, object.pointer("body"), report, vocabulary::kBodies, "body");
        if (body == "pregnant") figure.body = BodyVariant::Pregnant;
        ok = ok && body.has_value();
    }
    if (object.find("props")) ok = readProps(object, figure) && ok;
    return ok;
}

}  // namespace mc
