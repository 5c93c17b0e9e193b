#include "ui/FrameDamage.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mc {
namespace {

// A pixel is covered when its centre is inside a triangle, and anti-aliasing is geometry
// in ImGui (a fringe of extra triangles), so the bounds of the vertices plus a pixel
// hold every pixel a triangle can change; two pixels leave room for rounding.
constexpr float kMargin = 2.0f;

struct Bounds {
    float x0, y0, x1, y1;
};

Bounds triangleBounds(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c) {
    return {std::min({a.pos.x, b.pos.x, c.pos.x}) - kMargin, std::min({a.pos.y, b.pos.y, c.pos.y}) - kMargin,
            std::max({a.pos.x, b.pos.x, c.pos.x}) + kMargin, std::max({a.pos.y, b.pos.y, c.pos.y}) + kMargin};
}

// The pixels a triangle may change, clamped to the screen, as a rectangle.
DamageRect pixelBounds(const Bounds& b, int width, int height) {
    const int x0 = std::clamp(int(std::floor(b.x0)), 0, width), x1 = std::clamp(int(std::ceil(b.x1)), 0, width);
    const int y0 = std::clamp(int(std::floor(b.y0)), 0, height), y1 = std::clamp(int(std::ceil(b.y1)), 0, height);
    return {x0, y0, x1 - x0, y1 - y0};
}

uint64_t mix(uint64_t x) {  // splitmix64's finaliser: every input bit reaches every output bit
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

uint64_t hashBytes(const void* data, size_t size, uint64_t h = 0x9e3779b97f4a7c15ULL) {
    const auto* p = static_cast<const unsigned char*>(data);
    while (size >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = mix(h ^ w);
        p += 8;
        size -= 8;
    }
    uint64_t w = 0;
    std::memcpy(&w, p, size);
    return mix(h ^ w ^ (uint64_t(size) << 56));
}

uint64_t vertexHash(const ImDrawVert& v) {
    // Field by field: the struct may have padding whose bytes are not the picture.
    float f[4] = {v.pos.x, v.pos.y, v.uv.x, v.uv.y};
    return hashBytes(f, sizeof f, v.col);
}

uint64_t commandHash(const ImDrawCmd& cmd) {
    float clip[4] = {cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w};
    return hashBytes(clip, sizeof clip, reinterpret_cast<uintptr_t>(cmd.GetTexID()));
}

// Calls `f(cmd, i0, i1, i2)` for every triangle of `list`, with vertex indices resolved.
template <typename F>
void forEachTriangle(const ImDrawList& list, F&& f) {
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.UserCallback) continue;
        for (unsigned k = 0; k + 2 < cmd.ElemCount; k += 3) {
            const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset + k;
            f(cmd, k, cmd.VtxOffset + idx[0], cmd.VtxOffset + idx[1], cmd.VtxOffset + idx[2]);
        }
    }
}

bool overlaps(const DamageRect& a, const DamageRect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

DamageRect unite(const DamageRect& a, const DamageRect& b) {
    int x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    int x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
    return {x0, y0, x1 - x0, y1 - y0};
}

bool contains(const DamageRect& outer, const DamageRect& inner) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
           inner.y + inner.h <= outer.y + outer.h;
}

long long area(const DamageRect& r) { return static_cast<long long>(r.w) * r.h; }

// Merges rectangles until none overlap and there are at most `most`, each time joining
// the pair whose union adds the least area (overlaps first: they add none or less).
void mergeRects(std::vector<DamageRect>& rects, size_t most) {
    for (;;) {
        size_t bi = 0, bj = 0;
        long long best = 0;
        bool have = false, overlapFound = false;
        for (size_t i = 0; i < rects.size(); ++i)
            for (size_t j = i + 1; j < rects.size(); ++j) {
                const bool o = overlaps(rects[i], rects[j]);
                if (overlapFound && !o) continue;
                if (o && !overlapFound) have = false;  // an overlap must be merged, whatever it costs
                overlapFound = overlapFound || o;
                const long long cost = area(unite(rects[i], rects[j])) - area(rects[i]) - area(rects[j]);
                if (!have || cost < best) best = cost, bi = i, bj = j, have = true;
            }
        if (!have || (!overlapFound && rects.size() <= most)) return;
        rects[bi] = unite(rects[bi], rects[bj]);
        rects.erase(rects.begin() + static_cast<long>(bj));
    }
}

}  // namespace

// Grows the rectangles until every triangle that reaches into one lies wholly inside it.
// Then the triangles can be drawn unclipped, exactly as in a full frame: SDL's software
// rasteriser steps a clipped triangle's edges differently (a pixel off), and a triangle
// drawn past a rectangle would blend over pixels that were not cleared.
void FrameDamage::closeOver(const ImDrawList& list, std::vector<DamageRect>& rects, int width, int height) const {
    for (bool grown = true; grown;) {
        grown = false;
        forEachTriangle(list, [&](const ImDrawCmd&, unsigned, unsigned a, unsigned b, unsigned c) {
            const DamageRect t = pixelBounds(
                triangleBounds(list.VtxBuffer[int(a)], list.VtxBuffer[int(b)], list.VtxBuffer[int(c)]), width, height);
            for (DamageRect& r : rects)
                if (overlaps(r, t)) {
                    if (!contains(r, t)) r = unite(r, t), grown = true;
                    return;
                }
        });
        if (grown) mergeRects(rects, size_t(std::max(1, maxRects_)));
    }
}

