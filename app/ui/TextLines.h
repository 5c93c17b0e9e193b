#pragma once
// Line breaking for text read from across a room: breaks only between words, never
// shrinks the font, and cuts with an ellipsis when the lines run out, so a title
// keeps its size and a paragraph keeps its box.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "ui/Canvas.h"

namespace mc {

// `text` broken into at most `maxLines` lines no wider than `width` at `size`. A word
// wider than the line, or text left over after the last line, ends in "…".
std::vector<std::string> breakLines(ImFont* font, float size, std::string_view text, float width, int maxLines);

// Draws the lines of breakLines() with their tops from y, `lineHeight` apart
// (0: the font size), aligned on x; returns the height used.
float drawLines(Canvas& c, ImFont* font, float size, float x, float y, ImU32 color, std::string_view text,
                float width, int maxLines, Align align = Align::Left, float lineHeight = 0);

// The height drawLines() would use.
float linesHeight(ImFont* font, float size, std::string_view text, float width, int maxLines, float lineHeight = 0);

}  // namespace mc
