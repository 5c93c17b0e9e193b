#include "ui/PropView.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "figure/PropSolid.h"
#include "ui/OutlinedShapes.h"

namespace mc {
namespace {
constexpr float kPi = 3.14159265358979f;

// Quieter than the body's outline (224) so the person is seen first; fills as dark.
constexpr Ink kPropInk{IM_COL32(40, 40, 40, 255), IM_COL32(185, 185, 185, 255)};
constexpr Ink kFarPropInk{IM_COL32(30, 30, 30, 255), IM_COL32(110, 110, 110, 255)};

// A line over or instead of the pieces: a ball's seam, a strap, a towel.
struct Line {
    std::vector<Vec2> points;
    float width = 0;     // body heights; 0 = a mark as wide as the outline
    bool band = false;   // drawn as a filled band with an outline (a towel)
    bool closed = false;
};

// A prop as pieces in body units (Piece coordinates are body heights, y up, angles
// counterclockwise), before placing on the screen.
struct PropShape {
    std::vector<Piece> pieces;
    std::vector<Line> lines;
};

Piece box(float cx, float cy, float halfW, float halfH, float round = 0.006f) {
    return boxPiece({cx, cy}, halfW, halfH, 0, round, {});
}
Piece rod(float ax, float ay, float bx, float by, float ra, float rb) { return capsulePiece({ax, ay}, {bx, by}, ra, rb, {}); }

// A circle's points around (cx, cy).
std::vector<Vec2> ring(float cx, float cy, float r, int points) {
    std::vector<Vec2> out;
    for (int i = 0; i < points; ++i) {
        float a = 2 * kPi * static_cast<float>(i) / static_cast<float>(points);
        out.push_back({cx + r * std::cos(a), cy + r * std::sin(a)});
    }
    return out;
}

// A strap or towel from `a` to `b`, hanging `sag` below the straight line between them.
std::vector<Vec2> hanging(Vec2 a, Vec2 b, float sag) {
    Vec2 mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
    float dx = b.x - a.x, dy = b.y - a.y, len = std::max(1e-4f, std::sqrt(dx * dx + dy * dy));
    Vec2 down{dy / len, -dx / len};
    if (down.y > 0) down = {-down.x, -down.y};
    Vec2 control{mid.x + down.x * sag * 2, mid.y + down.y * sag * 2};
    std::vector<Vec2> out;
    const int points = 12;
    for (int i = 0; i <= points; ++i) {
        float t = static_cast<float>(i) / points, u = 1 - t;
        out.push_back({u * u * a.x + 2 * u * t * control.x + t * t * b.x, u * u * a.y + 2 * u * t * control.y + t * t * b.y});
    }
    return out;
}

// A solid prop seen from `view`: its boxes and rods projected, far to near, around x = 0.
PropShape solidShape(const Prop& prop, const ViewProjection& view) {
    PropSolid solid = solidOf(prop);
    struct Seen {
        Piece piece;
        float depth;
    };
    std::vector<Seen> seen;
    for (const PropBlock& b : solid.blocks) {
        auto reach = [&](Vec3 axis) {
            return std::fabs(dot(axis, b.halfX)) + std::fabs(dot(axis, b.halfY)) + std::fabs(dot(axis, b.halfZ));
        };
        Vec2 c = view.point(b.center);
        seen.push_back({box(c.x, c.y, reach(view.right), reach(view.up), b.round), view.depth(b.center)});
    }
    PropShape p;
    for (const PropRod& r : solid.rods) {
        Vec2 a = view.point(r.a), b = view.point(r.b);
        seen.push_back({rod(a.x, a.y, b.x, b.y, r.r, r.r), view.depth((r.a + r.b) * 0.5f)});
        // A bolster seen end-on shows its rolled end.
        if (prop.kind == PropKind::Bolster && std::hypot(b.x - a.x, b.y - a.y) < r.r)
            p.lines.push_back({ring(a.x, a.y, r.r * 0.54f, 16), 0, false, true});
    }
    std::stable_sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) { return a.depth > b.depth; });
    for (const Seen& s : seen) p.pieces.push_back(s.piece);
    return p;
}

