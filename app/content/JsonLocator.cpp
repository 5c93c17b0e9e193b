#include "content/JsonLocator.h"

#include <cstdint>
#include <set>

namespace mc {

namespace {
constexpr int kMaxDepth = 256;  // deeper than any pack file needs; keeps the stack bounded

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}
}  // namespace

std::string pointerToken(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// A forgiving recursive scanner: the text was already accepted by nlohmann, and on
// anything unexpected it simply stops (positions found so far stay valid).
class JsonScanner {
public:
    JsonScanner(std::string_view text, JsonLocator& out) : s_(text), out_(out) {
        if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
    }

    void run() { value("", 0); }

private:
    bool more() const { return i_ < s_.size(); }

    void skipSpace() {
        while (more()) {
            char c = s_[i_];
            if (c == '\n')
                ++line_;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++i_;
        }
    }

    bool value(const std::string& pointer, int depth) {
        skipSpace();
        if (!more() || depth > kMaxDepth) return false;
        out_.lines_.emplace(pointer, line_);
        char c = s_[i_];
        if (c == '{') return object(pointer, depth);
        if (c == '[') return array(pointer, depth);
        if (c == '"') {
            std::string ignored;
            return string(ignored);
        }
        while (more() && std::string_view(",]} \t\r\n").find(s_[i_]) == std::string_view::npos) ++i_;
        return true;
    }

    bool object(const std::string& pointer, int depth) {
        ++i_;  // '{'
        std::set<std::string> seen;
        while (true) {
            skipSpace();
            if (!more()) return false;
            if (s_[i_] == '}') {
                ++i_;
                return true;
            }
            if (s_[i_] != '"') return false;
            int keyLine = line_;
            std::string key;
            if (!string(key)) return false;
            std::string child = pointer + "/" + pointerToken(key);
            if (!seen.insert(key).second) {
                out_.duplicates_.push_back({child, keyLine, out_.lineOf(child)});
            }
            out_.lines_.emplace(child, keyLine);
            skipSpace();
            if (!more() || s_[i_] != ':') return false;
            ++i_;
            if (!value(child, depth + 1)) return false;
            skipSpace();
            if (more() && s_[i_] == ',') {
                ++i_;
                continue;
            }
        }
    }

    bool array(const std::string& pointer, int depth) {
        ++i_;  // '['
        for (int index = 0;; ++index) {
            skipSpace();
            if (!more()) return false;
            if (s_[i_] == ']') {
                ++i_;
                return true;
            }
            if (!value(pointer + "/" + std::to_string(index), depth + 1)) return false;
            skipSpace();
            if (more() && s_[i_] == ',') ++i_;
        }
    }

    // Reads a string literal at s_[i_] == '"', decoding escapes so keys compare equal
    // to the ones nlohmann decoded.
    bool string(std::string& out) {
        ++i_;
        while (more()) {
            char c = s_[i_++];
            if (c == '"') return true;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (!more()) return false;
            char e = s_[i_++];
            switch (e) {
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    uint32_t cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(i_, 2) == "\\u") {
                        i_ += 2;
                        uint32_t low = hex4();
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    appendUtf8(out, cp);
                    break;
                }
                default:
                    out += e;  // '"', '\\', '/'
            }
        }
        return false;
    }

    uint32_t hex4() {
        uint32_t v = 0;
        for (int k = 0; k < 4 && more(); ++k) {
            char h = s_[i_++];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= static_cast<uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= static_cast<uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= static_cast<uint32_t>(h - 'A' + 10);
        }
        return v;
    }

    std::string_view s_;
    JsonLocator& out_;
    std::size_t i_ = 0;
    int line_ = 1;
};

JsonLocator::JsonLocator(std::string_view text) { JsonScanner(text, *this).run(); }

int JsonLocator::lineOf(std::string_view pointer) const {
    while (true) {
        if (auto it = lines_.find(std::string(pointer)); it != lines_.end()) return it->second;
        if (pointer.empty()) return 1;
        pointer = pointer.substr(0, pointer.rfind('/'));
    }
}

}  // namespace mc
