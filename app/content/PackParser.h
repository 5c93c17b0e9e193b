#pragma once
// The functional core of content loading: a pack's texts in, the content model and
// every problem found out. No file I/O (see platform/files/PackReader.h for that).
#include <vector>

#include "content/PackSource.h"
#include "content/Problem.h"
#include "core/Content.h"

namespace mc {

struct PackParse {
    ContentPack pack;               // all that could be read; use it only when valid()
    std::vector<Problem> problems;  // in file order, each with file, line, field path, hint
    bool valid() const { return problems.empty(); }
};

// Parses and validates a whole pack (format version 1, docs/content-format.md):
// syntax, types, required and unknown fields, ranges, ids, references, images.
PackParse parsePack(const PackSource& source);

}  // namespace mc
