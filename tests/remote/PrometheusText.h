#pragma once
// A small parser of the Prometheus text exposition format (0.0.4), strict enough that
// /metrics is checked as Prometheus would read it, not by comparing strings: metric
// and label names, quoted and escaped label values, numbers, one TYPE per family given
// before its samples, and each sample belonging to a declared family.
#include <cstdlib>
#include <cstring>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/Result.h"

namespace mc::test_support {

struct PromSample {
    std::string name;
    std::map<std::string, std::string> labels;
    double value = 0;
};

struct PromText {
    std::map<std::string, std::string> types;  // family -> gauge, counter, ...
    std::vector<PromSample> samples;

    bool has(const std::string& name) const {
        for (const auto& s : samples)
            if (s.name == name) return true;
        return false;
    }
    std::string type(const std::string& family) const {
        auto it = types.find(family);
        return it == types.end() ? "" : it->second;
    }
    // The value of the sample with these labels (all of them), or -1 when there is none.
    double value(const std::string& name, const std::map<std::string, std::string>& labels = {}) const {
        for (const auto& s : samples) {
            if (s.name != name) continue;
            bool match = true;
            for (const auto& [k, v] : labels) match = match && s.labels.count(k) && s.labels.at(k) == v;
            if (match) return s.value;
        }
        return -1;
    }
};

inline Result<PromText> parsePrometheusText(const std::string& text) {
    static const std::regex name(R"([a-zA-Z_:][a-zA-Z0-9_:]*)");
    static const std::regex label(R"([a-zA-Z_][a-zA-Z0-9_]*)");
    static const std::set<std::string> kinds{"counter", "gauge", "histogram", "summary", "untyped"};
    PromText out;
    std::istringstream lines(text);
    int n = 0;
    for (std::string line; std::getline(lines, line);) {
        ++n;
        const std::string where = "line " + std::to_string(n) + ": ";
        if (line.empty()) continue;
        if (line[0] == '#') {
            std::istringstream words(line.substr(1));
            std::string keyword, family, rest;
            words >> keyword >> family;
            if (keyword == "TYPE") {
                words >> rest;
                if (!std::regex_match(family, name)) return Error{where + "bad family name " + family};
                if (!kinds.count(rest)) return Error{where + "unknown type " + rest};
                if (out.types.count(family)) return Error{where + "TYPE given twice for " + family};
                out.types[family] = rest;
            } else if (keyword == "HELP" && !std::regex_match(family, name)) {
                return Error{where + "bad family name in HELP"};
            }
            continue;
        }
        PromSample s;
        size_t i = 0;
        while (i < line.size() && line[i] != '{' && line[i] != ' ') ++i;
        s.name = line.substr(0, i);
        if (!std::regex_match(s.name, name)) return Error{where + "bad metric name '" + s.name + "'"};
        if (i < line.size() && line[i] == '{') {
            ++i;
            while (i < line.size() && line[i] != '}') {
                size_t eq = line.find('=', i);
                if (eq == std::string::npos) return Error{where + "label without '='"};
                std::string key = line.substr(i, eq - i);
                if (!std::regex_match(key, label)) return Error{where + "bad label name '" + key + "'"};
                i = eq + 1;
                if (i >= line.size() || line[i] != '"') return Error{where + "label value not quoted"};
                std::string value;
                for (++i; i < line.size() && line[i] != '"'; ++i) {
                    if (line[i] == '\\' && i + 1 < line.size()) {
                        char e = line[++i];
                        if (e == 'n') value += '\n';
                        else if (e == '\\' || e == '"') value += e;
                        else return Error{where + "bad escape in a label value"};
                    } else {
                        value += line[i];
                    }
                }
                if (i >= line.size()) return Error{where + "unterminated label value"};
                ++i;  // the closing quote
                s.labels[key] = value;
                if (i < line.size() && line[i] == ',') ++i;
            }
            if (i >= line.size()) return Error{where + "unterminated label set"};
            ++i;  // '}'
        }
        if (i >= line.size() || line[i] != ' ') return Error{where + "no value"};
        std::string value = line.substr(i + 1);
        char* end = nullptr;
        s.value = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0') return Error{where + "value is not a number: " + value};
        std::string family = s.name;
        for (const char* suffix : {"_bucket", "_sum", "_count"})
            if (!out.types.count(family) && family.size() > std::strlen(suffix) &&
                family.compare(family.size() - std::strlen(suffix), std::string::npos, suffix) == 0)
                family = family.substr(0, family.size() - std::strlen(suffix));
        if (!out.types.count(family)) return Error{where + "sample of an undeclared family " + s.name};
        out.samples.push_back(std::move(s));
    }
    if (out.samples.empty()) return Error{"no samples"};
    return out;
}

}  // namespace mc::test_support
