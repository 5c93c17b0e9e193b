#include "ui/BodyView.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/OutlinedShapes.h"

namespace mc {
namespace {

// Dark fills with bright outlines: the body reads as a shape without lighting a large
// area of the mirror. The far side is dimmer in both, the way a far limb is in shadow.
constexpr Ink kNearInk{IM_COL32(72, 72, 72, 255), IM_COL32(224, 224, 224, 255)};
constexpr Ink kFarInk{IM_COL32(44, 44, 44, 255), IM_COL32(130, 130, 130, 255)};
constexpr ImU32 kFloorColor = IM_COL32(90, 90, 90, 255);

// Margin kept around the extent when fitting, in body heights and in pixels: half the
// outline, the floor line's width and the anti-aliasing fringe.
constexpr float kFitMargin = 0.02f;
constexpr float kFitEdgePixels = 2.0f;

Ink inkFor(bool far, bool lit, float alpha) {
    Ink ink = far ? kFarInk : kNearInk;
    if (lit) ink = far ? Ink{faded(colors::kAccent, 0.2f), faded(colors::kAccent, 0.65f)}
                       : Ink{faded(colors::kAccent, 0.3f), colors::kAccent};
    return faded(ink, alpha);
}

// Pieces that draw as one silhouette when they follow each other in the list.
int chainOf(BodyPart p) {
    switch (p) {
        case BodyPart::UpperArmL: case BodyPart::ForearmL: case BodyPart::HandL: return 1;
        case BodyPart::UpperArmR: case BodyPart::ForearmR: case BodyPart::HandR: return 2;
        case BodyPart::ThighL: case BodyPart::ShinL: case BodyPart::FootL: return 3;
        case BodyPart::ThighR: case BodyPart::ShinR: case BodyPart::FootR: return 4;
        case BodyPart::Head: return 5;
        default: return 0;  // the trunk: pelvis, spine, neck, belly
    }
}

Vec2 unit(Vec2 v, Vec2 fallback) {
    float n = std::sqrt(v.x * v.x + v.y * v.y);
    return n > 1e-6f ? Vec2{v.x / n, v.y / n} : fallback;
}

// The face's features in body units: where they go follows the facing, the share of
// the face turned to the viewer, and "up" along the neck.
struct Face {
    bool nose = false;     // profile: a nose on the outline and one eye
    int eyes = 0;
    Vec2 noseFrom, noseTo;
    float noseFromR = 0, noseToR = 0;
    Vec2 eye[2];
    float eyeR = 0;
};

Face faceOf(const BodyShape& body) {
    const HeadShape& h = body.head;
    float r = h.radius;
    Vec2 f = unit(h.facing, {1, 0});
    // Up is along the neck, away from the shoulders; without a neck, the side of the
    // face that points up the picture.
    Vec2 up{-f.y, f.x};
    if (up.y < 0 || (up.y == 0 && up.x > 0)) up = {f.y, -f.x};
    for (const Capsule& c : body.capsules) {
        if (c.part != BodyPart::Neck) continue;
        auto dist2 = [&](Vec2 p) { return (p.x - h.center.x) * (p.x - h.center.x) + (p.y - h.center.y) * (p.y - h.center.y); };
        Vec2 base = dist2(c.a) > dist2(c.b) ? c.a : c.b;
        up = unit({h.center.x - base.x, h.center.y - base.y}, up);
    }
    auto at = [&](float alongFacing, float alongUp) {
        return Vec2{h.center.x + (f.x * alongFacing + up.x * alongUp) * r, h.center.y + (f.y * alongFacing + up.y * alongUp) * r};
    };
    Face face;
    face.eyeR = 0.13f * r;
    float t = h.towardViewer;
    if (t <= -0.35f) return face;  // the back of the head: no face
    if (t < 0.5f) {
        face.nose = true;
        face.noseFrom = at(0.78f, -0.02f), face.noseFromR = 0.18f * r;
        face.noseTo = at(1.12f, -0.1f), face.noseToR = 0.09f * r;
        face.eyes = 1;
        face.eye[0] = at(0.5f, 0.2f);
        return face;
    }
    // Facing the viewer: two eyes, shifted toward the facing as the head turns away.
    Vec2 side{up.y, -up.x};
    float shift = (1.0f - t) * 0.7f;
    float spread = 0.36f * (0.6f + 0.4f * t);
    face.eyes = 2;
    face.eye[0] = at(shift, 0.15f);
    face.eye[1] = face.eye[0];
    face.eye[0].x += side.x * spread * r, face.eye[0].y += side.y * spread * r;
    face.eye[1].x -= side.x * spread * r, face.eye[1].y -= side.y * spread * r;
    return face;
}

}  // namespace

void Extent::add(Vec2 p, float radius) {
    minX = std::min(minX, p.x - radius), maxX = std::max(maxX, p.x + radius);
    minY = std::min(minY, p.y - radius), maxY = std::max(maxY, p.y + radius);
}

void Extent::include(const Extent& e) {
    if (e.empty()) return;
    add(Vec2{e.minX, e.minY}), add(Vec2{e.maxX, e.maxY});
}

Extent extentOf(const BodyShape& body, bool floor) {
    Extent e;
    for (const Capsule& c : body.capsules) e.add(c.a, c.ra), e.add(c.b, c.rb);
    if (body.head.radius > 0) {
        e.add(body.head.center, body.head.radius);
        Face face = faceOf(body);
        if (face.nose) e.add(face.noseTo, face.noseToR);
    }
    if (floor && !e.empty()) e.add(Vec2{e.minX - kFloorOverhang, 0}), e.add(Vec2{e.maxX + kFloorOverhang, 0});
    return e;
}

ScreenPlacement fitInBox(const Extent& extent, float x, float y, float w, float h) {
    if (extent.empty()) return {{x + w / 2, y + h / 2}, std::max(1.0f, h)};
    float spanX = extent.maxX - extent.minX + 2 * kFitMargin, spanY = extent.maxY - extent.minY + 2 * kFitMargin;
    float usableW = std::max(1.0f, w - 2 * kFitEdgePixels), usableH = std::max(1.0f, h - 2 * kFitEdgePixels);
    float scale = std::min(usableW / spanX, usableH / spanY);
    return {{x + w / 2 - (extent.minX + extent.maxX) / 2 * scale, y + h / 2 + (extent.minY + extent.maxY) / 2 * scale},
            scale};
}

float bodyStroke(float scale) { return std::max(2.0f, std::round(scale * 0.012f)); }

void drawFloor(Canvas& canvas, float fromX, float toX, ImVec2 origin, float scale, float stroke, float alpha) {
    float width = std::max(2.0f, stroke * 0.8f);
    ImVec2 a = canvas.at(origin.x + fromX * scale, origin.y + width * 0.5f);
    ImVec2 b = canvas.at(origin.x + toX * scale, origin.y + width * 0.5f);
    canvas.list().AddLine(a, b, faded(kFloorColor, alpha), width);
}

void drawBody(Canvas& canvas, const BodyShape& body, const BodyStyle& style, ImVec2 origin, float scale) {
    const float stroke = style.stroke > 0 ? style.stroke : bodyStroke(scale);
    ImDrawList& list = canvas.list();
    auto screen = [&](Vec2 p) { return canvas.at(origin.x + p.x * scale, origin.y - p.y * scale); };
    auto lit = [&](BodyPart p) { return (style.lit & partBit(p)) != 0; };

    if (style.floor) {
        Extent e = extentOf(body, false);
        if (!e.empty()) drawFloor(canvas, e.minX - kFloorOverhang, e.maxX + kFloorOverhang, origin, scale, stroke, style.alpha);
    }

    std::vector<Piece> group;
    int groupChain = -1;
    auto flush = [&] {
        if (!group.empty()) drawGroup(list, group, stroke);
        group.clear();
    };
    auto drawHead = [&] {
        flush();
        const HeadShape& h = body.head;
        Ink ink = inkFor(false, lit(BodyPart::Head), style.alpha);
        ImVec2 c = screen(h.center);
        group.push_back(capsulePiece(c, c, h.radius * scale, h.radius * scale, ink));
        Face face = faceOf(body);
        if (face.nose)
            group.push_back(capsulePiece(screen(face.noseFrom), screen(face.noseTo), face.noseFromR * scale,
                                         face.noseToR * scale, ink));
        flush();
        float eyeR = std::max(stroke * 0.6f, face.eyeR * scale);
        for (int i = 0; i < face.eyes; ++i) list.AddCircleFilled(screen(face.eye[i]), eyeR, ink.line, 12);
    };

    bool headDrawn = body.head.radius <= 0;
    for (const Capsule& c : body.capsules) {
        // The head takes its place among the pieces by depth: an arm in front covers it.
        if (!headDrawn && c.depth < body.head.depth) {
            drawHead();
            headDrawn = true;
            groupChain = -1;
        }
        int chain = chainOf(c.part);
        if (chain != groupChain) flush();
        groupChain = chain;
        group.push_back(capsulePiece(screen(c.a), screen(c.b), c.ra * scale, c.rb * scale,
                                     inkFor(c.far, lit(c.part), style.alpha)));
    }
    flush();
    if (!headDrawn) drawHead();
}

void drawBodyInBox(Canvas& canvas, const BodyShape& body, const BodyStyle& style, float x, float y, float w,
                   float h) {
    Extent e = extentOf(body, style.floor);
    ScreenPlacement at = fitInBox(e, x, y, w, h);
    if (!e.empty()) {
        // For the layout report: what is drawn, with the outline's width around it.
        float pad = kFitMargin * at.scale;
        canvas.noteBox(BoxKind::Figure, at.origin.x + e.minX * at.scale - pad, at.origin.y - e.maxY * at.scale - pad,
                       at.origin.x + e.maxX * at.scale + pad, at.origin.y - e.minY * at.scale + pad);
    }
    drawBody(canvas, body, style, at.origin, at.scale);
}

}  // namespace mc
