#include "ui/TextLines.h"

namespace mc {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

float widthOf(ImFont* font, float size, std::string_view s) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, s.data(), s.data() + s.size()).x;
}

// The longest prefix of `s` (whole UTF-8 characters, trailing spaces dropped) that fits
// `width` with an ellipsis after it.
std::string cutWithEllipsis(ImFont* font, float size, std::string_view s, float width) {
    size_t end = s.size();
    while (end > 0) {
        std::string_view head = s.substr(0, end);
        while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
        if (widthOf(font, size, std::string(head) + std::string(kEllipsis)) <= width)
            return std::string(head) + std::string(kEllipsis);
        // Step back one UTF-8 character.
        do --end; while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80);
    }
    return std::string(kEllipsis);
}

std::vector<std::string_view> wordsOf(std::string_view text) {
    std::vector<std::string_view> words;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
        size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

}  // namespace

std::vector<std::string> breakLines(ImFont* font, float size, std::string_view text, float width, int maxLines) {
    std::vector<std::string> lines;
    if (maxLines <= 0) return lines;
    const std::vector<std::string_view> words = wordsOf(text);
    auto restFrom = [&](std::string head, size_t w) {
        for (; w < words.size(); ++w) head += (head.empty() ? "" : " ") + std::string(words[w]);
        return head;
    };
    auto lastLine = [&] { return static_cast<int>(lines.size()) + 1 == maxLines; };
    std::string line;
    for (size_t w = 0; w < words.size(); ++w) {
        std::string candidate = line.empty() ? std::string(words[w]) : line + " " + std::string(words[w]);
        if (widthOf(font, size, candidate) <= width) {
            line = std::move(candidate);
            continue;
        }
        if (!line.empty()) {
            if (lastLine()) {
                lines.push_back(cutWithEllipsis(font, size, restFrom(line, w), width));
                return lines;
            }
            lines.push_back(std::move(line));
            line.clear();
        }
        if (widthOf(font, size, words[w]) <= width) {
            line = std::string(words[w]);
            continue;
        }
        // A word wider than a whole line is cut; a title never shrinks.
        if (lastLine()) {
            lines.push_back(cutWithEllipsis(font, size, restFrom("", w), width));
            return lines;
        }
        lines.push_back(cutWithEllipsis(font, size, words[w], width));
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

float drawLines(Canvas& c, ImFont* font, float size, float x, float y, ImU32 color, std::string_view text,
                float width, int maxLines, Align align, float lineHeight) {
    if (lineHeight <= 0) lineHeight = size;
    std::vector<std::string> lines = breakLines(font, size, text, width, maxLines);
    for (size_t i = 0; i < lines.size(); ++i) c.text(font, size, x, y + lineHeight * static_cast<float>(i), color, lines[i], align);
    return lines.empty() ? 0 : lineHeight * static_cast<float>(lines.size() - 1) + size;
}

float linesHeight(ImFont* font, float size, std::string_view text, float width, int maxLines, float lineHeight) {
    if (lineHeight <= 0) lineHeight = size;
    size_t n = breakLines(font, size, text, width, maxLines).size();
    return n == 0 ? 0 : lineHeight * static_cast<float>(n - 1) + size;
}

}  // namespace mc
