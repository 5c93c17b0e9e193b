#pragma once
// Which parts of the screen a new frame changes, found by comparing what is drawn rather
// than by listing what might move: the screen is cut into tiles, and each tile keeps a hash
// of every triangle that can touch it (its vertices, colours, texture coordinates, texture
// and clip), in drawing order. A tile whose hash differs from the last frame's is damaged.
// A change nobody thought of (a new text line, the burn-in shift, a pause banner) cannot
// be missed, so the persistent frame updated through these rectangles stays identical
// to a full redraw (tests/display checks every pixel).
#include <imgui.h>

#include <cstdint>
#include <vector>

namespace mc {

struct DamageRect {
    int x = 0, y = 0, w = 0, h = 0;  // pixels, inside the screen
    bool operator==(const DamageRect&) const = default;
};

class FrameDamage {
public:
    explicit FrameDamage(int tileSize = 32, int maxRects = 8) : tile_(tileSize), maxRects_(maxRects) {}

    // The rectangles that differ from the previous call's frame (all of the screen on the
    // first call, after reset() or when the size changed); empty when nothing changed.
    // At most maxRects, disjoint: nearby damage is merged into one bounding rectangle,
    // and each grows until it holds every triangle reaching into it (see closeOver).
    std::vector<DamageRect> update(const ImDrawList& list, int width, int height);
    // The next update() reports the whole screen (the target was lost or redrawn fully).
    void reset() { hashes_.clear(); }

private:
    void closeOver(const ImDrawList& list, std::vector<DamageRect>& rects, int width, int height) const;

    int tile_;
    int maxRects_;
    int cols_ = 0, rows_ = 0, width_ = 0, height_ = 0;
    std::vector<uint64_t> hashes_;  // per tile, of the last frame
    std::vector<uint64_t> fresh_;   // per tile, being built
};

// Copies into `out` only the triangles of `source` whose bounds reach into `rects`, in
// their order and with their clip (so blending and rasterising give the same pixels);
// with update()'s rectangles each lies wholly inside one. `out` is cleared first.
void restrictDrawList(const ImDrawList& source, const std::vector<DamageRect>& rects, ImDrawList& out,
                      ImVec2 whitePixel = {-1, -1});

}  // namespace mc
