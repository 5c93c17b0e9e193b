#include "ui/LayoutCheck.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mc {
namespace {

// A text as a problem names it: quoted, long texts cut at a character boundary.
std::string quoted(const std::string& text) {
    const size_t kMax = 48;
    std::string s = text.substr(0, std::min(text.size(), kMax));
    if (text.size() > kMax) {
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();  // continuation bytes
        if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0x80)) s.pop_back();                // the lead byte
        s += "...";
    }
    for (char& c : s)
        if (c == '\n') c = ' ';
    return "\"" + s + "\"";
}

std::string rectText(const ReportRect& r) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "[%.0f,%.0f,%.0f,%.0f]", r.x0, r.y0, r.x1, r.y1);
    return buf;
}

std::string describe(const TextRun& t) {
    char size[32];
    std::snprintf(size, sizeof size, " (%.0f px) ", t.size);
    return "text " + quoted(t.text) + size + rectText(t.rect);
}

std::string describe(const ShapeBox& b) { return std::string(boxKindName(b.kind)) + " " + rectText(b.rect); }

bool overlap(const ReportRect& a, const ReportRect& b, float tolerance) {
    float w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
    float h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    return w > tolerance && h > tolerance;
}

bool contains(const ReportRect& r, float x, float y) { return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1; }

float linear(float channel) {
    float c = channel / 255.0f;
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

}  // namespace

std::string_view layoutRuleName(LayoutRule rule) {
    switch (rule) {
    case LayoutRule::OffScreen: return "off-screen";
    case LayoutRule::TextOverlap: return "text-overlap";
    case LayoutRule::TextOverShape: return "text-over-shape";
    case LayoutRule::TooSmall: return "too-small";
    case LayoutRule::TooDark: return "too-dark";
    case LayoutRule::BottomMargin: return "bottom-margin";
    }
    return "?";
}

float relativeLuminance(Rgba c) {
    // Translucent text on black shows as the colour scaled by its alpha.
    float a = c.a / 255.0f;
    return 0.2126f * linear(c.r * a) + 0.7152f * linear(c.g * a) + 0.0722f * linear(c.b * a);
}

std::vector<LayoutProblem> checkLayout(const LayoutReport& report, const LayoutRules& rules) {
    std::vector<LayoutProblem> out;
    auto add = [&](LayoutRule rule, std::string text) { out.push_back({rule, std::move(text)}); };
    const float tol = rules.tolerance;
    const float minSize = report.height * rules.minTextFraction;
    const float marginTop = report.height * (1.0f - rules.bottomMargin);
    const float minLuminance = relativeLuminance(rules.dimmestText);
    char buf[160];

    auto checkEdges = [&](const ReportRect& r, const std::string& what) {
        if (r.x0 < -tol || r.y0 < -tol || r.x1 > report.width + tol || r.y1 > report.height + tol) {
            std::snprintf(buf, sizeof buf, " reaches past the screen (%.0fx%.0f)", report.width, report.height);
            add(LayoutRule::OffScreen, what + buf);
        }
        if (r.y1 > marginTop + tol) {
            std::snprintf(buf, sizeof buf, " reaches into the bottom margin (below y=%.0f, %.0f%% of the height)",
                          marginTop, (1.0f - rules.bottomMargin) * 100);
            add(LayoutRule::BottomMargin, what + buf);
        }
    };

    for (size_t i = 0; i < report.texts.size(); ++i) {
        const TextRun& t = report.texts[i];
        const std::string what = describe(t);
        checkEdges(t.rect, what);
        if (t.size < minSize - 0.01f) {
            std::snprintf(buf, sizeof buf, " is smaller than %.1f px (1/%.0f of the height %.0f)", minSize,
                          1.0f / rules.minTextFraction, report.height);
            add(LayoutRule::TooSmall, what + buf);
        }
        if (relativeLuminance(t.color) < minLuminance) {
            std::snprintf(buf, sizeof buf, " in #%02X%02X%02X is darker than #%02X%02X%02X", t.color.r, t.color.g,
                          t.color.b, rules.dimmestText.r, rules.dimmestText.g, rules.dimmestText.b);
            add(LayoutRule::TooDark, what + buf);
        }
        for (size_t j = i + 1; j < report.texts.size(); ++j)
            if (overlap(t.rect, report.texts[j].rect, tol))
                add(LayoutRule::TextOverlap, what + " overlaps " + describe(report.texts[j]));
        float cx = (t.rect.x0 + t.rect.x1) / 2, cy = (t.rect.y0 + t.rect.y1) / 2;
        for (const ShapeBox& b : report.boxes) {
            // The ring's own digits and counter sit inside it on purpose.
            if (b.kind == BoxKind::Ring && contains(b.rect, cx, cy)) continue;
            if (overlap(t.rect, b.rect, tol)) add(LayoutRule::TextOverShape, what + " overlaps the " + describe(b));
        }
    }
    for (const ShapeBox& b : report.boxes) checkEdges(b.rect, describe(b));
    return out;
}

}  // namespace mc
