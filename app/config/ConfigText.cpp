#include "config/ConfigText.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/Whitespace.h"

namespace mc {
namespace {

std::string headerName(const std::string& line) {
    std::string name(trimmed(line));
    name.erase(0, name.find_first_not_of('['));
    const auto close = name.find(']');
    return std::string(trimmed(close == std::string::npos ? name : name.substr(0, close)));
}

}  // namespace

std::vector<std::string> splitLines(std::string_view text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            lines.emplace_back(text.substr(start));
            break;
        }
        lines.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string text;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) text += '\n';
        text += lines[i];
    }
    return text;
}

bool isSectionHeader(const std::string& line) {
    const std::string t(trimmed(line));
    return !t.empty() && t.front() == '[';
}

std::string keyOnLine(const std::vector<std::string>& lines, int line) {
    if (line < 1 || line > static_cast<int>(lines.size())) return {};
    const std::string& text = lines[line - 1];
    if (isSectionHeader(text)) return headerName(text);
    const auto eq = text.find('=');
    if (eq == std::string::npos) return {};
    std::string key(trimmed(std::string_view(text).substr(0, eq)));
    if (key.empty() || key.front() == '#') return {};
    for (int i = line - 1; i >= 1; --i) {
        if (isSectionHeader(lines[i - 1])) return headerName(lines[i - 1]) + "." + key;
    }
    return key;
}

void blankBrokenLines(std::vector<std::string>& lines, int line) {
    if (line < 1 || line > static_cast<int>(lines.size())) return;
    const bool header = isSectionHeader(lines[line - 1]);
    lines[line - 1].clear();
    if (!header) return;
    for (size_t i = static_cast<size_t>(line); i < lines.size() && !isSectionHeader(lines[i]); ++i) lines[i].clear();
}

size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<std::vector<uint8_t>> decodeBase64(std::string_view text) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    if (text.size() % 4 != 0) return std::nullopt;
    size_t padding = 0;
    while (padding < 2 && padding < text.size() && text[text.size() - 1 - padding] == '=') ++padding;
    std::vector<uint8_t> bytes;
    uint32_t bits = 0;
    int count = 0;
    for (size_t i = 0; i < text.size() - padding; ++i) {
        const int v = value(text[i]);
        if (v < 0) return std::nullopt;
        bits = (bits << 6) | static_cast<uint32_t>(v);
        count += 6;
        if (count >= 8) {
            count -= 8;
            bytes.push_back(static_cast<uint8_t>((bits >> count) & 0xFF));
        }
    }
    return bytes;
}

std::string tomlQuoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned char>(c));
                    out += buffer;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

}  // namespace mc
