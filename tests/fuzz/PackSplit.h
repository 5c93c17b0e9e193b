#pragma once
// The input format of fuzz_content: one byte string holds a whole pack, so the fuzzer can
// reach cross-file checks (routines naming exercises, exercises naming images).
//
//   <text of pack.json, optional>
//   === exercises/cat-cow.json
//   <text of that file>
//   === images/cat-cow.png
//   === routines/gentle.json
//   <text ...>
//
// A line starting with "=== " opens a file named by the rest of the line (up to '\n'; a
// trailing '\r' is kept as part of the name). Text before the first such line, when not
// empty, is pack.json. Names that PackReader would read as JSON (pack.json,
// exercises/<x>.json, routines/<x>.json) get the text up to the next "=== " line (the
// '\n' just before that line belongs to the marker) or to the end; every other name is
// only listed, as images are, and its text is dropped. A name given twice keeps its last text.
#include <string>
#include <string_view>

#include "content/PackSource.h"

namespace mc::fuzz {

inline constexpr std::string_view kFileMarker = "=== ";

PackSource splitPackInput(std::string_view input);

// The inverse, for making seeds: pack.json first (no marker), then every other file.
std::string joinPackInput(const PackSource& source);

// The rule of platform/files/PackReader: which paths are parsed as JSON.
bool isPackJsonPath(std::string_view path);

}  // namespace mc::fuzz
