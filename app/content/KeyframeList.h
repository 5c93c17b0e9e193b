#pragma once
// The list of keyframes both kinds of figure share: [{"at": 0..1, "pose": {...}}, ...],
// 2 to 32 of them, "at" strictly increasing, each pose read by the figure's own reader.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/JsonFields.h"
#include "content/Vocabulary.h"

namespace mc {

inline constexpr std::size_t kMaxKeyframes = 32;

// Appends to `out` every frame read from `list` (at `pointer`); `noun` names one in
// messages ("keyframe", "pose"), `poseHint` says what a pose holds. `readPose(json,
// pointer, report)` returns std::optional<Pose>; `makeFrame(at, pose)` builds a Frame.
// Returns false when anything was wrong (every problem reported).
template <typename Frame, typename ReadPose, typename MakeFrame>
bool readKeyframeList(const Json& list, const std::string& pointer, FileReport& report, std::string_view noun,
                      std::string_view poseHint, ReadPose readPose, MakeFrame makeFrame, std::vector<Frame>& out) {
    const std::string plural = std::string(noun) + "s";
    if (!list.is_array()) {
        report.add(pointer, "expected a list of " + plural + ", found " + describeType(list));
        return false;
    }
    if (list.size() < 2 || list.size() > kMaxKeyframes) {
        report.add(pointer,
                   "a figure needs 2 to " + std::to_string(kMaxKeyframes) + " " + plural + ", found " +
                       std::to_string(list.size()),
                   "give at least a start pose (\"at\": 0) and an end pose (\"at\": 1)");
        return false;
    }
    bool ok = true;
    std::optional<double> previousAt;
    for (std::size_t i = 0; i < list.size(); ++i) {
        JsonObject frame(list[i], pointer + "/" + std::to_string(i), report, vocabulary::kKeyframeKeys,
                         "a " + std::string(noun));
        if (!frame.valid()) {
            ok = false;
            continue;
        }
        const Json* atValue = frame.require("at", "the movement's progress from 0 (start) to 1 (end)");
        const Json* poseValue = frame.require("pose", std::string(poseHint));
        std::optional<double> at;
        if (atValue) at = readNumber(*atValue, frame.pointer("at"), report, 0, 1);
        if (at && previousAt && *at <= *previousAt) {
            report.add(frame.pointer("at"),
                       plural + " are out of order: \"at\" " + formatNumber(*at) + " follows " + formatNumber(*previousAt),
                       "list " + plural + " by increasing \"at\", each at a different moment");
            at.reset();
        }
        auto pose = poseValue ? readPose(*poseValue, frame.pointer("pose"), report) : std::nullopt;
        if (atValue && at) previousAt = at;
        if (!at || !pose) {
            ok = false;
            continue;
        }
        out.push_back(makeFrame(static_cast<float>(*at), *pose));
    }
    return ok;
}

}  // namespace mc