std::vector<DamageRect> FrameDamage::update(const ImDrawList& list, int width, int height) {
    if (width != width_ || height != height_) {
        width_ = width, height_ = height;
        cols_ = (width + tile_ - 1) / tile_;
        rows_ = (height + tile_ - 1) / tile_;
        hashes_.clear();
    }
    fresh_.assign(size_t(cols_) * rows_, 0);
    std::vector<uint64_t> vertex(size_t(list.VtxBuffer.Size));
    for (int i = 0; i < list.VtxBuffer.Size; ++i) vertex[size_t(i)] = vertexHash(list.VtxBuffer[i]);
    const ImDrawCmd* lastCmd = nullptr;
    uint64_t cmdHash = 0;
    forEachTriangle(list, [&](const ImDrawCmd& cmd, unsigned, unsigned a, unsigned b, unsigned c) {
        if (&cmd != lastCmd) lastCmd = &cmd, cmdHash = commandHash(cmd);
        const uint64_t t = mix(cmdHash ^ mix(vertex[a] ^ mix(vertex[b] ^ mix(vertex[c]))));
        Bounds bo = triangleBounds(list.VtxBuffer[int(a)], list.VtxBuffer[int(b)], list.VtxBuffer[int(c)]);
        const int tx0 = std::max(0, int(std::floor(bo.x0)) / tile_), tx1 = std::min(cols_ - 1, int(bo.x1) / tile_);
        const int ty0 = std::max(0, int(std::floor(bo.y0)) / tile_), ty1 = std::min(rows_ - 1, int(bo.y1) / tile_);
        for (int ty = ty0; ty <= ty1; ++ty)
            for (int tx = tx0; tx <= tx1; ++tx) {
                uint64_t& h = fresh_[size_t(ty) * cols_ + tx];
                h = (h ^ t) * 0x100000001b3ULL;  // in drawing order: blending depends on it
            }
    });

    std::vector<DamageRect> rects;
    if (hashes_.size() != fresh_.size()) {
        rects.push_back({0, 0, width, height});
    } else {
        // Runs of damaged tiles per row, extended downwards while the next row repeats them.
        for (int ty = 0; ty < rows_; ++ty)
            for (int tx = 0; tx < cols_;) {
                if (hashes_[size_t(ty) * cols_ + tx] == fresh_[size_t(ty) * cols_ + tx]) {
                    ++tx;
                    continue;
                }
                int end = tx;
                while (end < cols_ && hashes_[size_t(ty) * cols_ + end] != fresh_[size_t(ty) * cols_ + end]) ++end;
                DamageRect r{tx * tile_, ty * tile_, (end - tx) * tile_, tile_};
                bool joined = false;
                for (DamageRect& above : rects)
                    if (above.x == r.x && above.w == r.w && above.y + above.h == r.y) {
                        above.h += tile_, joined = true;
                        break;
                    }
                if (!joined) rects.push_back(r);
                tx = end;
            }
        for (DamageRect& r : rects) {  // the last column and row may be partial tiles
            r.w = std::min(r.w, width - r.x);
            r.h = std::min(r.h, height - r.y);
        }
        mergeRects(rects, size_t(std::max(1, maxRects_)));
        closeOver(list, rects, width, height);
    }
    hashes_.swap(fresh_);
    return rects;
}

void restrictDrawList(const ImDrawList& source, const std::vector<DamageRect>& rects, ImDrawList& out,
                      ImVec2 whitePixel) {
    out.CmdBuffer.resize(0);
    out.IdxBuffer.resize(0);
    // ImVector's copy passes a null pointer to memcpy for an empty list (UBSan: a frame
    // with nothing drawn, as when the mirror sleeps).
    if (source.VtxBuffer.Size > 0) out.VtxBuffer = source.VtxBuffer;
    else out.VtxBuffer.resize(0);
    out.Flags = source.Flags;
    for (const ImDrawCmd& cmd : source.CmdBuffer) {
        if (cmd.UserCallback) continue;
        bool open = false;
        bool plain = false;
        for (unsigned k = 0; k + 2 < cmd.ElemCount; k += 3) {
            const ImDrawIdx* idx = source.IdxBuffer.Data + cmd.IdxOffset + k;
            const ImDrawVert& a = source.VtxBuffer[int(cmd.VtxOffset + idx[0])];
            const ImDrawVert& b = source.VtxBuffer[int(cmd.VtxOffset + idx[1])];
            const ImDrawVert& c = source.VtxBuffer[int(cmd.VtxOffset + idx[2])];
            const DamageRect t = pixelBounds(triangleBounds(a, b, c), 1 << 20, 1 << 20);
            if (std::none_of(rects.begin(), rects.end(), [&](const DamageRect& r) { return overlaps(r, t); })) continue;
            const bool isPlain = whitePixel.x >= 0 && a.uv.x == whitePixel.x && a.uv.y == whitePixel.y &&
                                 b.uv.x == whitePixel.x && b.uv.y == whitePixel.y && c.uv.x == whitePixel.x &&
                                 c.uv.y == whitePixel.y;
            if (!open || isPlain != plain) {
                ImDrawCmd run = cmd;
                run.IdxOffset = static_cast<unsigned>(out.IdxBuffer.Size);
                run.ElemCount = 0;
                if (isPlain) run.TextureId = ImTextureID(nullptr);
                out.CmdBuffer.push_back(run);
                open = true;
                plain = isPlain;
            }
            out.IdxBuffer.push_back(idx[0]);
            out.IdxBuffer.push_back(idx[1]);
            out.IdxBuffer.push_back(idx[2]);
            out.CmdBuffer.back().ElemCount += 3;
        }
    }
}

}  // namespace mc
