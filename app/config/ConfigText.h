#pragma once
#include "locale/LanguageTag.h"
// Small text tools the config parser needs: line surgery for error recovery,
// key suggestions, and value checks. Pure functions.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

std::vector<std::string> splitLines(std::string_view text);
std::string joinLines(const std::vector<std::string>& lines);

bool isSectionHeader(const std::string& line);  // "[display]" (after leading blanks)

// The dotted key written on 1-based line `line` ("display.fps_cap"), or the section name
// for a header line; empty if the line holds no recognisable key.
std::string keyOnLine(const std::vector<std::string>& lines, int line);

// Blanks 1-based line `line`; for a broken section header, the whole section up to the
// next header, so its keys are not misread as belonging to the section before.
void blankBrokenLines(std::vector<std::string>& lines, int line);

size_t editDistance(std::string_view a, std::string_view b);

// Standard base64 (with padding) -> bytes, or nullopt if malformed.
std::optional<std::vector<uint8_t>> decodeBase64(std::string_view text);


// A TOML basic string literal, quotes included.
std::string tomlQuoted(std::string_view text);

}  // namespace mc
