#pragma once
// The figure's ink: tapered pieces and rounded boxes drawn as a dark fill inside a
// bright outline, shared by the body (ui/BodyView) and its props (ui/PropView).
//
// A group of pieces is drawn in two passes: every piece's outline as a closed line in
// the line colour, then every piece, shrunk by half the line, in the fill colour. Pieces
// of one group therefore merge into one silhouette (a thigh and a shin make one leg, no
// line across the knee), while the next group draws its own outline over the previous
// one (a near arm stays visible in front of the torso). The outline is a line rather
// than a larger filled shape under the fill so that a software rasteriser fills each
// piece's area once. Polygons are convex, and ImGui anti-aliases lines and fills.
#include <imgui.h>

#include <vector>

namespace mc {

// Points per half circle at a capsule end; a capsule is 2 * (kArcPoints) points.
constexpr int kArcPoints = 9;
// Points per quarter circle at a rounded box corner; a box is 4 * kCornerPoints points.
constexpr int kCornerPoints = 4;

struct Ink {
    ImU32 fill = 0;
    ImU32 line = 0;
};

// Fades toward black by scaling the colour, not its alpha: translucent shapes would
// show darker and lighter patches where they overlap.
ImU32 faded(ImU32 color, float alpha);
Ink faded(Ink ink, float alpha);

// One convex piece in screen pixels (y down).
struct Piece {
    enum class Kind { Capsule, Box } kind = Kind::Capsule;
    // Capsule: from a (radius ra) to b (radius rb); a == b makes a disc.
    ImVec2 a, b;
    float ra = 0, rb = 0;
    // Box: centre a, half sizes (halfW, halfH) along its own axes, turned by `angle`
    // radians (counterclockwise on the screen), corners rounded by `round`.
    float halfW = 0, halfH = 0, angle = 0, round = 0;
    Ink ink;
};

inline Piece capsulePiece(ImVec2 a, ImVec2 b, float ra, float rb, Ink ink) {
    Piece p;
    p.a = a, p.b = b, p.ra = ra, p.rb = rb, p.ink = ink;
    return p;
}
inline Piece boxPiece(ImVec2 center, float halfW, float halfH, float angle, float round, Ink ink) {
    Piece p;
    p.kind = Piece::Kind::Box;
    p.a = center, p.halfW = halfW, p.halfH = halfH, p.angle = angle, p.round = round, p.ink = ink;
    return p;
}

// The outline of `piece` grown by `grow` pixels, appended to `out` (cleared first).
void pieceOutline(const Piece& piece, float grow, std::vector<ImVec2>& out);

// Draws `pieces` as one group: outlines `stroke` pixels wide, centred on the edges, then fills.
void drawGroup(ImDrawList& list, const std::vector<Piece>& pieces, float stroke);

}  // namespace mc
