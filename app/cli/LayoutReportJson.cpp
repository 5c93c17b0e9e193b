#include "cli/LayoutReportJson.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace mc {
namespace {

// Hundredths are plenty, and keep "101.4" from printing as 101.40000152587891.
double tidy(float v) { return std::round(double(v) * 100) / 100; }

nlohmann::ordered_json rectJson(const ReportRect& r) { return {tidy(r.x0), tidy(r.y0), tidy(r.x1), tidy(r.y1)}; }

std::string hexOnBlack(Rgba c) {
    auto on = [&](uint8_t v) { return unsigned(std::lround(v * (c.a / 255.0))); };
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", on(c.r), on(c.g), on(c.b));
    return buf;
}

}  // namespace

std::string layoutReportJson(const LayoutReport& report) {
    // One text or box a line, in the documented key order: easy to read and to diff.
    using Json = nlohmann::ordered_json;
    auto dump = [](const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); };
    auto list = [&](const std::vector<Json>& items) {
        std::string out = "[";
        for (size_t i = 0; i < items.size(); ++i) out += (i ? ",\n  " : "\n  ") + dump(items[i]);
        return out + (items.empty() ? "]" : "\n ]");
    };
    std::vector<Json> texts;
    for (const TextRun& t : report.texts)
        texts.push_back({{"text", t.text}, {"size", tidy(t.size)}, {"rect", rectJson(t.rect)}, {"color", hexOnBlack(t.color)}});
    std::vector<Json> boxes;
    for (const ShapeBox& b : report.boxes) boxes.push_back({{"kind", boxKindName(b.kind)}, {"rect", rectJson(b.rect)}});
    return "{\"width\": " + dump(tidy(report.width)) + ", \"height\": " + dump(tidy(report.height)) +
           ",\n \"texts\": " + list(texts) + ",\n \"boxes\": " + list(boxes) + "\n}\n";
}

}  // namespace mc