// The prop's shape around x = 0, unturned; `at`, `mirrored` and `angle` are applied
// after (a solid is turned and mirrored in the room).
PropShape shapeAt(const Prop& prop, const ViewProjection& view) {
    if (isSolid(prop.kind) && !prop.inHand) return solidShape(prop, view);
    float s = prop.size > 0 ? prop.size : usualSize(prop.kind);
    PropShape p;
    auto& v = p.pieces;
    switch (prop.kind) {
        case PropKind::Ball:
            v.push_back(rod(0, s / 2, 0, s / 2, s / 2, s / 2));
            p.lines.push_back({{}, 0, false, false});  // a seam across it
            for (int i = -4; i <= 4; ++i) {
                float t = static_cast<float>(i) / 4;
                p.lines.back().points.push_back({t * s * 0.4f, s / 2 + s * 0.14f * (1 - t * t) - s * 0.05f});
            }
            break;
        case PropKind::Dumbbell: {
            float plate = s / 2 - 0.025f;
            v.push_back(rod(-plate, 0, plate, 0, 0.012f, 0.012f));
            for (float x : {-plate, plate}) v.push_back(box(x, 0, 0.022f, 0.05f, 0.012f));
            break;
        }
        case PropKind::Bar: {  // held: along the picture, or a disc when no longer than thick
            float half = std::max(0.0f, s / 2 - 0.014f);
            v.push_back(rod(-half, 0, half, 0, 0.014f, 0.014f));
            break;
        }
        case PropKind::Strap:
        case PropKind::Towel: {
            Vec2 a{0, 0}, b{prop.to.x - prop.at.x, prop.to.y - prop.at.y};
            bool towel = prop.kind == PropKind::Towel;
            p.lines.push_back({hanging(a, b, s), towel ? 0.035f : 0.012f, towel, false});
            break;
        }
        default: break;
    }
    return p;
}

// The shape placed: mirrored about x = 0 (a solid already is), turned by `angle`, moved to `at`.
PropShape placed(const Prop& prop, const ViewProjection& view) {
    PropShape p = shapeAt(prop, view);
    float turn = prop.angle * kPi / 180, c = std::cos(turn), s = std::sin(turn);
    float flip = prop.mirrored && !(isSolid(prop.kind) && !prop.inHand) ? -1.0f : 1.0f;
    auto move = [&](float& x, float& y) {
        float fx = x * flip;
        float rx = fx * c - y * s, ry = fx * s + y * c;
        x = prop.at.x + rx, y = prop.at.y + ry;
    };
    for (Piece& piece : p.pieces) {
        move(piece.a.x, piece.a.y);
        move(piece.b.x, piece.b.y);
        piece.angle = piece.angle * flip + turn;
    }
    for (Line& line : p.lines)
        for (Vec2& q : line.points) move(q.x, q.y);
    return p;
}

// Corners of a box piece in body units (for the extent).
void addBox(Extent& e, const Piece& b) {
    float c = std::cos(b.angle), s = std::sin(b.angle);
    for (float sx : {-1.0f, 1.0f})
        for (float sy : {-1.0f, 1.0f})
            e.add({b.a.x + sx * b.halfW * c - sy * b.halfH * s, b.a.y + sx * b.halfW * s + sy * b.halfH * c});
}

}  // namespace

Extent extentOf(const Prop& prop, View view) {
    PropShape p = placed(prop, viewProjection(view));
    Extent e;
    for (const Piece& piece : p.pieces) {
        if (piece.kind == Piece::Kind::Box)
            addBox(e, piece);
        else
            e.add({piece.a.x, piece.a.y}, piece.ra), e.add({piece.b.x, piece.b.y}, piece.rb);
    }
    for (const Line& line : p.lines)
        for (Vec2 q : line.points) e.add(q, line.width / 2);
    return e;
}

void drawProp(Canvas& canvas, const Prop& prop, ImVec2 origin, float scale, float stroke, float alpha, View view) {
    if (stroke <= 0) stroke = bodyStroke(scale);
    Ink ink = faded(prop.far ? kFarPropInk : kPropInk, alpha);
    auto screen = [&](Vec2 q) { return canvas.at(origin.x + q.x * scale, origin.y - q.y * scale); };
    PropShape p = placed(prop, viewProjection(view));

    std::vector<Piece> pieces;
    for (const Piece& b : p.pieces) {
        Piece q = b;
        q.a = screen({b.a.x, b.a.y});
        q.b = screen({b.b.x, b.b.y});
        q.ra *= scale, q.rb *= scale, q.halfW *= scale, q.halfH *= scale, q.round *= scale;
        q.ink = ink;
        pieces.push_back(q);
    }
    drawGroup(canvas.list(), pieces, stroke);

    std::vector<ImVec2> points;
    for (const Line& line : p.lines) {
        points.clear();
        for (Vec2 q : line.points) points.push_back(screen(q));
        ImDrawFlags flags = line.closed ? ImDrawFlags_Closed : ImDrawFlags_None;
        int n = static_cast<int>(points.size());
        if (line.band) {
            // A band: the outline as a wide line, the fill as a narrower one over it.
            float width = std::max(line.width * scale, stroke * 2);
            canvas.list().AddPolyline(points.data(), n, ink.line, flags, width + stroke);
            canvas.list().AddPolyline(points.data(), n, ink.fill, flags, width - stroke);
        } else {
            float width = line.width > 0 ? std::max(stroke, line.width * scale) : stroke * 0.7f;
            canvas.list().AddPolyline(points.data(), n, ink.line, flags, width);
        }
    }
}

}  // namespace mc
