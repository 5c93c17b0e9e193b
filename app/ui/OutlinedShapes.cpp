#include "ui/OutlinedShapes.h"

#include <algorithm>
#include <cmath>

namespace mc {
namespace {
constexpr float kPi = 3.14159265358979f;

// Points from angle `from` to `to` (radians, screen coordinates: increasing is
// clockwise on the screen, the order ImGui's anti-aliased fill expects).
void arc(ImVec2 c, float r, float from, float to, int points, std::vector<ImVec2>& out) {
    for (int i = 0; i < points; ++i) {
        float t = points == 1 ? 0.5f : static_cast<float>(i) / static_cast<float>(points - 1);
        float angle = from + (to - from) * t;
        out.push_back({c.x + r * std::cos(angle), c.y + r * std::sin(angle)});
    }
}

void capsuleOutline(const Piece& p, float grow, std::vector<ImVec2>& out) {
    float ra = std::max(0.5f, p.ra + grow), rb = std::max(0.5f, p.rb + grow);
    float dx = p.b.x - p.a.x, dy = p.b.y - p.a.y;
    float d = std::sqrt(dx * dx + dy * dy);
    if (d <= std::abs(ra - rb) + 0.01f) {
        // One end's circle holds the other: a disc.
        bool aBigger = ra >= rb;
        arc(aBigger ? p.a : p.b, std::max(ra, rb), 0, 2 * kPi * (1 - 1.0f / (2 * kArcPoints)), 2 * kArcPoints, out);
        return;
    }
    // The sides touch both circles; their normals lean toward the thin end by asin(s).
    float s = (ra - rb) / d;
    float phi = std::acos(std::clamp(s, -1.0f, 1.0f));
    float axis = std::atan2(dy, dx);
    arc(p.a, ra, axis + phi, axis + 2 * kPi - phi, kArcPoints, out);  // round the back of a
    arc(p.b, rb, axis - phi, axis + phi, kArcPoints, out);              // round the front of b
}

void boxOutline(const Piece& p, float grow, std::vector<ImVec2>& out) {
    float round = std::max(0.0f, p.round + grow);
    float hw = std::max(0.5f, p.halfW + grow), hh = std::max(0.5f, p.halfH + grow);
    round = std::min({round, hw, hh});
    // The box's own axes on the screen: `angle` turns it counterclockwise as seen.
    ImVec2 ux{std::cos(p.angle), -std::sin(p.angle)}, uy{std::sin(p.angle), std::cos(p.angle)};
    int points = round < 0.5f ? 1 : kCornerPoints;
    const float signs[4][2] = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};  // clockwise on the screen
    std::vector<ImVec2> corner;
    for (int i = 0; i < 4; ++i) {
        float lx = signs[i][0] * (hw - round), ly = signs[i][1] * (hh - round);
        corner.clear();
        float from = kPi / 2 * static_cast<float>(i);
        arc({lx, ly}, round, from, from + kPi / 2, points, corner);
        for (ImVec2 q : corner) out.push_back({p.a.x + ux.x * q.x + uy.x * q.y, p.a.y + ux.y * q.x + uy.y * q.y});
    }
}

}  // namespace

ImU32 faded(ImU32 color, float alpha) {
    alpha = std::clamp(alpha, 0.0f, 1.0f);
    auto ch = [&](int shift) { return static_cast<ImU32>(static_cast<float>((color >> shift) & 0xFF) * alpha) << shift; };
    return ch(IM_COL32_R_SHIFT) | ch(IM_COL32_G_SHIFT) | ch(IM_COL32_B_SHIFT) | (color & IM_COL32_A_MASK);
}

Ink faded(Ink ink, float alpha) { return {faded(ink.fill, alpha), faded(ink.line, alpha)}; }

void pieceOutline(const Piece& piece, float grow, std::vector<ImVec2>& out) {
    out.clear();
    if (piece.kind == Piece::Kind::Capsule)
        capsuleOutline(piece, grow, out);
    else
        boxOutline(piece, grow, out);
}

void drawGroup(ImDrawList& list, const std::vector<Piece>& pieces, float stroke) {
    // The outline is centred on the piece's edge: half outside, half inside.
    std::vector<ImVec2> points;
    points.reserve(2 * kArcPoints + 4 * kCornerPoints);
    for (const Piece& p : pieces) {
        pieceOutline(p, 0, points);
        list.AddPolyline(points.data(), static_cast<int>(points.size()), p.ink.line, ImDrawFlags_Closed, stroke);
    }
    for (const Piece& p : pieces) {
        pieceOutline(p, -stroke * 0.5f, points);
        list.AddConvexPolyFilled(points.data(), static_cast<int>(points.size()), p.ink.fill);
    }
}

}  // namespace mc
